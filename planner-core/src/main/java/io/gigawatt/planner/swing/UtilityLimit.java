package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import io.gigawatt.planner.units.Ramp;
import java.time.Duration;

/**
 * One limit a utility sets on a large load's grid draw, as its library (utility-limits.yaml) or a scenario writes it.
 *
 * @param kind   what is limited
 * @param value  the limit: MW/s for a ramp, MW for a range, a share of the swing's energy for a band share
 * @param window a ramp's window, a range's window (null: the whole simulated window); null for a band share
 * @param lowHz  a range's band filter, or a band share's band: its lower edge (null: no filter)
 * @param highHz its upper edge
 * @param source where the figure comes from (a public address, or the scenario field it is written in)
 * @param date   the date of that source (2026-06-19, or 2026-01 when only the month is known), or null when it has
 *               none (a figure written in a scenario)
 * @param appliesFrom the least load (a phase's facility power) the limit applies to, or null for any: Southern
 *               Company's and ERCOT's limits are for large loads of 50 and 75 MW or more
 */
public record UtilityLimit(Kind kind, double value, Duration window, Double lowHz, Double highHz, String source,
                           String date, Power appliesFrom) {

    /** What a limit measures on the grid draw. */
    public enum Kind {
        /** The change over a rolling window, divided by the window. */
        RAMP,
        /** Highest minus lowest within a rolling window, after the band filter when there is one. */
        RANGE,
        /** The share of the (unmitigated) swing's energy in a band. */
        BAND_SHARE
    }

    /** Whether the limit applies to a load of {@code load}. */
    public boolean appliesTo(Power load) {
        return appliesFrom == null || load.watts() >= appliesFrom.watts();
    }

    /**
     * Whether the batteries' dispatch holds the limit when it is the tightest of its kind: all but a range filtered
     * from above {@value UtilityLimits#HELD_BAND_LOW_HZ} Hz, whose band lies above the swing's own frequencies.
     */
    public boolean heldByDispatch() {
        return kind != Kind.RANGE || lowHz == null || lowHz <= UtilityLimits.HELD_BAND_LOW_HZ;
    }

    /** A range measured after a band filter. */
    public boolean filtered() {
        return kind == Kind.RANGE && lowHz != null;
    }

    /**
     * "a ramp of 0.333 MW/s over 1 min", "a range of 10 MW within 5 s in 0.1-55 Hz", "20% of the swing's energy in
     * 0.1-20 Hz".
     */
    public String describe() {
        return switch (kind) {
            case RAMP -> "a ramp of " + Ramp.mwPerSecond(value) + " over " + UtilityLimits.span(window);
            case RANGE -> "a range of " + Power.mw(value)
                    + (window == null ? " over any span" : " within " + UtilityLimits.span(window))
                    + (filtered() ? " in " + band() : "");
            case BAND_SHARE -> Quantities.percent(value) + " of the swing's energy in " + band();
        };
    }

    /** The unit of the limit's value: "MW/s", "MW", "share". */
    public String unit() {
        return switch (kind) {
            case RAMP -> "MW/s";
            case RANGE -> "MW";
            case BAND_SHARE -> "share";
        };
    }

    /** "0.1-55 Hz". */
    public String band() {
        return Quantities.format(lowHz) + "-" + Quantities.format(highHz) + " Hz";
    }
}
