package io.gigawatt.planner.input;

/** One thing wrong in an input file, told as {@code file:line:col: field: problem}. */
public record Problem(Location location, String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty()
                ? location + ": " + message
                : location + ": " + field + ": " + message;
    }
}
