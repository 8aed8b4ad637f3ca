package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import java.util.Objects;

/**
 * A battery unit: its power, its stored energy, its round-trip efficiency and its lead time from order to site.
 *
 * @param socMin     the lowest state of charge the swing model lets the unit reach, as a share of {@code energy}
 * @param socMax     the highest
 * @param mwhPerAcre stored energy a site of these units holds per acre, clearances and transformers included
 */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources, LeadTime leadTime, double socMin, double socMax, double mwhPerAcre) {

    /** State-of-charge bounds of a model that does not state them: 5% kept at either end. */
    public static final double DEFAULT_SOC_MIN = 0.05;
    public static final double DEFAULT_SOC_MAX = 0.95;

    /** Energy per acre for a model added without the figure: well under the catalogue's Megapacks. */
    public static final double DEFAULT_MWH_PER_ACRE = 100;

    public BatteryModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A unit whose lead times are unknown, with the default state-of-charge bounds and land. */
    public BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                        Sources sources) {
        this(id, name, power, energy, roundTripEfficiency, sources, LeadTime.UNKNOWN, DEFAULT_SOC_MIN, DEFAULT_SOC_MAX,
                DEFAULT_MWH_PER_ACRE);
    }

    /** The land one unit takes. */
    public Area landPerUnit() {
        return Area.acres(energy.mwh() / mwhPerAcre);
    }

    /** The id alone, as {@link GpuModel#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
