package io.gigawatt.planner.plan;

import io.gigawatt.planner.demand.DailyLoad;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.targets.TargetAssessment;
import java.util.List;

/** What the models computed for a scenario: per phase, per target, and day by day. */
public record CampusPlan(Scenario scenario, List<PhasePlan> phases, List<TargetAssessment> targets,
                         List<DailyLoad> days) {

    public CampusPlan {
        phases = List.copyOf(phases);
        targets = List.copyOf(targets);
        days = List.copyOf(days);
    }
}
