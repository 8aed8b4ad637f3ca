package io.gigawatt.planner.input;

import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.ListNode;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import io.gigawatt.planner.units.Quantities;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the keys of one YAML mapping, checking each value's type and range, and reports every problem
 * with its location and dotted field path. After reading, {@link #rejectUnknownKeys()} reports keys nobody
 * asked for, with the nearest known key as a suggestion.
 */
public final class Fields {

    private final MapNode map;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();

    private Fields(MapNode map, String path, Problems problems) {
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** Fields of {@code node}; when it is not a mapping, reports that and reads as if it were empty. */
    public static Fields of(Node node, String path, Problems problems) {
        if (node instanceof MapNode mapNode) {
            return new Fields(mapNode, path, problems);
        }
        problems.add(node.location(), path, "found " + node.kind() + ", expected a mapping of keys to values");
        return new Fields(new MapNode(node.location(), Map.of()), path, problems);
    }

    public Location location() {
        return map.location();
    }

    public String path() {
        return path;
    }

    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public Problems problems() {
        return problems;
    }

    /** The keys written, in file order, for maps whose keys are names (GPU models, catalogue entries). */
    public List<Entry> entries() {
        known.addAll(map.entries().keySet());
        return List.copyOf(map.entries().values());
    }

    /** The keys written, in file order, without counting them as read: to see what a mapping holds before reading it. */
    public List<String> writtenKeys() {
        return List.copyOf(map.entries().keySet());
    }

    public boolean has(String key) {
        known.add(key);
        Entry entry = map.entries().get(key);
        return entry != null && !(entry.value() instanceof ScalarNode s && s.type() == ScalarType.NULL);
    }

    public Optional<Node> node(String key) {
        return has(key) ? Optional.of(map.entries().get(key).value()) : Optional.empty();
    }

    public Location locationOf(String key) {
        Entry entry = map.entries().get(key);
        return entry == null ? map.location() : entry.value().location();
    }

    /** A required value; reports it missing (at the mapping) when absent. */
    private Optional<Node> required(String key, String expected) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            problems.add(map.location(), pathOf(key), "missing, expected " + expected);
        }
        return node;
    }

    public Fields section(String key) {
        return Fields.of(required(key, "a mapping").orElse(new MapNode(map.location(), Map.of())), pathOf(key), problems);
    }

    public Optional<Fields> optionalSection(String key) {
        return node(key).map(node -> Fields.of(node, pathOf(key), problems));
    }

    public String text(String key) {
        return required(key, "text").map(node -> asText(node, pathOf(key))).orElse("");
    }

    public Optional<String> optionalText(String key) {
        return node(key).map(node -> asText(node, pathOf(key)));
    }

    public double number(String key, Range range) {
        // as required(key, range.describe()), but the range is described only when the key is missing: a sweep
        // loads a scenario thousands of times, and describing every range was a tenth of its time
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            problems.add(map.location(), pathOf(key), "missing, expected " + range.describe());
            return range.min();
        }
        return asNumber(node.get(), pathOf(key), range);
    }

    public OptionalDouble optionalNumber(String key, Range range) {
        Optional<Node> node = node(key);
        return node.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(asNumber(node.get(), pathOf(key), range));
    }

    public double number(String key, Range range, double defaultValue) {
        return optionalNumber(key, range).orElse(defaultValue);
    }

    public LocalDate date(String key) {
        return required(key, "a date as YYYY-MM-DD").map(node -> asDate(node, pathOf(key))).orElse(LocalDate.EPOCH);
    }

    public Optional<LocalDate> optionalDate(String key) {
        return node(key).map(node -> asDate(node, pathOf(key)));
    }

    public boolean bool(String key, boolean defaultValue) {
        Optional<Node> node = node(key);
        if (node.isEmpty()) {
            return defaultValue;
        }
        if (node.get() instanceof ScalarNode s && s.type() == ScalarType.BOOLEAN) {
            return s.isTrue();
        }
        problems.add(node.get().location(), pathOf(key), "found " + node.get().kind() + ", expected true or false");
        return defaultValue;
    }

    /** The items of a list; a missing list is reported when {@code required}, and reads as empty. */
    public List<Node> list(String key, boolean required) {
        Optional<Node> node = required ? required(key, "a list") : node(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof ListNode list) {
            return list.items();
        }
        problems.add(node.get().location(), pathOf(key), "found " + node.get().kind() + ", expected a list (lines starting with '- ')");
        return List.of();
    }

    /** Reports every key not read so far, suggesting the nearest known one. Call after reading all keys. */
    public void rejectUnknownKeys() {
        for (Entry entry : map.entries().values()) {
            if (!known.contains(entry.key())) {
                String suggestion = Suggestions.closest(entry.key(), known)
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                problems.add(entry.keyLocation(), pathOf(InputLimits.excerpt(entry.key())),
                        "unknown key, " + suggestion + "expected one of: " + String.join(", ", known));
            }
        }
    }

    public String asText(Node node, String field) {
        if (node instanceof ScalarNode s && (s.type() == ScalarType.TEXT || s.type() == ScalarType.NUMBER)) {
            return s.text();
        }
        problems.add(node.location(), field, "found " + node.kind() + ", expected text");
        return "";
    }

    public double asNumber(Node node, String field, Range range) {
        if (!(node instanceof ScalarNode s) || s.type() != ScalarType.NUMBER) {
            problems.add(node.location(), field, "found " + node.kind() + ", expected " + range.describe());
            return range.min();
        }
        OptionalDouble number = s.number();
        if (number.isEmpty()) {
            problems.add(node.location(), field, "found " + InputLimits.excerpt(s.text()) + ", expected "
                    + range.describe());
            return range.min();
        }
        double value = number.getAsDouble();
        if (value < range.min() || value > range.max()) {
            String what = value < 0 && range.min() >= 0 ? "is negative"
                    : value < range.min() ? "is too small" : "is implausibly large";
            problems.add(node.location(), field, Quantities.format(value) + " " + what + ", expected " + range.describe());
            return range.min();
        }
        if (range.whole() && value != Math.rint(value)) {
            problems.add(node.location(), field, InputLimits.excerpt(s.text()) + " is not a whole number, expected "
                    + range.describe());
            return Math.rint(value);
        }
        return value;
    }

    public LocalDate asDate(Node node, String field) {
        if (node instanceof ScalarNode s && s.type() == ScalarType.TEXT) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                problems.add(node.location(), field, "'" + InputLimits.excerpt(s.text())
                        + "' is not a date, expected YYYY-MM-DD");
                return LocalDate.EPOCH;
            }
        }
        problems.add(node.location(), field, "found " + node.kind() + ", expected a date as YYYY-MM-DD");
        return LocalDate.EPOCH;
    }

    /** A sub-mapping for every item of a list, with paths like {@code grid.tranches[2]}. */
    public List<Fields> sections(String key, boolean required) {
        List<Fields> sections = new ArrayList<>();
        List<Node> items = list(key, required);
        for (int i = 0; i < items.size(); i++) {
            sections.add(Fields.of(items.get(i), pathOf(key) + "[" + i + "]", problems));
        }
        return sections;
    }
}
