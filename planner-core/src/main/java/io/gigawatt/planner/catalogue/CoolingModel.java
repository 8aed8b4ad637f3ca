package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;
import java.util.Objects;

/**
 * A cooling unit.
 *
 * @param capacity          heat the unit removes (shown in tons of refrigeration)
 * @param rental            whether the unit comes from the rental market, whose fleet is limited
 * @param leadTime          days from order to site, rented or bought (the timeline reads it)
 * @param waterLitresPerKwh water the design uses per kWh of heat it rejects (evaporative ~1.8, closed-loop ~0.2)
 */
public record CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources,
                           LeadTime leadTime, double waterLitresPerKwh) {

    /** Water use for a model added without the figure: evaporative cooling, the thirstiest common design. */
    public static final double DEFAULT_WATER_LITRES_PER_KWH = 1.8;

    public CoolingModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A model whose lead times are unknown, with the default water use. */
    public CoolingModel(String id, String name, Power capacity, boolean rental, Sources sources) {
        this(id, name, capacity, rental, sources, LeadTime.UNKNOWN, DEFAULT_WATER_LITRES_PER_KWH);
    }

    /** The id alone, as {@link GpuModel#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
