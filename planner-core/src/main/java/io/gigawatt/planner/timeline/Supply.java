package io.gigawatt.planner.timeline;

import java.util.Arrays;

/**
 * The campus's supply over time in one draw: grid levels, future supply options, the routes by which generators
 * and cooling arrive, and every day on which any of it (or a permit, or an installation) changes. Between two of
 * those days nothing changes, so a phase's readiness need only be checked on them: the answer is the same as a
 * check of every day.
 */
final class Supply {

    final long[] trancheDays;
    final double[] trancheWatts;
    final long[] optionDays;
    final double[] optionWatts;
    /** Whether each option serves the phases, not only the targets. */
    final boolean[] optionServesPhases;
    final Routes generators;
    final Routes cooling;
    /** Every day on which something changes, sorted, without repeats. */
    final long[] events;

    Supply(long[] trancheDays, double[] trancheWatts, long[] optionDays, double[] optionWatts,
           boolean[] optionServesPhases, Routes generators, Routes cooling, long[] otherEvents) {
        this.trancheDays = trancheDays;
        this.trancheWatts = trancheWatts;
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
    }

    /** The grid's firm level on {@code day}: that of the latest tranche on or before it, else zero. */
    double grid(long day) {
        double level = 0;
        for (int i = 0; i < trancheDays.length; i++) {
            if (trancheDays[i] <= day) {
                level = trancheWatts[i];
            }
        }
        return level;
    }

    /** Firm power of the supply options that have arrived by {@code day}. */
    double options(long day) {
        double sum = 0;
        for (int i = 0; i < optionDays.length; i++) {
            if (optionDays[i] <= day) {
                sum += optionWatts[i];
            }
        }
        return sum;
    }

    /** Firm power of the supply options that have arrived by {@code day} and serve the phases. */
    double phaseOptions(long day) {
        double sum = 0;
        for (int i = 0; i < optionDays.length; i++) {
            if (optionDays[i] <= day && optionServesPhases[i]) {
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
