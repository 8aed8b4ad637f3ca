package io.gigawatt.planner.rules.policy;

import io.gigawatt.planner.input.Range;

/** A default threshold as the default policy file defines it: its value, the values allowed, unit and meaning. */
public record ThresholdSpec(String name, double value, double min, double max, String unit, String doc) {

    Range range() {
        return Range.of(min, max, unit);
    }
}
