package io.gigawatt.planner.rules.policy;

import io.gigawatt.planner.input.Range;

/**
 * A default threshold as the default policy file defines it: its value, the values allowed, unit and meaning.
 *
 * @param whole whether only whole numbers make sense (a count of units)
 */
public record ThresholdSpec(String name, double value, double min, double max, boolean whole, String unit,
                            String doc) {

    Range range() {
        return whole ? Range.wholeNumber(min, max, unit) : Range.of(min, max, unit);
    }
}
