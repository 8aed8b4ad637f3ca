package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * A battery unit: its power, its stored energy and its round-trip efficiency.
 *
 * @param mwhPerAcre stored energy a site of these units holds per acre, clearances and transformers included
 */
public record BatteryModel(String id, String name, Power power, Energy energy, double roundTripEfficiency,
                           Sources sources, double mwhPerAcre) {

    /** Energy per acre for a model added without the figure: well under the catalogue's Megapacks. */
    public static final double DEFAULT_MWH_PER_ACRE = 100;

    /** The land one unit takes. */
    public Area landPerUnit() {
        return Area.acres(energy.mwh() / mwhPerAcre);
    }
}
