package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import io.gigawatt.planner.units.Ramp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the utility accepts from the campus's grid draw: every limit that applies, each with its source. The batteries
 * are sized to hold the tightest ramp, the tightest range the dispatch can hold (see {@link #range}) and the band
 * share; every limit is then measured on the grid draw ({@link LimitMargin}).
 *
 * @param preset     the library entry the limits come from, or null
 * @param limits     the limits, in the order the library or the scenario writes them
 * @param bandLowHz  the critical oscillation band's lower edge (the band share's, before and after mitigation)
 * @param bandHighHz its upper edge
 * @param rideThrough the utility's voltage ride-through envelope for large loads, or null
 * @param largeLoads  what the jurisdiction's law asks of large loads (Texas SB 6 for ERCOT), or null
 */
public record UtilityLimits(String preset, List<UtilityLimit> limits, double bandLowHz, double bandHighHz,
                            RideThrough rideThrough, LargeLoadLaw largeLoads) {

    public static final Duration DEFAULT_RAMP_WINDOW = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RANGE_WINDOW = Duration.ofSeconds(5);
    public static final double DEFAULT_BAND_LOW_HZ = 0.1;
    public static final double DEFAULT_BAND_HIGH_HZ = 20;
    /**
     * A range after a band filter that starts at or below this passes the swing's own frequencies (0.2-3 Hz, iterations
     * of 1-10 s): the dispatch holds it as a range of the unfiltered draw. One above it (LIPA's 5-55 Hz) is only measured.
     */
    static final double HELD_BAND_LOW_HZ = 0.1;

    /** No limits: the swing is still simulated and reported, and batteries are sized for the generators alone. */
    public static final UtilityLimits NONE = new UtilityLimits(null, List.of(), DEFAULT_BAND_LOW_HZ,
            DEFAULT_BAND_HIGH_HZ, null, null);

    public UtilityLimits {
        limits = List.copyOf(limits);
    }

    /** These limits as they apply to a load of {@code load}: those for larger loads left out. */
    public UtilityLimits forLoad(Power load) {
        List<UtilityLimit> applying = limits.stream().filter(l -> l.appliesTo(load)).toList();
        return applying.size() == limits.size() ? this
                : new UtilityLimits(preset, applying, bandLowHz, bandHighHz, rideThrough, largeLoads);
    }

    public boolean any() {
        return !limits.isEmpty();
    }

    /** The tightest ramp, which the dispatch holds; null when the utility sets none. */
    public Ramp ramp() {
        return held(UtilityLimit.Kind.RAMP).map(l -> Ramp.mwPerSecond(l.value())).orElse(null);
    }

    public Duration rampWindow() {
        return held(UtilityLimit.Kind.RAMP).map(UtilityLimit::window).orElse(DEFAULT_RAMP_WINDOW);
    }

    /** The tightest range the dispatch holds (unfiltered, or filtered from {@value #HELD_BAND_LOW_HZ} Hz or below). */
    public Power range() {
        return held(UtilityLimit.Kind.RANGE).map(l -> Power.mw(l.value())).orElse(null);
    }

    /**
     * The held range's window; one period of its filter's lowest frequency when it sets none (10 s from 0.1 Hz). The
     * library refuses an unfiltered range without a window.
     */
    public Duration rangeWindow() {
        return held(UtilityLimit.Kind.RANGE).filter(l -> l.window() != null || l.lowHz() != null)
                .map(l -> l.window() != null ? l.window() : Duration.ofNanos(Math.round(1e9 / l.lowHz())))
                .orElse(DEFAULT_RANGE_WINDOW);
    }

    /** The most of the swing's energy allowed in the band, or null. */
    public Double bandMaxShare() {
        return held(UtilityLimit.Kind.BAND_SHARE).map(UtilityLimit::value).orElse(null);
    }

    private Optional<UtilityLimit> held(UtilityLimit.Kind kind) {
        return limits.stream().filter(l -> l.kind() == kind).filter(UtilityLimit::heldByDispatch)
                .min(Comparator.comparingDouble(UtilityLimit::value));
    }

    /**
     * The limits in words: "ramp <= 0.333 MW/s over 1 min (preset SOUTHERN-COMPANY)"; "no utility limits" when there
     * are none.
     */
    public String describe() {
        if (limits.isEmpty()) {
            return "no utility limits";
        }
        return String.join(", ", limits.stream().map(UtilityLimit::describe).toList())
                + (preset == null ? "" : " (preset " + preset + ")");
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
        return Quantities.format(millis / 1000.0) + " s";
    }

    /** "0.1-20 Hz". */
    public String band() {
        return Quantities.format(bandLowHz) + "-" + Quantities.format(bandHighHz) + " Hz";
    }
}
