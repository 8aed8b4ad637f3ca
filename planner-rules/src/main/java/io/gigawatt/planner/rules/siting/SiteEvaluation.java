package io.gigawatt.planner.rules.siting;

import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.siting.CandidateSite;
import io.gigawatt.planner.siting.SitePlan;
import java.util.List;

/** The build plan judged at one candidate site: what the site must give and when, and what the rules found. */
public record SiteEvaluation(SitePlan sitePlan, Evaluation evaluation) {

    public CandidateSite site() {
        return sitePlan.site();
    }

    public boolean feasible() {
        return evaluation.feasible();
    }

    /** What the site still lacks: the findings of severity ERROR, in report order. */
    public List<Finding> lacks() {
        return evaluation.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
