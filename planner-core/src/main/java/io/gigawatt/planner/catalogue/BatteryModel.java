package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/** A battery unit: its power, its stored energy and its round-trip efficiency. */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources) {
}
