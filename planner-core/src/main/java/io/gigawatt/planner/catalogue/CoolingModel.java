package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * A cooling unit.
 *
 * @param capacity        heat the unit removes (shown in tons of refrigeration)
 * @param rental          whether the unit comes from the rental market, whose fleet is limited
 * @param waterLitresPerKwh water the design uses per kWh of heat it rejects (evaporative ~1.8, closed-loop ~0.2)
 */
public record CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources,
                           double waterLitresPerKwh) {

    /** Water use for a model added without the figure: evaporative cooling, the thirstiest common design. */
    public static final double DEFAULT_WATER_LITRES_PER_KWH = 1.8;
}
