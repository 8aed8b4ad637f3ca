package io.gigawatt.planner.plan;

import io.gigawatt.planner.demand.DailyLoad;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.SwingOpening;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.timeline.TimelinePlan;
import java.util.List;

/**
 * What the models computed for a scenario: per phase, per target, and day by day.
 *
 * @param timeline     when each phase is ready and each target closes, or null when the scenario has no timeline
 * @param swingOpening the first minutes of the first phase's swing simulation (every phase's swing is simulated when
 *                     the scenario has a workload), for the report's chart; null without a workload
 * @param costs        what the plan costs, and what its waiting GPUs cost
 * @param flexibility  per phase, what the flexible grid tranches do to it; empty when the grid has none
 */
public record CampusPlan(Scenario scenario, List<PhasePlan> phases, List<TargetAssessment> targets,
                         List<DailyLoad> days, TimelinePlan timeline, SwingOpening swingOpening, CampusCost costs,
                         List<PhaseFlexibility> flexibility) {

    public CampusPlan {
        flexibility = List.copyOf(flexibility);
        phases = List.copyOf(phases);
        targets = List.copyOf(targets);
        days = List.copyOf(days);
    }

    /** The same plan priced otherwise (a candidate site prices it with its phases ready when the site carries them). */
    public CampusPlan withCosts(CampusCost other) {
        return new CampusPlan(scenario, phases, targets, days, timeline, swingOpening, other, flexibility);
    }
}
