package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.units.Power;

/**
 * The on-site generators one phase needs.
 *
 * @param need          power the fleet must carry (facility power not covered by the grid)
 * @param derateFactor  share of rating each unit delivers at the site's design ambient temperature
 * @param unitOutput    one unit's output at design ambient
 * @param running       units that carry {@code need} together
 * @param spares        units beyond those: at least the N+k redundancy, more if forced outages demand it
 * @param availabilityConfidence probability that at least {@code running} units are available
 * @param unitsAtRating units the same need would take at rating conditions (15 C for gas turbines): the
 *                      difference is what the site's heat costs
 */
public record GeneratorFleet(GeneratorModel model, Power need, double derateFactor, Power unitOutput, int running,
                             int spares, double availabilityConfidence, int unitsAtRating) {

    public int units() {
        return running + spares;
    }

    /** Nameplate capacity of all units, the figure air permits count. */
    public Power rated() {
        return model.rated().times(units());
    }

    /** What the running units deliver at design ambient. */
    public Power firm() {
        return unitOutput.times(running);
    }

    /** Units the site's design ambient adds to the fleet, against the same fleet at rating conditions. */
    public int unitsLostToHeat() {
        return units() - unitsAtRating;
    }

    /** What all units deliver at design ambient. */
    public Power available() {
        return unitOutput.times(units());
    }
}
