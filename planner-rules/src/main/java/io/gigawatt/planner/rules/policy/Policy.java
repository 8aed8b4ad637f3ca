package io.gigawatt.planner.rules.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The thresholds the rules judge against, by name: the defaults, with a planner's values over them. */
public record Policy(Map<String, Threshold> thresholds) {

    public Policy {
        thresholds = Collections.unmodifiableMap(new LinkedHashMap<>(thresholds));
    }

    public double valueOf(String name) {
        Threshold threshold = thresholds.get(name);
        if (threshold == null) {
            throw new IllegalArgumentException("no threshold named '" + name + "'; known: " + thresholds.keySet());
        }
        return threshold.value();
    }
}
