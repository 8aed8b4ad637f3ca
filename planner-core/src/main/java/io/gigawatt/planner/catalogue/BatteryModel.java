package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * A battery unit: its power, its stored energy and its round-trip efficiency.
 *
 * @param socMin the lowest state of charge the swing model lets the unit reach, as a share of {@code energy}
 * @param socMax the highest
 */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources, double socMin, double socMax) {

    /** State-of-charge bounds of a model that does not state them: 5% kept at either end. */
    public static final double DEFAULT_SOC_MIN = 0.05;
    public static final double DEFAULT_SOC_MAX = 0.95;

    /** A unit with the default state-of-charge bounds ({@link #DEFAULT_SOC_MIN} to {@link #DEFAULT_SOC_MAX}). */
    public BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                        Sources sources) {
        this(id, name, power, energy, roundTripEfficiency, sources, DEFAULT_SOC_MIN, DEFAULT_SOC_MAX);
    }
}
