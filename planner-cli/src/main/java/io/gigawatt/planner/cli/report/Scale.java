package io.gigawatt.planner.cli.report;

import java.util.List;

/**
 * The campus against biology (JSON {@code "scale"}), from the scenario's own numbers: how many human brains draw
 * as much as its largest phase, how much energy a day at full power is, and what a reference training run takes on
 * its GPUs. The figures of biology and of the reference run are in {@link Biology}, with their sources.
 *
 * @param phase      the phase with the largest facility power
 * @param brains     how many 20 W brains draw the phase's facility power
 * @param bodies     how many whole human bodies (97 W each, 2,000 kcal a day) draw it
 * @param gwhPerDay  the phase's energy in a day at full facility power
 */
public record Scale(String phase, long gpus, double facilityMw, double brainW, long brains, double bodyW,
                    long bodies, double gwhPerDay, Training training, List<TargetScale> targets, String source) {

    public Scale {
        targets = List.copyOf(targets);
    }

    /**
     * A reference training run on the phase's GPUs.
     *
     * @param gpuHours     the run's accelerator-hours
     * @param referenceGwh the run's energy as published (GPUs only)
     * @param days         how long the run takes on all the phase's GPUs
     * @param facilityGwh  what the run uses at the phase's facility power per GPU (cooling and halls included)
     * @param brainYears   how many years of one brain that energy would run
     */
    public record Training(String reference, double gpuHours, double referenceGwh, double days, double facilityGwh,
                           long brainYears) {
    }

    /** A target's power budget in brains. */
    public record TargetScale(String name, double facilityMw, long brains) {
    }
}
