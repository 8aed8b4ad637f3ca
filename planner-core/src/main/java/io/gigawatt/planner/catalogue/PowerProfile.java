package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import java.time.Duration;

/**
 * How one accelerator's power moves under synchronous training, the figures the swing model needs:
 * it waits at {@code idle}, computes at {@code compute}, and right after each rise into compute draws
 * {@code overshoot} times the compute level for {@code overshootDuration}; every change between the two levels
 * takes {@code transition}. Calibrated on a measured H200 (planner-core test data h200-training-power-trace.csv).
 *
 * @param psuStorage energy the power supplies store per GPU to smooth its draw (GB300 power shelves, ~65 J);
 *                   zero when the system has none
 * @param smoothing  the GPU's own power smoothing as the scenario sets it, or null when off
 */
public record PowerProfile(Power idle, Power compute, double overshoot, Duration overshootDuration,
                           Duration transition, Energy psuStorage, PowerSmoothing smoothing) {

    /** Mean peak reading in the 250 ms after a rise, over sustained compute, on the measured H200 (805 W / 690 W). */
    public static final double DEFAULT_OVERSHOOT = 1.17;
    /** The overshoot lasts about one 100 ms reading of the measured H200. */
    public static final Duration DEFAULT_OVERSHOOT_DURATION = Duration.ofMillis(100);
    /** The measured H200 moves between idle and compute within one 100 ms reading; half a reading is taken. */
    public static final Duration DEFAULT_TRANSITION = Duration.ofMillis(50);

    public PowerProfile {
        if (overshoot < 1) {
            throw new IllegalArgumentException("an overshoot factor is at least 1, got " + overshoot);
        }
    }

    /**
     * The profile a model gets when its catalogue entry gives only tdpW and idleW: it computes at its power
     * limit, with the measured H200's overshoot and timing, and no storage in its power supplies.
     */
    public static PowerProfile defaultsFor(Power tdp, Power idle) {
        return new PowerProfile(idle, tdp, DEFAULT_OVERSHOOT, DEFAULT_OVERSHOOT_DURATION, DEFAULT_TRANSITION,
                Energy.ZERO, null);
    }

    public PowerProfile withSmoothing(PowerSmoothing on) {
        return new PowerProfile(idle, compute, overshoot, overshootDuration, transition, psuStorage, on);
    }

    /** The power one GPU swings by between waiting and computing, without the overshoot. */
    public Power swing() {
        return compute.minus(idle);
    }

    /** The highest power right after a rise into compute. */
    public Power peak() {
        return compute.times(overshoot);
    }
}
