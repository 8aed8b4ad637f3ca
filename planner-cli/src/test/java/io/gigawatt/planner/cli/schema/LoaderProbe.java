package io.gigawatt.planner.cli.schema;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the JSON Schema of an input file by asking its loader, the one source of truth, what it accepts. Starting
 * from documents the loader accepts, it changes one thing at a time and reads the loader's located problems: a key
 * nobody reads is refused with the list of the keys its mapping knows (else the mapping's keys are names, as GPU
 * models are); a mapping where a value belongs is refused with what that value must be ("a number of MW from 0 to
 * 20,000"); a key left out is refused as missing when it is required; a number at a bound, or between two whole
 * numbers, tells where the range ends and whether fractions are taken; a word no list has, refused with the words of a
 * fixed list ("expected one of the words: ..."), tells the words an editor may offer.
 */
final class LoaderProbe {

    /** Loads a document's text the way the planner loads the file. */
    interface Loader {
        void load(String text) throws InputException;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String UNKNOWN_KEY = "notAKeyOfThisMapping";
    private static final String KNOWN_KEYS = "expected one of: ";
    private static final String FOUND_A_MAPPING = "found a mapping, expected ";
    private static final String NOT_A_WORD = "notAWordOfAnyList";
    private static final String WORDS = "expected one of the words: ";
    private static final Pattern RANGE = Pattern.compile("(.*) from (-?[0-9.,e]+) to (-?[0-9.,e]+)");
    private static final List<String> OUT_OF_RANGE = List.of("is negative", "is too small", "is implausibly large");

    private final Loader loader;
    /** Places (a.b[].c, with * for a key that is a name) of the keys the loader knows, written or not. */
    private final Set<String> written = new LinkedHashSet<>();
    private final Set<String> known = new LinkedHashSet<>();

    LoaderProbe(Loader loader) {
        this.loader = loader;
    }

    /**
     * The schema of what the loader accepts, as far as {@code document} shows it: every mapping, list and value it
     * writes is probed. Keys a mapping knows that no document probed so far writes are listed in {@link #unread()}.
     */
    ObjectNode schemaOf(JsonNode document) {
        List<Problem> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("a probe starts from a document the loader accepts, not: " + problems);
        }
        return schemaAt(document, List.of(), "");
    }

    /** The places (a.b[].c) of keys the loader knows that no document probed writes. */
    Set<String> unread() {
        Set<String> unread = new LinkedHashSet<>(known);
        unread.removeAll(written);
        return unread;
    }

    private ObjectNode schemaAt(JsonNode document, List<Object> at, String place) {
        JsonNode node = nodeAt(document, at);
        if (node.isObject()) {
            return objectSchema(document, at, place, node);
        }
        if (node.isArray()) {
            ObjectNode schema = NODES.objectNode().put("type", "array");
            if (refusesEmpty(document, at, NODES.arrayNode())) {
                schema.put("minItems", 1);
            }
            ObjectNode items = null;
            for (int i = 0; i < node.size(); i++) {
                items = Schemas.merge(items, schemaAt(document, with(at, i), place + "[]"));
            }
            if (items != null) {
                schema.set("items", items);
            }
            return schema;
        }
        return valueSchema(document, at);
    }

    private ObjectNode objectSchema(JsonNode document, List<Object> at, String place, JsonNode node) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        Optional<Problem> unknown = problemAt(changed(document, at, o -> ((ObjectNode) o).put(UNKNOWN_KEY, 1)),
                with(at, UNKNOWN_KEY), "unknown key");
        if (unknown.isEmpty()) {
            // a mapping whose keys are names (GPU models, dates): every value as the one schema they share
            ObjectNode values = null;
            for (String key : node.propertyNames()) {
                values = Schemas.merge(values, schemaAt(document, with(at, key), place + ".*"));
            }
            schema.set("additionalProperties", values == null ? NODES.objectNode() : values);
            if (refusesEmpty(document, at, NODES.objectNode())) {
                schema.put("minProperties", 1);
            }
            return schema;
        }
        String message = unknown.get().message();
        List<String> keys = Arrays.asList(message.substring(message.indexOf(KNOWN_KEYS) + KNOWN_KEYS.length())
                .split(", "));
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (String key : keys) {
            known.add(place.isEmpty() ? key : place + "." + key);
        }
        // in the document's order: the loader's own order of reading can change from run to run
        for (String key : node.propertyNames()) {
            String keyPlace = place.isEmpty() ? key : place + "." + key;
            written.add(keyPlace);
            properties.set(key, schemaAt(document, with(at, key), keyPlace));
            if (problemAt(changed(document, at, o -> ((ObjectNode) o).remove(key)), with(at, key), "missing")
                    .isPresent()) {
                required.add(key);
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private boolean refusesEmpty(JsonNode document, List<Object> at, JsonNode empty) {
        return problemAt(replaced(document, at, empty), at, "is empty").isPresent();
    }

    /** A value: text, a date, true or false, or a number whose range and wholeness the loader's answers tell. */
    private ObjectNode valueSchema(JsonNode document, List<Object> at) {
        // an item of a list of values is reported at the list by most readers, at itself by some (catalogue.files)
        List<Object> reportedAt = at.get(at.size() - 1) instanceof Integer ? at.subList(0, at.size() - 1) : at;
        JsonNode mapping = replaced(document, at, NODES.objectNode());
        Problem refused = problemAt(mapping, reportedAt, FOUND_A_MAPPING)
                .or(() -> problemAt(mapping, at, FOUND_A_MAPPING))
                .orElseThrow(() -> new IllegalStateException(Schemas.path(at) + " takes a mapping as well as a value"));
        String expected = refused.message().substring(refused.message().indexOf(FOUND_A_MAPPING)
                + FOUND_A_MAPPING.length());
        ObjectNode schema = NODES.objectNode();
        switch (expected.split(":")[0]) {
            case "text" -> {
                Optional<List<String>> words = words(document, at, reportedAt);
                if (words.isPresent()) {
                    ArrayNode choices = schema.put("type", "string").putArray("enum");
                    words.get().forEach(choices::add);
                    return schema.put("description", "one of the words: " + String.join(", ", words.get()));
                }
                // the loader reads a number written where text belongs as its digits
                schema.set("type", NODES.arrayNode().add("string").add("number"));
                if (refusesEmpty(document, at, NODES.stringNode(""))) {
                    schema.put("minLength", 1);
                }
            }
            case "a date as YYYY-MM-DD" -> schema.put("type", "string").put("format", "date");
            case "true or false" -> schema.put("type", "boolean");
            default -> {
                Matcher range = RANGE.matcher(expected);
                if (!range.matches()) {
                    throw new IllegalStateException(Schemas.path(at) + " expects what a probe cannot tell: " + expected);
                }
                double min = bound(document, at, number(range.group(2)), -1);
                double max = bound(document, at, number(range.group(3)), 1);
                boolean whole = min + 0.5 <= max && problemAt(replaced(document, at, NODES.numberNode(min + 0.5)), at,
                        "is not a whole number").isPresent();
                schema.put("type", whole ? "integer" : "number");
                // bounds as decimals: the validator compares a huge number (1e300) with a whole bound as a long, and fails
                schema.put("minimum", min).put("maximum", max);
            }
        }
        return schema.put("description", expected);
    }

    /** The words of the fixed list the loader takes at {@code at}, if it takes no other text there. */
    private Optional<List<String>> words(JsonNode document, List<Object> at, List<Object> reportedAt) {
        JsonNode other = replaced(document, at, NODES.stringNode(NOT_A_WORD));
        return problemAt(other, at, WORDS).or(() -> problemAt(other, reportedAt, WORDS)).map(problem -> List.of(
                problem.message().substring(problem.message().indexOf(WORDS) + WORDS.length()).split(", ")));
    }

    /**
     * The bound the loader keeps, from the one its message prints to three figures: the printed one if the loader
     * takes it and refuses the next number beyond, else found by halving the gap (0.99999 prints as 1).
     */
    private double bound(JsonNode document, List<Object> at, double printed, int direction) {
        boolean takesPrinted = takes(document, at, printed);
        if (takesPrinted && !takes(document, at, beyond(printed, direction))) {
            return printed;
        }
        double gap = direction * Math.max(1, Math.abs(printed));
        double inside = takesPrinted ? printed : printed - gap;
        double outside = takesPrinted ? printed + gap : printed;
        while (beyond(inside, direction) != outside) {
            double middle = inside + (outside - inside) / 2;
            if (middle == inside || middle == outside) {
                break;
            }
            if (takes(document, at, middle)) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        return inside;
    }

    private static double beyond(double value, int direction) {
        return direction > 0 ? Math.nextUp(value) : Math.nextDown(value);
    }

    private boolean takes(JsonNode document, List<Object> at, double value) {
        JsonNode changed = replaced(document, at, NODES.numberNode(value));
        return problems(changed).stream().noneMatch(p -> p.field().equals(Schemas.path(at))
                && OUT_OF_RANGE.stream().anyMatch(p.message()::contains));
    }

    private static double number(String printed) {
        return new BigDecimal(printed.replace(",", "")).doubleValue();
    }

    private Optional<Problem> problemAt(JsonNode document, List<Object> at, String saying) {
        String field = Schemas.path(at);
        return problems(document).stream()
                .filter(p -> p.field().equals(field) && p.message().contains(saying))
                .findFirst();
    }

    private List<Problem> problems(JsonNode document) {
        try {
            loader.load(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }

    private static JsonNode replaced(JsonNode document, List<Object> at, JsonNode value) {
        return changed(document, at.subList(0, at.size() - 1), parent -> {
            Object last = at.get(at.size() - 1);
            if (parent instanceof ObjectNode object) {
                object.set((String) last, value);
            } else {
                ((ArrayNode) parent).set((Integer) last, value);
            }
        });
    }

    /** A copy of {@code document} with {@code change} made to the node at {@code at}. */
    private static JsonNode changed(JsonNode document, List<Object> at, Consumer<JsonNode> change) {
        JsonNode copy = document.deepCopy();
        change.accept(nodeAt(copy, at));
        return copy;
    }

    private static JsonNode nodeAt(JsonNode document, List<Object> at) {
        JsonNode node = document;
        for (Object step : at) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node;
    }

    private static List<Object> with(List<Object> at, Object step) {
        List<Object> longer = new ArrayList<>(at);
        longer.add(step);
        return longer;
    }
}
