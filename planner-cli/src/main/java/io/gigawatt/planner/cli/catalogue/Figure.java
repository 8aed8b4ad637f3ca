package io.gigawatt.planner.cli.catalogue;

/**
 * One figure of a catalogue entry as {@code planner catalogue show} prints it: the key a scenario's {@code catalogue:}
 * section changes it by, its value with its unit, and where it comes from.
 */
public record Figure(String key, String value, String source) {
}
