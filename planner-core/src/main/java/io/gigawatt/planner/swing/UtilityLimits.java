package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Ramp;
import java.time.Duration;

/**
 * What the utility accepts from the campus's grid draw. Each limit is null when the utility sets none.
 *
 * @param preset       the named preset the limits start from, or null
 * @param ramp         the fastest the grid draw may change, measured over {@code rampWindow}
 * @param range        the most the grid draw may move (highest minus lowest) within any {@code rangeWindow}
 * @param bandLowHz    the critical oscillation band's lower edge
 * @param bandHighHz   its upper edge
 * @param bandMaxShare the most of the swing's energy (what the grid would see unmitigated) allowed in the band
 */
public record UtilityLimits(String preset, Ramp ramp, Duration rampWindow, Power range, Duration rangeWindow,
                            double bandLowHz, double bandHighHz, Double bandMaxShare) {

    public static final Duration DEFAULT_RAMP_WINDOW = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RANGE_WINDOW = Duration.ofSeconds(5);
    public static final double DEFAULT_BAND_LOW_HZ = 0.1;
    public static final double DEFAULT_BAND_HIGH_HZ = 20;

    /** No limits: the swing is still simulated and reported, and batteries are sized for the generators alone. */
    public static final UtilityLimits NONE = new UtilityLimits(null, null, DEFAULT_RAMP_WINDOW, null,
            DEFAULT_RANGE_WINDOW, DEFAULT_BAND_LOW_HZ, DEFAULT_BAND_HIGH_HZ, null);

    public boolean any() {
        return ramp != null || range != null || bandMaxShare != null;
    }

    /**
     * The limits in words: "a ramp of 0.333 MW/s over 1 min, 20% of the swing's energy in 0.1-20 Hz (preset
     * SOUTHERN-COMPANY)"; "no utility limits" when there are none.
     */
    public String describe() {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (ramp != null) {
            parts.add("a ramp of " + ramp + " over " + span(rampWindow));
        }
        if (range != null) {
            parts.add("a range of " + range + " within " + span(rangeWindow));
        }
        if (bandMaxShare != null) {
            parts.add(io.gigawatt.planner.units.Quantities.percent(bandMaxShare) + " of the swing's energy in " + band());
        }
        if (parts.isEmpty()) {
            return "no utility limits";
        }
        return String.join(", ", parts) + (preset == null ? "" : " (preset " + preset + ")");
    }

    /** "5 s", "1 min", "10 min", "250 ms". */
    public static String span(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis % 60_000 == 0) {
            return (millis / 60_000) + " min";
        }
        return io.gigawatt.planner.units.Quantities.format(millis / 1000.0) + " s";
    }

    /** "0.1-20 Hz". */
    public String band() {
        return io.gigawatt.planner.units.Quantities.format(bandLowHz) + "-"
                + io.gigawatt.planner.units.Quantities.format(bandHighHz) + " Hz";
    }
}
