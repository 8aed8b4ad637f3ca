package io.gigawatt.planner.rules.policy;

/**
 * One policy threshold as rules see it: {@code Threshold( name == "minimumGridShare", $min : value )}.
 *
 * @param source where the value comes from: the default policy, or the planner's file and line
 */
public record Threshold(String name, double value, String source) {
}
