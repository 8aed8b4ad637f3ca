package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;

/**
 * The scenario's power-swing sections: the workload to simulate, the utility's limits on the grid draw, and the
 * mitigations switched on. A scenario without a {@code workload:} section has none, and is not simulated.
 */
public record SwingSettings(Workload workload, UtilityLimits utility, Mitigations mitigations) {

    public SwingSettings withMitigations(Mitigations other) {
        return new SwingSettings(workload, utility, other);
    }

    public SwingSettings withWorkload(Workload other) {
        return new SwingSettings(other, utility, mitigations);
    }

    /** These settings for a phase whose load is {@code load}: the utility's limits for larger loads left out. */
    public SwingSettings forLoad(Power load) {
        UtilityLimits applying = utility.forLoad(load);
        return applying == utility ? this : withUtility(applying);
    }

    public SwingSettings withUtility(UtilityLimits other) {
        return new SwingSettings(workload, other, mitigations);
    }
}
