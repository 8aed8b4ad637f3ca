package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";

    @Test
    void countsAreWholeNumbersInTheJson() throws IOException {
        String json = CliRun.of("evaluate", COLOSSUS, "--format", "json").out();

        JsonNode units = new ObjectMapper().readTree(json).get("findings").findValues("numbers").stream()
                .filter(n -> n.has("permitCapUnits")).findFirst().orElseThrow();
        assertThat(units.get("units").isIntegralNumber()).as(units.toString()).isTrue();
        assertThat(units.get("units").asInt()).isEqualTo(26);
        // figures keep their fractions; a whole one is written without ".0"
        assertThat(json).contains("\"facilityMw\" : 177.353").contains("\"waitDays\" : 622,")
                .doesNotContainPattern("\"[A-Za-z]+\" : -?[0-9]+\\.0[,\n]");
    }

    @Test
    void colossusJsonTellsTheReferenceStory() throws IOException {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("scenario").asText()).isEqualTo("Colossus, Memphis");

        JsonNode one = report.get("phases").get(0);
        assertThat(one.get("name").asText()).isEqualTo("Colossus 1");
        assertThat(one.get("date").asText()).isEqualTo("2024-09-02");
        assertThat(one.get("gpus").get("H100").asLong()).isEqualTo(100_000);
        // 100,000 x 1.275 kW x 1.07 overhead = 136.4 MW IT; x PUE 1.3 = 177.4 MW at the facility.
        assertThat(one.get("itMw").asDouble()).isCloseTo(136.425, within(0.001));
        assertThat(one.get("facilityMw").asDouble()).isBetween(130.0, 200.0).isCloseTo(177.353, within(0.001));
        assertThat(one.get("gridMw").asDouble()).isEqualTo(50.0);
        assertThat(one.get("gridShare").asDouble()).isBetween(0.10, 0.30).isCloseTo(50 / 177.353, within(0.0001));

        JsonNode generators = one.get("generators");
        double gap = one.get("facilityMw").asDouble() - one.get("gridMw").asDouble();
        assertThat(generators.get("model").asText()).isEqualTo("smt-130");
        assertThat(generators.get("units").asInt()).isEqualTo(12);
        assertThat(generators.get("mw").asDouble()).isEqualTo(198.0);
        assertThat(generators.get("availableMw").asDouble()).isGreaterThanOrEqualTo(gap);
        assertThat(one.get("cooling").get("requiredTons").asDouble()).isGreaterThan(0);
        assertThat(one.get("cooling").get("units").asInt()).isEqualTo(89);
        // sized by the swing simulation: the fewest that hold the utility's limits and ride through a trip
        assertThat(one.get("batteries").get("units").asInt()).isEqualTo(37);
        assertThat(one.get("batteries").get("sizedBy").asText()).isEqualTo("simulated trip of the largest generator");

        JsonNode two = report.get("phases").get(1);
        assertThat(two.get("gpus").get("H200").asLong()).isEqualTo(50_000);
        assertThat(two.get("verdict").asText()).isEqualTo("INFEASIBLE");

        JsonNode target = report.get("targets").get(0);
        assertThat(target.get("facilityMw").asDouble()).isEqualTo(1200.0);
        assertThat(target.get("gpus").asLong()).isEqualTo(1_000_000);
        assertThat(target.get("impliedKwPerGpu").asDouble()).isEqualTo(1.2);
        assertThat(target.get("reachable").asBoolean()).isFalse();

        assertThat(report.get("verdict").asText()).isEqualTo("INFEASIBLE");
        assertThat(report.get("findings")).isNotEmpty();
        report.get("findings").forEach(f -> {
            assertThat(f.get("rule").asText()).isNotBlank();
            assertThat(f.get("family").asText()).isNotBlank();
            assertThat(f.get("severity").asText()).isIn("ERROR", "WARNING", "INFO");
        });
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void textReportGivesAVerdictPerPhaseAndWritesNothing() throws IOException {
        Path examples = Path.of("../examples");
        var before = listing(examples);

        CliRun run = CliRun.of("evaluate", COLOSSUS);

        assertThat(run.out())
                .startsWith("Colossus, Memphis: INFEASIBLE (3 errors, 14 warnings, 18 notes)")
                .contains("Phase 1: Colossus 1, 2024-09-02: feasible")
                .contains("Phase 2: Doubling, 2024-12-01: infeasible")
                .contains("grid         50 MW firm, 28.2% of facility power")
                .contains("Target: 1.2 GW campus, 2027-06-30: unreachable");
        assertThat(run.err()).isEmpty();
        assertThat(listing(examples)).isEqualTo(before);
    }

    @Test
    void markdownReportHasTheSameFigures() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "md");

        assertThat(run.out())
                .startsWith("# Colossus, Memphis: INFEASIBLE")
                .contains("| Colossus 1 | 2024-09-02 | 100,000 (H100 100,000) | 136 MW | 177 MW | 50 MW | 28.2% |")
                .contains("| ERROR | Doubling | Doubling needs 26 x smt-130 but the air permit allows 15 units: 11 over the cap.");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void outWritesOneWholeReportAndSaysWhere(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--out", out.toString());

        Path report = out.resolve("colossus.json");
        assertThat(listing(out)).containsExactly(report);
        assertThat(run.out()).isEqualTo("Colossus, Memphis: INFEASIBLE (3 errors, 14 warnings, 18 notes); report written to "
                + report + System.lineSeparator());
        assertThat(Files.readString(report)).isEqualTo(CliRun.of("evaluate", COLOSSUS, "--format", "json").out());
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void aReportNeverOverwritesTheScenario(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("plan.json");
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Files.writeString(scenario, text, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", scenario.toString(), "--format", "json", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("refusing to overwrite");
        assertThat(Files.readString(scenario, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(listing(dir)).containsExactly(scenario);
    }

    @Test
    void aFeasibleScenarioExitsWithZero(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("permitCapUnits: 15", "permitCapUnits: 40")
                .replace("permitCapMw: 247", "permitCapMw: 700")
                .replace("facilityMw: 1200", "facilityMw: 1700");
        Path scenario = dir.resolve("relaxed.yaml");
        Files.writeString(scenario, text, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", scenario.toString());

        assertThat(run.out()).startsWith("Colossus, Memphis: FEASIBLE (0 errors, 12 warnings, 18 notes)");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
    }

    @Test
    void aPolicyFileChangesAThresholdAndTheFindingWithIt(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("strict.yaml");
        Files.writeString(policy, "thresholds:\n  minimumGridShare: 0.30\n", StandardCharsets.UTF_8);

        CliRun defaults = CliRun.of("evaluate", COLOSSUS, "--format", "json");
        CliRun strict = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--policy", policy.toString());

        // Colossus 1 gets 28.2% of its power from the grid: fine at the default 20%, short of a 30% policy.
        assertThat(gridWarningsAbout("Colossus 1", defaults)).isEmpty();
        assertThat(gridWarningsAbout("Colossus 1", strict)).singleElement().satisfies(f -> {
            assertThat(f.get("message").asText()).startsWith("The grid covers only 28.2% of Colossus 1")
                    .contains("below the 30% minimum");
            assertThat(f.get("numbers").get("minimumGridShare").asDouble()).isEqualTo(0.30);
        });
    }

    @Test
    void aBrokenPolicyFileIsBadInputWithItsLine(@TempDir Path dir) throws IOException {
        Path policy = dir.resolve("typo.yaml");
        Files.writeString(policy, "thresholds:\n  minimumGridShar: 0.30\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--policy", policy.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(policy + ":2:3: thresholds.minimumGridShar: unknown key, did you mean 'minimumGridShare'?");
        assertThat(run.out()).isEmpty();
    }

    private static java.util.List<JsonNode> gridWarningsAbout(String phase, CliRun run) throws IOException {
        java.util.List<JsonNode> found = new java.util.ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
            if (f.get("rule").asText().equals("Grid share below the policy minimum") && phase.equals(f.get("phase").asText())) {
                found.add(f);
            }
        });
        return found;
    }

    @Test
    void aMissingScenarioIsBadInput() {
        CliRun run = CliRun.of("evaluate", "no/such/scenario.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("no/such/scenario.yaml:1:1: no such file" + System.lineSeparator());
    }

    @Test
    void badUsageIsExplainedWithoutAStackTrace() {
        CliRun unknownOption = CliRun.of("evaluate", COLOSSUS, "--colour");
        CliRun badFormat = CliRun.of("evaluate", COLOSSUS, "--format", "pdf");
        CliRun noScenario = CliRun.of("evaluate");

        assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(unknownOption.err()).contains("Unknown option: '--colour'").contains("Try 'planner evaluate --help'");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(badFormat.err()).contains("text, json, md");
        assertThat(noScenario.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(noScenario.err()).contains("SCENARIO");
        Stream.of(unknownOption, badFormat, noScenario).forEach(r -> assertThat(r.err()).doesNotContain("\tat "));
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("evaluate", "3   infeasible", "4   rule files do not compile");
    }

    private static java.util.List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
