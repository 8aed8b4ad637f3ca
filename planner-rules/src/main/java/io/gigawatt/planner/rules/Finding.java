package io.gigawatt.planner.rules;

/**
 * What one rule concluded about one phase or target, in a sentence whose numbers come from the facts.
 *
 * @param subject the phase or target the finding is about
 */
public record Finding(String rule, String family, Severity severity, String message, String subject) {
}
