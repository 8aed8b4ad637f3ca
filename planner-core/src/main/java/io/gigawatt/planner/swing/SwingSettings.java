package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;

/**
 * The scenario's power-swing sections: the workload to simulate, the utility's limits on the grid draw, and the
 * mitigations switched on. A scenario without a {@code workload:} section has none, and is not simulated.
 *
 * @param shareWithin how close consecutive phases' IT loads must be to share one simulation, as a share of the
 *                    smaller (0.02: within 2%); 0 simulates every phase on its own
 *                    ({@code workload.shareSwingWithinPercent})
 */
public record SwingSettings(Workload workload, UtilityLimits utility, Mitigations mitigations, double shareWithin) {

    /**
     * Phases within 2% of each other's IT load share a simulation by default: below the model's own resolution, as
     * neighbouring phases' exact battery needs already dip by a unit from the racks' sampled jitter
     * (docs/performance.md, "Many phases").
     */
    public static final double DEFAULT_SHARE_WITHIN = 0.02;

    public SwingSettings withMitigations(Mitigations other) {
        return new SwingSettings(workload, utility, other, shareWithin);
    }

    public SwingSettings withWorkload(Workload other) {
        return new SwingSettings(other, utility, mitigations, shareWithin);
    }

    /** These settings for a phase whose load is {@code load}: the utility's limits for larger loads left out. */
    public SwingSettings forLoad(Power load) {
        UtilityLimits applying = utility.forLoad(load);
        return applying == utility ? this : withUtility(applying);
    }

    public SwingSettings withUtility(UtilityLimits other) {
        return new SwingSettings(workload, other, mitigations, shareWithin);
    }

    public SwingSettings withShareWithin(double other) {
        return new SwingSettings(workload, utility, mitigations, other);
    }
}
