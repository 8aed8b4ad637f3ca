package io.gigawatt.planner.supply;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
            return new GeneratorFleet(model, Power.ZERO, derate, unitOutput, 0, 0, 1, 0);
        }
        int running = running(need, unitOutput);
        int units = unitsFor(running, choice);
        int unitsAtRating = unitsFor(running(need, model.rated()), choice);
        return new GeneratorFleet(model, need, derate, unitOutput, running, units - running,
                probabilityAtLeast(running, units, model.availability()), unitsAtRating);
    }

    private static int running(Power need, Power unitOutput) {
        return (int) Math.ceil(need.watts() / unitOutput.watts() - 1e-9);
    }

    /** Running units plus spares: at least N+k, and more until enough units are up with the planner's confidence. */
    private static int unitsFor(int running, Equipment.Generators choice) {
        int units = running + choice.redundancy();
        while (probabilityAtLeast(running, units, choice.model().availability()) < choice.confidence()) {
            units++;
        }
        return units;
    }

    /** P(at least {@code needed} of {@code units} are available), units failing independently. */
    static double probabilityAtLeast(int needed, int units, double availability) {
        if (availability >= 1) {
            return 1;
        }
        // a pure function of three numbers, asked for again and again (fleet tables, sweeps of thousands of variants)
        Odds odds = new Odds(needed, units, availability);
        Double known = AT_LEAST.get(odds);
        if (known == null) {
            known = 1 - new BinomialDistribution(null, units, availability).cumulativeProbability(needed - 1);
            if (AT_LEAST.size() >= MOST_REMEMBERED) {
                AT_LEAST.clear();
            }
            AT_LEAST.put(odds, known);
        }
        return known;
    }

    private record Odds(int needed, int units, double availability) {
    }

    private static final int MOST_REMEMBERED = 200_000;
    private static final Map<Odds, Double> AT_LEAST = new ConcurrentHashMap<>();
}
