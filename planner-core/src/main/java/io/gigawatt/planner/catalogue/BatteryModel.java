package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * A battery unit: its power, its stored energy, its round-trip efficiency and its lead time from order to site.
 *
 * @param socMin the lowest state of charge the swing model lets the unit reach, as a share of {@code energy}
 * @param socMax the highest
 */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources, LeadTime leadTime, double socMin, double socMax) {

    /** State-of-charge bounds of a model that does not state them: 5% kept at either end. */
    public static final double DEFAULT_SOC_MIN = 0.05;
    public static final double DEFAULT_SOC_MAX = 0.95;

    public BatteryModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A unit whose lead times are unknown, with the default state-of-charge bounds. */
    public BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                        Sources sources) {
        this(id, name, power, energy, roundTripEfficiency, sources, LeadTime.UNKNOWN, DEFAULT_SOC_MIN, DEFAULT_SOC_MAX);
    }
}
