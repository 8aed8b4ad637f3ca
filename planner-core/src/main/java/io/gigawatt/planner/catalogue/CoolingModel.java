package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * A cooling unit.
 *
 * @param capacity        heat the unit removes (shown in tons of refrigeration)
 * @param rental          whether the unit comes from the rental market, whose fleet is limited
 */
public record CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources) {
}
