package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.supply.GeneratorSizing;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The generator sizing of {@link GeneratorSizing} as a table: units (running plus spares for N+k and forced
 * outages) for each number of running units, and back. The Monte Carlo asks it thousands of times, and the
 * binomial behind each answer is worth computing once.
 */
final class FleetTable {

    /** Beyond this many usable units a fleet is as good as unbounded. */
    static final long UNBOUNDED_UNITS = 10_000;

    private final Equipment.Generators choice;
    private final Temperature ambient;
    private final Power unitOutput;
    private int[] units = {0};
    private final Map<Long, Integer> maxRunning = new HashMap<>();

    FleetTable(Equipment.Generators choice, Temperature ambient) {
        this.choice = choice;
        this.ambient = ambient;
        this.unitOutput = choice.model().outputAt(ambient);
    }

    Power unitOutput() {
        return unitOutput;
    }

    /** Units the fleet needs on site for {@code running} units to carry the load with the planner's confidence. */
    int unitsFor(int running) {
        if (running >= units.length) {
            int from = units.length;
            units = Arrays.copyOf(units, Math.max(running + 1, Math.min(2 * from, running + 64)));
            for (int r = from; r < units.length; r++) {
                units[r] = GeneratorSizing.size(unitOutput.times(r), choice, ambient).units();
            }
        }
        return units[running];
    }

    /** Units needed to carry {@code needWatts}: none for no need. */
    int unitsForNeed(double needWatts) {
        if (needWatts <= 1e-6) {
            return 0;
        }
        return unitsFor(running(needWatts));
    }

    int running(double needWatts) {
        return (int) Math.ceil(needWatts / unitOutput.watts() - 1e-9);
    }

    /** The most units that can run with their spares held back, among {@code usable} on site. */
    int maxRunning(long usable) {
        return maxRunning.computeIfAbsent(usable, u -> {
            int r = 0;
            while (unitsFor(r + 1) <= u) {
                r++;
            }
            return r;
        });
    }
}
