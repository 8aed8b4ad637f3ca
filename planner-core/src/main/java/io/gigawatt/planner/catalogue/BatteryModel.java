package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/** A battery unit: its power, its stored energy, its round-trip efficiency and its lead time from order to site. */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources, LeadTime leadTime) {

    public BatteryModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A model whose lead times are unknown. */
    public BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                        Sources sources) {
        this(id, name, power, energy, roundTripEfficiency, sources, LeadTime.UNKNOWN);
    }
}
