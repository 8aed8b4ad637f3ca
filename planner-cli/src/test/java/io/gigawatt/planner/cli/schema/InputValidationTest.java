package io.gigawatt.planner.cli.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The published schemas agree with the loaders on real files: every example and documented input names its schema on
 * its first line (so editors complete and check it, offline) and meets it; every golden broken input the loader
 * refuses, its schema refuses too, unless its problem is one no schema can see (listed, with the reason).
 */
class InputValidationTest {

    private static final Pattern SCHEMA_LINE = Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Path BROKEN = Path.of("src/test/resources");

    private static final String NOT_YAML = "not YAML an editor reads: its parser refuses the file before any schema";
    private static final String NOTHING = "an empty file: there is no document to check";
    private static final String TWICE = "a key written twice: YAML itself forbids it, and editors say so; read as JSON, "
            + "a mapping has each key once";
    private static final String SPECIAL_NUMBERS = "YAML's .nan and .inf: JSON has no such numbers for a schema to "
            + "bound (and the YAML reader here refuses them)";
    private static final String BETWEEN_FIELDS = "a rule between fields or entries (dates in order, names unique, a "
            + "currency for a price, a workload for a utility, an ambient the generators run in), which the loader checks and a schema of each field "
            + "does not";
    private static final String NAMES = "a name the loader checks against the catalogue, the utility library or the "
            + "scenario's own names, which a scenario extends: the schema takes any text there";
    private static final String FILES = "a file the scenario names (a catalogue file missing or broken): a schema "
            + "checks the scenario's text, not the files it points at";

    /** The golden broken inputs whose problems a schema cannot express, and why. */
    private static final Map<String, String> BEYOND_A_SCHEMA = Map.ofEntries(
            Map.entry("broken-scenarios/yaml-syntax.yaml", NOT_YAML),
            Map.entry("broken-scenarios/tab-indent.yaml", NOT_YAML),
            Map.entry("broken-sites/yaml-syntax.yaml", NOT_YAML),
            Map.entry("broken-scenarios/empty.yaml", NOTHING),
            Map.entry("broken-scenarios/duplicate-key.yaml", TWICE),
            Map.entry("broken-scenarios/not-a-number.yaml", SPECIAL_NUMBERS),
            Map.entry("broken-sites/not-a-number.yaml", SPECIAL_NUMBERS),
            Map.entry("broken-scenarios/dates-out-of-order.yaml", BETWEEN_FIELDS),
            Map.entry("broken-scenarios/price-missing-currency.yaml", BETWEEN_FIELDS),
            Map.entry("broken-scenarios/swing-utility-without-workload.yaml", BETWEEN_FIELDS),
            Map.entry("broken-sites/duplicate-name.yaml", BETWEEN_FIELDS),
            Map.entry("broken-sites/tranches-out-of-order.yaml", BETWEEN_FIELDS),
            Map.entry("broken-scenarios/unknown-generator-model.yaml", NAMES),
            Map.entry("broken-scenarios/unknown-gpu-model.yaml", NAMES),
            Map.entry("broken-scenarios/price-unknown-model.yaml", NAMES),
            Map.entry("broken-scenarios/too-hot-for-generators.yaml", BETWEEN_FIELDS),
            Map.entry("broken-scenarios/catalogue-file-missing.yaml", FILES),
            Map.entry("broken-scenarios/catalogue-file-broken.yaml", FILES));

    static Stream<Path> documentedInputs() throws IOException {
        return Stream.of(Path.of("../examples"), Path.of("../docs")).flatMap(InputValidationTest::yamlFiles)
                // a rule test file is the rules' input, not the planner's: it has no schema
                .filter(file -> !file.getFileName().toString().endsWith(".test.yaml"));
    }

    /** The schema of each folder of golden broken inputs (catalogue-files: those with an .expected beside them). */
    private static final Map<String, String> SCHEMA_OF_FOLDER = Map.of("broken-scenarios", InputSchemas.SCENARIO,
            "broken-sites", InputSchemas.SITES, "catalogue-files", InputSchemas.CATALOGUE);

    static Stream<Path> brokenInputs() {
        return SCHEMA_OF_FOLDER.keySet().stream().sorted().map(BROKEN::resolve).flatMap(InputValidationTest::yamlFiles)
                .filter(file -> Files.exists(file.resolveSibling(file.getFileName().toString()
                        .replace(".yaml", ".expected"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documentedInputs")
    void everyDocumentedInputNamesItsSchemaAndMeetsIt(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher line = SCHEMA_LINE.matcher(text.lines().findFirst().orElse(""));
        assertThat(line.matches()).as("the first line of " + file + " names its schema").isTrue();
        Path schema = file.getParent().resolve(line.group(1)).normalize();
        assertThat(schema.getParent()).isEqualTo(InputSchemas.FOLDER.normalize());
        assertThat(schema).exists();

        assertThat(SchemaCheck.problems(schema.getFileName().toString(), YAML.readTree(text))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenInputs")
    void whatTheLoaderRefusesTheSchemaRefuses(Path file) throws IOException {
        String name = BROKEN.relativize(file).toString();
        String schema = SCHEMA_OF_FOLDER.get(BROKEN.relativize(file).getName(0).toString());
        String reason = BEYOND_A_SCHEMA.get(name);
        List<String> problems = problems(schema, Files.readString(file, StandardCharsets.UTF_8));

        if (reason == null) {
            assertThat(problems).as(name + " is refused by " + schema).isNotEmpty();
        } else {
            // kept honest: a file the schema comes to refuse leaves the list
            assertThat(problems).as(name + " is listed as beyond a schema: " + reason).isEmpty();
        }
    }

    @Test
    void aScenariosCatalogueSectionNamesCatalogueFilesWhichACatalogueFileCannot() throws IOException {
        JsonNode campus = YAML.readTree(Files.readString(BROKEN.resolve("catalogue-files/campus.yaml"),
                StandardCharsets.UTF_8));

        assertThat(campus.get("catalogue").has("files")).isTrue();
        assertThat(SchemaCheck.problems(InputSchemas.SCENARIO, campus)).isEmpty();
        assertThat(SchemaCheck.problems(InputSchemas.CATALOGUE, campus.get("catalogue")))
                .singleElement(STRING).contains("files");
    }

    /** The schema's problems with the text, or none when an editor could not read it as YAML at all. */
    private static List<String> problems(String schema, String text) {
        JsonNode document;
        try {
            document = YAML.readTree(text);
        } catch (RuntimeException e) {
            return List.of();
        }
        return document == null || document.isMissingNode() ? List.of() : SchemaCheck.problems(schema, document);
    }

    private static Stream<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
