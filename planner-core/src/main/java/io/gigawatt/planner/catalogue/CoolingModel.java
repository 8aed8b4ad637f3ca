package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * A cooling unit.
 *
 * @param capacity        heat the unit removes (shown in tons of refrigeration)
 * @param rental          whether the unit comes from the rental market, whose fleet is limited
 * @param leadTime        days from order to site, rented or bought (the timeline reads it)
 */
public record CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources,
                           LeadTime leadTime) {

    public CoolingModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A model whose lead times are unknown. */
    public CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources) {
        this(id, name, capacity, rental, sources, LeadTime.UNKNOWN);
    }
}
