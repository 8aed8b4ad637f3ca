package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Power;

/**
 * Sizes batteries for the two fast duties generators cannot follow: the swing of synchronous training
 * (every GPU moving together between compute and idle) and the loss of the largest generator.
 * A first model on power alone, for phases without a workload to simulate; with one, the swing model's search
 * sizes the bank ({@link #simulated}).
 */
public final class BatterySizing {

    private BatterySizing() {
    }

    public static BatteryBank size(BatteryModel model, Power swing, GeneratorFleet fleet) {
        Power largestTrip = fleet.units() > 0 ? fleet.unitOutput() : Power.ZERO;
        Power required = swing.atLeast(largestTrip);
        int units = (int) Math.ceil(required.watts() / model.power().watts() - 1e-9);
        return new BatteryBank(model, swing, largestTrip, required, Math.max(units, 0),
                largestTrip.isAbove(swing) ? "largest generator trip" : "training swing");
    }

    /**
     * The bank the swing simulation sized: the fewest units that keep the utility's and the generators' limits over
     * the simulated window and ride through the largest generator's trip.
     *
     * @param swing       the simulated swing, peak to trough
     * @param tripDecides whether the trip needed more units than the limits did
     */
    public static BatteryBank simulated(BatteryModel model, Power swing, GeneratorFleet fleet, int units,
                                        boolean tripDecides) {
        Power largestTrip = fleet.units() > 0 ? fleet.unitOutput() : Power.ZERO;
        return new BatteryBank(model, swing, largestTrip, model.power().times(units), units,
                tripDecides ? "simulated trip of the largest generator" : "simulated swing within the limits");
    }
}
