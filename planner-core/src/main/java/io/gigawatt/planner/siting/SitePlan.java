package io.gigawatt.planner.siting;

import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.plan.CampusPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A build plan at one candidate site: the plan the usual models computed there, per phase and target what the site
 * must give and when it can, and what the plan costs there with each phase ready the day the site first carries it.
 */
public record SitePlan(CandidateSite site, CampusPlan plan, List<PhaseSiting> phases, List<TargetSiting> targets,
                       CampusCost costs) {

    public SitePlan {
        phases = List.copyOf(phases);
        targets = List.copyOf(targets);
    }

    /** The facts a siting run inserts beside the plan's: the site, then one {@link PhaseSiting} per phase. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(site);
        facts.addAll(phases);
        return facts;
    }
}
