package io.gigawatt.planner.swing;

import java.time.Duration;

/**
 * The swing mitigations a scenario switches on.
 *
 * @param battery    grid-forming batteries (the scenario's battery model) hold the grid and generator draw inside their limits
 * @param powerFloor share of TDP every GPU of a running job holds at least, by filler work in the troughs; null when off
 * @param psuStorage power supplies that store energy per GPU (the catalogue's psuStorageJ, GB300) shave the peaks
 * @param ramp       starts, checkpoint pauses, resumes and crashes take at least this long (GPU firmware ramp limit); null when off
 * @param generators how the generators run beside the grid, which decides who follows the swing
 * @param rideThrough what rides through the grid's voltage dips (UPS, rack batteries, converters); null when nothing
 */
public record Mitigations(boolean battery, Double powerFloor, boolean psuStorage, Duration ramp,
                          GeneratorMode generators, RideThroughPlan rideThrough) {

    /** Batteries on, generators following their share, nothing else: what a scenario gets when it writes none. */
    public static final Mitigations BATTERY_ONLY = new Mitigations(true, null, false, null,
            GeneratorMode.LOAD_FOLLOWING, null);

    /** Whether any mitigation changes the load itself (rather than how it is supplied). */
    public boolean shapesLoad() {
        return powerFloor != null || psuStorage || ramp != null;
    }

    /** The load-side mitigations without the power floor, to cost the floor against. */
    public Mitigations withoutFloor() {
        return new Mitigations(battery, null, psuStorage, ramp, generators, rideThrough);
    }

    public Mitigations withBattery(boolean on) {
        return new Mitigations(on, powerFloor, psuStorage, ramp, generators, rideThrough);
    }

    /** No mitigation at all: the load as the jobs make it. */
    public static Mitigations none() {
        return new Mitigations(false, null, false, null, GeneratorMode.LOAD_FOLLOWING, null);
    }
}
