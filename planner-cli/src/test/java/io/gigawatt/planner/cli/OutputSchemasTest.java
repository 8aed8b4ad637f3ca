package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.report.FindingNumbers;
import io.gigawatt.planner.cli.schema.SchemaCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every JSON output the examples give, through the real command line, meets its schema in {@code schemas/}: the
 * report of every example and documented scenario, a comparison, a sweep and a sites report. The findings' numbers
 * are labelled from one table (finding-numbers.tsv), which the report schema's descriptions follow and which has
 * every number the rules give on the examples.
 */
class OutputSchemasTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REPORT = "evaluate-report.schema.json";
    /** Each JSON output, by what made it, with the schema it must meet. */
    private static final Map<String, JsonNode> OUTPUTS = new LinkedHashMap<>();
    private static final Map<String, String> SCHEMAS = new LinkedHashMap<>();

    @BeforeAll
    static void runTheExamples() throws IOException {
        for (Path scenario : scenarios()) {
            output(REPORT, "evaluate", scenario.toString(), "--format", "json");
        }
        output("compare-report.schema.json", "compare", "../examples/colossus.yaml", "../examples/two-halls.yaml",
                "--format", "json");
        output("sweep-report.schema.json", "sweep", "../examples/colossus.yaml",
                "--vary", "equipment.generators.permitCapUnits=15..16", "--format", "json");
        output("sites-report.schema.json", "sites", "../examples/colossus-plan.yaml", "../examples/colossus-sites.yaml",
                "--format", "json");
    }

    @Test
    void everyJsonOutputOfTheExamplesMeetsItsSchema() {
        OUTPUTS.forEach((run, json) -> assertThat(SchemaCheck.problems(SCHEMAS.get(run), json)).as(run).isEmpty());
    }

    @Test
    void theReportSchemaDescribesEachNumberAsTheTableLabelsIt() throws IOException {
        JsonNode numbers = JSON.readTree(Path.of("../schemas", REPORT).toFile())
                .at("/properties/findings/items/properties/numbers");

        assertThat(numbers).isEqualTo(numbersSchema());
    }

    @Test
    void everyNumberTheRulesGiveOnTheExamplesHasALabelAndAUnit() {
        Set<String> given = new TreeSet<>();
        OUTPUTS.values().forEach(json -> json.findValues("numbers").forEach(n -> given.addAll(n.propertyNames())));
        Set<String> labelled = new TreeSet<>();
        FindingNumbers.all().forEach(entry -> labelled.add(entry.name()));

        assertThat(given).isNotEmpty();
        assertThat(labelled).containsAll(given);
    }

    /** The schema of a finding's numbers as the table gives them; a planner's own rule may add numbers of its own. */
    static ObjectNode numbersSchema() {
        ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "object")
                .put("description", "The figures the finding's sentence is made of, by name.");
        ObjectNode properties = schema.putObject("properties");
        FindingNumbers.all().forEach(entry -> properties.putObject(entry.name()).put("type", "number")
                .put("description", entry.label() + ", " + meaning(entry.unit())));
        schema.putObject("additionalProperties").put("type", "number")
                .put("description", "a number of a planner's own rule");
        return schema;
    }

    /** What a number in a unit holds, in JSON. */
    private static String meaning(Unit unit) {
        return switch (unit) {
            case MW -> "in MW";
            case MWH -> "in MWh";
            case GWH -> "in GWh";
            case MW_PER_SECOND -> "in MW per second";
            case KW -> "in kW";
            case PERCENT -> "a fraction from 0 to 1 (a percentage in the other formats)";
            case TONS -> "in tons of refrigeration";
            case SQ_FT -> "in square feet";
            case ACRES -> "in acres";
            case PER_DAY -> "a daily flow, in the unit its label names";
            case COUNT, PEOPLE -> "a count";
            case DAYS -> "in days";
            case NUMBER -> "a number, in the unit its label names if any";
            case MONEY -> "an amount of money, in the report's currency";
        };
    }

    private static void output(String schema, String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isIn(0, 3);
        String name = String.join(" ", args);
        OUTPUTS.put(name, JSON.readTree(run.out()));
        SCHEMAS.put(name, schema);
    }

    /** The example and documented scenarios: the files whose first line names the scenario schema. */
    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../examples")),
                Files.list(Path.of("../docs/planners/examples/grid-share")))) {
            return files.filter(f -> f.toString().endsWith(".yaml") && firstLine(f).endsWith("/scenario.schema.json"))
                    .sorted().toList();
        }
    }

    private static String firstLine(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
