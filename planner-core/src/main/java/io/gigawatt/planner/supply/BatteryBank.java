package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * The grid-forming batteries one phase needs.
 *
 * @param swing        how far synchronous training swings the campus between compute and communication
 * @param largestTrip  output lost when the largest single generator trips (zero without generators)
 * @param required     what the batteries must absorb or supply within milliseconds: the larger of the two, or the
 *                     power of the units the swing simulation found
 * @param sizedBy      which duty sized the bank, in words for reports: "training swing", "largest generator trip",
 *                     or the swing simulation's "simulated swing within the limits" or "simulated trip of the
 *                     largest generator"
 */
public record BatteryBank(BatteryModel model, Power swing, Power largestTrip, Power required, int units,
                          String sizedBy) {

    public Power power() {
        return model.power().times(units);
    }

    public Energy energy() {
        return model.energy().times(units);
    }
}
