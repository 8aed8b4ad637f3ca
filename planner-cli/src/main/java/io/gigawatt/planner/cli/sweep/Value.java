package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import io.gigawatt.planner.input.YamlFiles;

/**
 * One value a variant gives a key, as YAML would read it written in the file: {@code 15} a number, {@code 2025-05-15}
 * or {@code smt-130} text, {@code "15"} the text 15. {@code written} is how the value is shown in tables.
 */
public record Value(String written, String text, ScalarType type) {

    /** {@code written} as YAML reads it; an {@link IllegalArgumentException} when it is not a single value. */
    public static Value of(String written) {
        String trimmed = written.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an empty value, expected a number, a date or a name");
        }
        String shown = "'" + InputLimits.excerpt(trimmed) + "'";
        Node node;
        try {
            node = YamlFiles.read("value", trimmed);
        } catch (InputException e) {
            throw new IllegalArgumentException(shown + " is not a value YAML can read ("
                    + e.problems().get(0).message() + ")");
        }
        if (!(node instanceof ScalarNode scalar)) {
            throw new IllegalArgumentException(shown + " is " + node.kind()
                    + ", expected a single value (a number, a date, a name)");
        }
        if (scalar.type() == ScalarType.NUMBER && scalar.number().isEmpty()) {
            throw new IllegalArgumentException(shown + " is not a finite number, expected a number such as 1.3 or"
                    + " 2e3, a date or a name");
        }
        return new Value(trimmed, scalar.text(), scalar.type());
    }

    /** A number written by the sweep itself (a step of a range). */
    static Value number(String text) {
        return new Value(text, text, ScalarType.NUMBER);
    }

    @Override
    public String toString() {
        return written;
    }
}
