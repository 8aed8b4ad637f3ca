package io.gigawatt.planner.timeline;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Dates a Monte Carlo drew, as P10, P50 and P90 (nearest rank): the date by which 10%, 50% and 90% of the draws
 * were ready. A percentile is null when that share of draws is never ready with the supply given.
 *
 * @param neverShare the share of draws never ready
 */
public record DateRange(LocalDate p10, LocalDate p50, LocalDate p90, int draws, double neverShare) {

    /** Epoch days drawn, {@link Long#MAX_VALUE} for "never"; the array is sorted in place. */
    static DateRange of(long[] epochDays) {
        Arrays.sort(epochDays);
        long never = Arrays.stream(epochDays).filter(d -> d == Long.MAX_VALUE).count();
        return new DateRange(percentile(epochDays, 10), percentile(epochDays, 50), percentile(epochDays, 90),
                epochDays.length, (double) never / epochDays.length);
    }

    /** "P50 2026-10-19, P90 2026-12-23" ("never" for a percentile never reached). */
    @Override
    public String toString() {
        return "P50 " + (p50 == null ? "never" : p50) + ", P90 " + (p90 == null ? "never" : p90);
    }

    private static LocalDate percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        long day = sorted[Math.max(rank, 1) - 1];
        return day == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(day);
    }
}
