package io.gigawatt.planner.timeline;

import io.gigawatt.planner.supply.GridSupply;
import java.util.Arrays;
import java.util.function.LongUnaryOperator;

/**
 * The campus's supply over time in one draw: grid levels, future supply options, the routes by which generators
 * and cooling arrive, and every day on which any of it (or a permit) changes. Between two of those days nothing
 * changes, so a phase's readiness need only be checked on its installation day and on those after it: the answer
 * is the same as a check of every day. The phases' own days are not among them, so a phase costs the same few
 * checks however many phases the campus has.
 */
final class Supply {

    /** The grid on the draw's tranche days, and those days. */
    final GridSupply gridSupply;
    final long[] trancheDays;
    final long[] optionDays;
    final double[] optionWatts;
    /** Whether each option serves the phases, not only the targets. */
    final boolean[] optionServesPhases;
    final Routes generators;
    final Routes cooling;
    /** Every day on which supply or a permit changes, and the build start; sorted, without repeats. */
    final long[] events;
    /**
     * What holds between two events, worked out once for the many checks of a draw: slot 0 before the first
     * event, slot {@code s} from {@code events[s - 1]} until the next.
     */
    private final double[] grid;
    private final double[] options;
    private final double[] phaseOptions;
    private final long[] permitCaps;

    /**
     * @param otherEvents days on which something else changes: the permits' dates, and the build start
     * @param permitCap   the air permit's cap on units on a day (which changes on the permits' dates only)
     */
    Supply(GridSupply gridSupply, long[] optionDays, double[] optionWatts,
           boolean[] optionServesPhases, Routes generators, Routes cooling, long[] otherEvents,
           LongUnaryOperator permitCap) {
        this.gridSupply = gridSupply;
        this.trancheDays = gridSupply.days();
        this.optionDays = optionDays;
        this.optionWatts = optionWatts;
        this.optionServesPhases = optionServesPhases;
        this.generators = generators;
        this.cooling = cooling;
        long[] all = new long[trancheDays.length + optionDays.length + 4 + otherEvents.length];
        int n = 0;
        for (long day : trancheDays) {
            all[n++] = day;
        }
        for (long day : optionDays) {
            all[n++] = day;
        }
        for (long day : new long[] {generators.rentalDay(), generators.purchaseDay(), cooling.rentalDay(),
                cooling.purchaseDay()}) {
            if (day != Campus.NEVER) {
                all[n++] = day;
            }
        }
        for (long day : otherEvents) {
            all[n++] = day;
        }
        long[] sorted = Arrays.copyOf(all, n);
        Arrays.sort(sorted);
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[unique++] = sorted[i];
            }
        }
        this.events = Arrays.copyOf(sorted, unique);
        int slots = events.length + 1;
        grid = new double[slots];
        options = new double[slots];
        phaseOptions = new double[slots];
        permitCaps = new long[slots];
        for (int slot = 0; slot < slots; slot++) {
            long day = slot == 0 ? events[0] - 1 : events[slot - 1];
            grid[slot] = gridSupply.wattsOn(day);
            options[slot] = optionsOn(day, false);
            phaseOptions[slot] = optionsOn(day, true);
            permitCaps[slot] = permitCap.applyAsLong(day);
        }
    }

    /** The grid's firm level on {@code day}: that of the latest tranche on or before it, else zero. */
    double grid(long day) {
        return gridIn(slot(day));
    }

    /** Firm power of the supply options that have arrived by {@code day}. */
    double options(long day) {
        return options[slot(day)];
    }

    /** Firm power of the supply options that have arrived by {@code day} and serve the phases. */
    double phaseOptions(long day) {
        return phaseOptionsIn(slot(day));
    }

    /** The air permit's cap on generating units on {@code day}. */
    long permitCap(long day) {
        return permitCapIn(slot(day));
    }

    /** Which stretch between events {@code day} falls in: the number of events on or before it. */
    int slot(long day) {
        return firstEventAfter(day);
    }

    double gridIn(int slot) {
        return grid[slot];
    }

    double phaseOptionsIn(int slot) {
        return phaseOptions[slot];
    }

    long permitCapIn(int slot) {
        return permitCaps[slot];
    }

    private double optionsOn(long day, boolean servingPhases) {
        double sum = 0;
        for (int i = 0; i < optionDays.length; i++) {
            if (optionDays[i] <= day && (optionServesPhases[i] || !servingPhases)) {
                sum += optionWatts[i];
            }
        }
        return sum;
    }

    /** Index of the first event after {@code day}. */
    int firstEventAfter(long day) {
        int i = Arrays.binarySearch(events, day);
        return i >= 0 ? i + 1 : -i - 1;
    }
}
