package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.units.Quantities.round;

import io.gigawatt.planner.demand.DailyLoad;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.Threshold;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The plan's daily load as the report's supply series, rounded as the rest of the report is. */
final class SupplySeriesBuilder {

    /** Builds longer than this many days are sampled, so the JSON stays a few hundred points long. */
    static final int MOST_POINTS = 400;

    /** The policy threshold the grid rules hold each phase's grid share to. */
    private static final String MINIMUM_GRID_SHARE = "minimumGridShare";

    private SupplySeriesBuilder() {
    }

    /** The plan's days, with the policy's minimum grid share (when it sets one) for the chart to draw. */
    static SupplySeries build(CampusPlan plan, Policy policy) {
        List<DailyLoad> loads = plan.days();
        int step = Math.max(1, (int) Math.ceil((double) loads.size() / MOST_POINTS));
        Set<java.time.LocalDate> phaseDates = plan.phases().stream().map(PhasePlan::date).collect(Collectors.toSet());
        List<SupplySeries.Day> days = new ArrayList<>();
        for (int i = 0; i < loads.size(); i++) {
            DailyLoad load = loads.get(i);
            if (i % step != 0 && i != loads.size() - 1 && !phaseDates.contains(load.day())) {
                continue;
            }
            PhasePlan phase = phaseOn(plan.phases(), load.day());
            double facility = round(load.facility().mw(), 3);
            double grid = round(load.grid().mw(), 3);
            days.add(new SupplySeries.Day(load.day().toString(), phase.name(), Math.round(load.gpus()),
                    round(load.it().mw(), 3), facility, grid, round(phase.generators().available().mw(), 3),
                    round(phase.batteries().power().mw(), 3),
                    load.gridShare() == null ? null : round(load.gridShare(), 4)));
        }
        Threshold minimum = policy.thresholds().get(MINIMUM_GRID_SHARE);
        return new SupplySeries(step, minimum == null ? null : minimum.value(), days);
    }

    /** The phase whose build window holds {@code day}: the first phase whose date is on or after it. */
    private static PhasePlan phaseOn(List<PhasePlan> phases, java.time.LocalDate day) {
        for (PhasePlan phase : phases) {
            if (!day.isAfter(phase.date())) {
                return phase;
            }
        }
        return phases.get(phases.size() - 1);
    }
}
