package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;

/**
 * One problem in a rule file, told as {@code file:line:col: message} (errors) or
 * {@code file:line:col: warning: message}, with an optional hint for the usual mistakes.
 *
 * @param location where it is, 1-based; line 0 when Drools gave no line
 * @param hint     what to do about it ("did you mean ...? known fact types: ..."), or null
 */
public record RuleProblem(Level level, Location location, String message, String hint) {

    /** Errors stop the rules from running; warnings and notes only inform. */
    public enum Level { ERROR, WARNING, NOTE }

    public static RuleProblem error(Location location, String message, String hint) {
        return new RuleProblem(Level.ERROR, location, message, hint);
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        String prefix = level == Level.ERROR ? "" : level.name().toLowerCase(java.util.Locale.ROOT) + ": ";
        return location.file().isEmpty() ? prefix + message : location + ": " + prefix + message;
    }
}
