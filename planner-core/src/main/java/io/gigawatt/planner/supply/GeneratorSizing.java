package io.gigawatt.planner.supply;

import io.gigawatt.planner.scenario.Equipment;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Sizes a generator fleet: enough derated units to carry the load, then spares so that, with each unit
 * independently available with the model's availability, enough units run with the planner's confidence;
 * never fewer spares than the planner's N+k redundancy.
 */
public final class GeneratorSizing {

    private GeneratorSizing() {
    }

    public static GeneratorFleet size(Power need, Equipment.Generators choice, Temperature ambient) {
        var model = choice.model();
        double derate = model.derateFactor(ambient);
        Power unitOutput = model.outputAt(ambient);
        if (!need.isAbove(Power.ZERO)) {
            return new GeneratorFleet(model, Power.ZERO, derate, unitOutput, 0, 0, 1);
        }
        int running = (int) Math.ceil(need.watts() / unitOutput.watts() - 1e-9);
        int units = running + choice.redundancy();
        while (probabilityAtLeast(running, units, model.availability()) < choice.confidence()) {
            units++;
        }
        return new GeneratorFleet(model, need, derate, unitOutput, running, units - running,
                probabilityAtLeast(running, units, model.availability()));
    }

    /** P(at least {@code needed} of {@code units} are available), units failing independently. */
    static double probabilityAtLeast(int needed, int units, double availability) {
        if (availability >= 1) {
            return 1;
        }
        return 1 - new BinomialDistribution(null, units, availability).cumulativeProbability(needed - 1);
    }
}
