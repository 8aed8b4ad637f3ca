package io.gigawatt.planner.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** A YAML value together with the place it was written, so every problem can point at its line and column. */
public sealed interface Node {

    Location location();

    /** Words a planner understands for the kind of value this is, for "expected X, found Y" messages. */
    String kind();

    /** A mapping; keys keep their order and their own locations. */
    record MapNode(Location location, Map<String, Entry> entries) implements Node {
        public MapNode {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return "a mapping";
        }
    }

    /** One key of a mapping: where the key is written and its value. */
    record Entry(String key, Location keyLocation, Node value) {
    }

    record ListNode(Location location, List<Node> items) implements Node {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "a list";
        }
    }

    /** What YAML made of a scalar: {@code "50"} is text, {@code 50} a number, {@code ~} nothing. */
    enum ScalarType { TEXT, NUMBER, BOOLEAN, NULL }

    /** A scalar as written, with the type YAML gave it. */
    record ScalarNode(Location location, String text, ScalarType type) implements Node {

        /** The words YAML 1.1 reads as true; it reads {@code no} and {@code off} as false. */
        private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");

        /**
         * The number written, if it is a finite one as a planner writes it ({@code 50}, {@code 1.3}, {@code 1_000},
         * {@code 2e3}); empty for anything else, also for what YAML reads as numbers but no field can take:
         * {@code .nan}, {@code .inf}, {@code 0x1F}, {@code 0b101}, or a value too large for a double.
         */
        public OptionalDouble number() {
            if (type != ScalarType.NUMBER) {
                return OptionalDouble.empty();
            }
            try {
                double value = Double.parseDouble(text.replace("_", ""));
                return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }

        /** Whether this is a boolean YAML reads as true: {@code true}, {@code yes} or {@code on}, in any case. */
        public boolean isTrue() {
            return type == ScalarType.BOOLEAN && TRUE_WORDS.contains(text.toLowerCase(Locale.ROOT));
        }

        @Override
        public String kind() {
            return switch (type) {
                case NULL -> "nothing";
                case TEXT -> "the text '" + InputLimits.excerpt(text) + "'";
                case NUMBER -> "the number " + InputLimits.excerpt(text);
                case BOOLEAN -> "the boolean " + text;
            };
        }
    }
}
