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
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML with Jackson's streaming parser into {@link Node}s that remember their line and column.
 * Jackson's tree model forgets locations, and a planner needs them to find a mistake.
 */
public final class YamlFiles {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlFiles() {
    }

    public static Node read(Path file) throws InputException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InputException(new Problem(new Location(name, 1, 1), "", "no such file"));
        } catch (java.nio.charset.MalformedInputException e) {
            throw new InputException(new Problem(new Location(name, 1, 1), "", "not UTF-8 text, expected a YAML file"));
        } catch (IOException e) {
            throw new InputException(new Problem(new Location(name, 1, 1), "", "cannot be read: " + e.getMessage()));
        }
        return read(name, text);
    }

    public static Node read(String name, String text) throws InputException {
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
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new ScalarNode(location, parser.getText(), ScalarType.NUMBER);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ScalarNode(location, parser.getText(), ScalarType.BOOLEAN);
            }
            default -> {
                return new ScalarNode(location, parser.getText(), ScalarType.TEXT);
            }
        }
    }

    private static Location at(String name, JsonLocation location) {
        return new Location(name, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }
}
