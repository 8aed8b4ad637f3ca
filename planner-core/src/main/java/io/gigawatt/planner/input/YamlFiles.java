package io.gigawatt.planner.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.ListNode;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import io.gigawatt.planner.units.Quantities;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML with Jackson's streaming parser into {@link Node}s that remember their line and column.
 * Jackson's tree model forgets locations, and a planner needs them to find a mistake.
 */
public final class YamlFiles {

    // SnakeYAML's own limit on a document (3 MB by default) is raised to ours: a file within it is read whole
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .loaderOptions(loaderOptions())
            .build();

    private YamlFiles() {
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(InputLimits.FILE_BYTES);
        return options;
    }

    public static Node read(Path file) throws InputException {
        return read(TextFiles.shown(file), TextFiles.read(file, "a YAML file"));
    }

    public static Node read(String name, String text) throws InputException {
        refuseLongLines(name, text);
        try (Reader reader = new StringReader(text); YAMLParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(new Problem(new Location(name, 1, 1), "", "the file is empty, expected a YAML mapping"));
            }
            Node root = readValue(parser, name, "");
            if (parser.nextToken() != null) {
                throw new InputException(new Problem(at(name, parser.currentTokenLocation()), "",
                        "a second YAML document, expected one document per file"));
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new InputException(new Problem(syntaxErrorLocation(name, e), "",
                    "not valid YAML: " + syntaxProblem(e.getOriginalMessage()) + ", expected "
                            + expectation(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(name, 1, 1), "", "cannot be read: " + e.getMessage()));
        }
    }

    /** A line past {@link InputLimits#LINE_CHARS} is refused before the parser, whose time it would square. */
    private static void refuseLongLines(String name, String text) throws InputException {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > InputLimits.LINE_CHARS) {
                    throw new InputException(new Problem(new Location(name, line, InputLimits.LINE_CHARS + 1), "",
                            "a line of " + Quantities.count(i - start) + " characters, expected lines of at most "
                                    + Quantities.count(InputLimits.LINE_CHARS) + " (and values of at most "
                                    + Quantities.count(InputLimits.VALUE_CHARS) + ")"));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** A value (or key) past {@link InputLimits#VALUE_CHARS}: a file pasted into a name, or a generated one gone wrong. */
    private static void refuseLongValue(String text, Location location, String path) throws InputException {
        if (text != null && text.length() > InputLimits.VALUE_CHARS) {
            throw new InputException(new Problem(location, path, "a value of " + Quantities.count(text.length())
                    + " characters, expected at most " + Quantities.count(InputLimits.VALUE_CHARS)));
        }
    }

    private static final Pattern PROBLEM_MARK = Pattern.compile("line (\\d+), column (\\d+)");

    /** SnakeYAML's message ends with the problem's own mark, which is more precise than the context Jackson reports. */
    private static Location syntaxErrorLocation(String name, JsonProcessingException e) {
        Matcher mark = PROBLEM_MARK.matcher(e.getOriginalMessage());
        Location location = e.getLocation() == null ? new Location(name, 1, 1) : at(name, e.getLocation());
        while (mark.find()) {
            location = new Location(name, Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2)));
        }
        return location;
    }

    /** The sentence of SnakeYAML's message that names the problem, without its context and code excerpt. */
    private static String syntaxProblem(String message) {
        return message.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("while ") && !line.startsWith("in 'reader'")
                        && !line.equals("^"))
                .findFirst()
                .orElse(message.lines().findFirst().orElse("invalid YAML").strip())
                .replace("\\t(TAB)", "tab");
    }

    /** SnakeYAML says what it found; a planner also needs to hear what to write instead. */
    private static String expectation(String message) {
        if (message.contains("mapping values are not allowed")) {
            return "each key on its own line, indented like its siblings (check the spaces on this line and the one above)";
        }
        if (message.contains("could not find expected ':'")) {
            return "'key: value' (a colon and a space after the key)";
        }
        if (message.contains("(TAB)")) {
            return "spaces for indentation, not tabs";
        }
        if (message.contains("expected <block end>")) {
            return "the same indentation for every key of one mapping";
        }
        return "well-formed YAML (indent with spaces, 'key: value', '- ' before list items)";
    }

    private static Node readValue(JsonParser parser, String name, String path) throws IOException, InputException {
        Location location = at(name, parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    Location keyLocation = at(name, parser.currentTokenLocation());
                    refuseLongValue(key, keyLocation, path);
                    parser.nextToken();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    Node value = readValue(parser, name, keyPath);
                    if (entries.containsKey(key)) {
                        throw new InputException(new Problem(keyLocation, keyPath,
                                "written twice (first at line " + entries.get(key).keyLocation().line()
                                        + "), expected each key once"));
                    }
                    entries.put(key, new Entry(key, keyLocation, value));
                }
                return new MapNode(location, entries);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, name, path + "[" + items.size() + "]"));
                }
                return new ListNode(location, items);
            }
            case VALUE_NULL -> {
                return new ScalarNode(location, null, ScalarType.NULL);
            }
            default -> {
                String text = parser.getText();
                refuseLongValue(text, location, path);
                return new ScalarNode(location, text, switch (token) {
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ScalarType.NUMBER;
                    case VALUE_TRUE, VALUE_FALSE -> ScalarType.BOOLEAN;
                    default -> ScalarType.TEXT;
                });
            }
        }
    }

    private static Location at(String name, JsonLocation location) {
        return new Location(name, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
