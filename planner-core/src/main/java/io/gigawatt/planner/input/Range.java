package io.gigawatt.planner.input;

import io.gigawatt.planner.units.Quantities;

/**
 * The values a field accepts, with the words that describe them: "a number of MW from 0 to 20,000".
 * Bounds are there to catch typos (an extra zero, a unit slip), not to judge a plan.
 */
public record Range(double min, double max, boolean whole, String what) {

    public static Range of(double min, double max, String what) {
        return new Range(min, max, false, what);
    }

    public static Range wholeNumber(double min, double max, String what) {
        return new Range(min, max, true, what);
    }

    public String describe() {
        return what + " from " + Quantities.format(min) + " to " + Quantities.format(max);
    }
}
