package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * A dotted scenario path as the loader's messages write it: {@code equipment.generators.permitCapUnits},
 * {@code grid.tranches[1].firmMw}, {@code build.milestones[0].add.H100}. Keys are the YAML keys as written (model ids
 * such as {@code smt-130} included); an index counts list items from 0.
 */
public record KeyPath(String text, List<Segment> segments) {

    /** A key of a mapping, or (with {@code index} at least 0) an item of a list. */
    public record Segment(String key, int index) {
        boolean isIndex() {
            return index >= 0;
        }
    }

    public KeyPath {
        segments = List.copyOf(segments);
    }

    /** Parses {@code text}; an {@link IllegalArgumentException} says what is wrong with it. */
    public static KeyPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        if (n == 0) {
            throw new IllegalArgumentException("an empty key, expected a dotted scenario path such as facility.pue");
        }
        while (i < n) {
            int start = i;
            while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                if (text.charAt(i) == ']' || Character.isWhitespace(text.charAt(i))) {
                    throw malformed(text);
                }
                i++;
            }
            if (i == start) {
                throw malformed(text);
            }
            segments.add(new Segment(text.substring(start, i), -1));
            while (i < n && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw malformed(text);
                }
                String digits = text.substring(i + 1, close);
                if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) {
                    throw new IllegalArgumentException("'" + InputLimits.excerpt(text) + "': [" + InputLimits.excerpt(digits)
                            + "] is not a list index, expected a whole number from 0, as in grid.tranches[1].firmMw");
                }
                segments.add(new Segment(null, Integer.parseInt(digits)));
                i = close + 1;
            }
            if (i < n) {
                if (text.charAt(i) != '.' || i == n - 1) {
                    throw malformed(text);
                }
                i++;
            }
        }
        return new KeyPath(text, segments);
    }

    private static IllegalArgumentException malformed(String text) {
        return new IllegalArgumentException("'" + InputLimits.excerpt(text) + "' is not a scenario path, expected keys joined by dots and"
                + " list indexes in brackets, as in grid.tranches[1].firmMw");
    }

    /** The path of the first {@code count} segments, written as the loader writes it. */
    public String prefix(int count) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < count; i++) {
            Segment segment = segments.get(i);
            if (segment.isIndex()) {
                path.append('[').append(segment.index()).append(']');
            } else {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(segment.key());
            }
        }
        return path.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
