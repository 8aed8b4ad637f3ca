package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * The grid-forming batteries one phase needs.
 *
 * @param swing        how far synchronous training swings the campus between compute and communication
 * @param largestTrip  output lost when the largest single generator trips (zero without generators)
 * @param required     the larger of the two: what the batteries must absorb or supply within milliseconds
 */
public record BatteryBank(BatteryModel model, Power swing, Power largestTrip, Power required, int units) {

    public Power power() {
        return model.power().times(units);
    }

    public Energy energy() {
        return model.energy().times(units);
    }

    /** Which duty sized the bank, in words for reports: "training swing" or "largest generator trip". */
    public String sizedBy() {
        return largestTrip.isAbove(swing) ? "largest generator trip" : "training swing";
    }
}
