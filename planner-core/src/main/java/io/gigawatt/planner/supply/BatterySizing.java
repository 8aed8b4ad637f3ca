package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Power;

/**
 * Sizes batteries for the two fast duties generators cannot follow: the swing of synchronous training
 * (every GPU moving together between compute and idle) and the loss of the largest generator.
 * A first model on power alone; the simulated swing and energy sizing come with the swing model.
 */
public final class BatterySizing {

    private BatterySizing() {
    }

    public static BatteryBank size(BatteryModel model, Power swing, GeneratorFleet fleet) {
        Power largestTrip = fleet.units() > 0 ? fleet.unitOutput() : Power.ZERO;
        Power required = swing.atLeast(largestTrip);
        int units = (int) Math.ceil(required.watts() / model.power().watts() - 1e-9);
        return new BatteryBank(model, swing, largestTrip, required, Math.max(units, 0));
    }
}
