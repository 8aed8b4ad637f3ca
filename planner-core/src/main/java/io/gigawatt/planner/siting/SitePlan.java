package io.gigawatt.planner.siting;

import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.plan.CampusPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * A build plan at one candidate site: the plan the usual models computed there (priced with each phase ready the day
 * the site first carries it, so the rules judge the same costs the ranking weighs), and per phase and target what the
 * site must give and when it can.
 */
public record SitePlan(CandidateSite site, CampusPlan plan, List<PhaseSiting> phases, List<TargetSiting> targets) {

    public SitePlan {
        phases = List.copyOf(phases);
        targets = List.copyOf(targets);
    }

    /** What the plan costs at the site: supply, and GPUs waiting until the site carries their phase. */
    public CampusCost costs() {
        return plan.costs();
    }

    /** The facts a siting run inserts beside the plan's: the site, then one {@link PhaseSiting} per phase. */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        facts.add(site);
        facts.addAll(phases);
        return facts;
    }
}
