package io.gigawatt.planner.rules.siting;

import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.siting.SiteFile;
import java.util.List;

/**
 * One build plan judged at every candidate of a site file, best first (see {@link SiteRanking}), with the
 * sentences that say why.
 */
public record SiteComparison(Scenario plan, SiteFile sites, List<SiteEvaluation> ranked, List<String> why) {

    public SiteComparison {
        ranked = List.copyOf(ranked);
        why = List.copyOf(why);
    }

    /** Whether any candidate carries the plan without a finding of severity ERROR. */
    public boolean anyFeasible() {
        return ranked.stream().anyMatch(SiteEvaluation::feasible);
    }

    /** The evaluation at the site named {@code name}. */
    public SiteEvaluation at(String name) {
        return ranked.stream().filter(e -> e.site().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate site named '" + name + "'"));
    }

    /** The site names, best first. */
    public List<String> order() {
        return ranked.stream().map(e -> e.site().name()).toList();
    }
}
