package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline in the reports of {@code planner evaluate}, its Monte Carlo options, and {@code planner compare}. */
class TimelineCommandTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliRun run) throws IOException {
        return JSON.readTree(run.out());
    }

    @Test
    void colossusJsonGivesEachPhaseItsEarliestDateAndWhatHoldsIt() throws IOException {
        JsonNode timeline = json(CliRun.of("evaluate", COLOSSUS, "--format", "json")).get("timeline");

        JsonNode one = timeline.get("phases").get(0);
        assertThat(one.get("name").asText()).isEqualTo("Colossus 1");
        assertThat(one.get("ready").asText()).isEqualTo("2024-09-02");
        assertThat(one.get("heldBy").get(0).get("constraint").asText()).isEqualTo("GPU deliveries");

        JsonNode doubling = timeline.get("phases").get(1);
        assertThat(doubling.get("gpusArrive").asText()).isEqualTo("2024-12-01");
        assertThat(doubling.get("ready").asText()).isEqualTo("2026-08-15");
        assertThat(doubling.get("lateDays").asLong()).isEqualTo(622);
        assertThat(doubling.get("heldBy").get(0).get("what").asText()).startsWith("the 300 MW grid tranche");
        assertThat(doubling.get("alternatives")).extracting(a -> a.get("ready").asText() + " with " + a.get("more").asInt())
                .containsExactly("2024-12-01 with 12", "2025-05-15 with 5");
        assertThat(doubling.get("risk").get("draws").asInt()).isEqualTo(2000);

        JsonNode target = timeline.get("targets").get(0);
        assertThat(target.get("closes").asText()).isEqualTo("2028-06-01");
        assertThat(target.get("budgetMw").asDouble()).isEqualTo(1200.0);
        assertThat(target.get("risk").get("p50").asText()).startsWith("2029-");
        assertThat(target.get("risk").get("p90").asText()).startsWith("2029-");
        assertThat(target.get("road")).isNotEmpty();
        assertThat(timeline.get("risk").get("tornado").get(0).get("input").asText()).isEqualTo("Third TVA tranche slip (days)");
        assertThat(timeline.get("markets")).anySatisfy(m -> {
            assertThat(m.get("model").asText()).isEqualTo("rental-chiller-480");
            assertThat(m.get("share").asDouble()).isEqualTo(0.2472);
        });
        assertThat(timeline.get("leadTimes")).anySatisfy(c -> {
            assertThat(c.get("model").asText()).isEqualTo("megapack-2xl-4h");
            assertThat(c.get("arrives").asText()).isEqualTo("2024-12-29");
        });
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() throws IOException {
        JsonNode first = json(CliRun.of("evaluate", COLOSSUS, "--format", "json", "--draws", "300")).get("timeline");
        JsonNode again = json(CliRun.of("evaluate", COLOSSUS, "--format", "json", "--draws", "300")).get("timeline");
        JsonNode other = json(CliRun.of("evaluate", COLOSSUS, "--format", "json", "--draws", "300", "--seed", "7"))
                .get("timeline");

        assertThat(again).isEqualTo(first);
        assertThat(first.get("risk").get("draws").asInt()).isEqualTo(300);
        assertThat(other.get("risk").get("seed").asLong()).isEqualTo(7);
        assertThat(other.get("targets").get(0).get("risk")).isNotEqualTo(first.get("targets").get(0).get("risk"));
    }

    @Test
    void noDrawsLeavesTheMonteCarloOutAsInASweep() throws IOException {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--draws", "0");

        assertThat(run.err()).isEmpty();
        assertThat(json(run).get("timeline").get("risk").isNull()).isTrue();
        assertThat(json(CliRun.of("evaluate", COLOSSUS, "--format", "json")).get("timeline").get("risk").isObject())
                .isTrue();
    }

    @Test
    void negativeDrawsIsBadUsage() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--draws", "-1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --draws -1 is negative, expected 0 (no Monte Carlo) or more draws"
                + System.lineSeparator());
    }

    @Test
    void theTextReportShowsReadyDatesTheRoadAndTheTornado() {
        CliRun run = CliRun.of("evaluate", COLOSSUS);

        assertThat(run.out())
                .contains("  ready        2026-08-15, 622 days after its GPUs; held by the 300 MW grid tranche")
                .contains("sooner with 5 more smt-130 than the air permit allows (19 instead of 14): 2025-05-15")
                .contains("Road to 1.2 GW campus: 1.2 GW by 2027-06-30; closes 2028-06-01, 337 days after its date")
                .contains("  2028-06-01  1.24 GW    +300 MW Third TVA tranche (grid)")
                .contains("Risk: 2,000 draws, seed 20240902; what moves 1.2 GW campus's date most");
    }

    @Test
    void theMarkdownReportHasTheTimelineTables() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "md");

        assertThat(run.out()).contains("## Timeline", "### Road to 1.2 GW campus", "### What moves 1.2 GW campus's date most")
                .contains("| Doubling | 2024-12-01 | 2024-12-01 | 2026-08-15 (+622 days) | the 300 MW grid tranche");
    }

    @Test
    void aScenarioWithoutATimelineHasNone(@TempDir Path dir) throws IOException {
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Path scenario = dir.resolve("no-timeline.yaml");
        Files.writeString(scenario, text.substring(0, text.indexOf("\n# What it costs")) + "\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", scenario.toString(), "--format", "json", "--draws", "10");

        assertThat(json(run).get("timeline").isNull()).isTrue();
        assertThat(json(run).get("findings")).noneSatisfy(f -> assertThat(f.get("rule").asText())
                .isEqualTo("Earliest date of a phase"));
    }

    @Test
    void compareSaysWhatASlippedSubstationChanges(@TempDir Path dir) throws IOException {
        Path late = dir.resolve("late-substation.yaml");
        Files.writeString(late, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("- date: 2026-08-15", "- date: 2026-11-15"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("compare", COLOSSUS, late.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("  grid tranche 4, level and date: 300 MW from 2026-08-15 -> 300 MW from 2026-11-15")
                .contains("  Doubling, ready: 2026-08-15 -> 2026-11-15 (+92 days)")
                .contains("~ WARNING  Doubling's GPUs are installed on 2024-12-01 but wait 714 days")
                .doesNotContain("Colossus 1, ready");
    }

    @Test
    void compareListsEquipmentAndFindingsThatCameAndWent(@TempDir Path dir) throws IOException {
        Path bigger = dir.resolve("bigger-permit.yaml");
        Files.writeString(bigger, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("permitCapUnits: 15 ", "permitCapUnits: 26 ").replace("permitCapMw: 247", "permitCapMw: 430"),
                StandardCharsets.UTF_8);

        JsonNode comparison = JSON.readTree(CliRun.of("compare", COLOSSUS, bigger.toString(), "--format", "json").out());

        assertThat(comparison.get("changes")).anySatisfy(c -> {
            assertThat(c.get("subject").asText()).isEqualTo("generators");
            assertThat(c.get("what").asText()).isEqualTo("air permit (units)");
            assertThat(c.get("a").asText()).isEqualTo("15");
            assertThat(c.get("b").asText()).isEqualTo("26");
        });
        assertThat(comparison.get("changes")).anySatisfy(c -> {
            assertThat(c.get("subject").asText()).isEqualTo("Doubling");
            assertThat(c.get("what").asText()).isEqualTo("ready");
            assertThat(c.get("b").asText()).isEqualTo("2024-12-01 (-622 days)");
        });
        assertThat(comparison.get("findings")).anySatisfy(f -> {
            assertThat(f.get("change").asText()).isEqualTo("removed");
            assertThat(f.get("rule").asText()).isEqualTo("Generator fleet above the air-permit unit cap");
        });
        assertThat(comparison.get("changes")).anySatisfy(c -> {
            assertThat(c.get("subject").asText() + " " + c.get("what").asText()).isEqualTo("Doubling verdict");
            assertThat(c.get("a").asText() + " -> " + c.get("b").asText()).isEqualTo("INFEASIBLE -> FEASIBLE");
        });
    }

    @Test
    void compareWritesAPageWithEveryChangeAndFindingOfTheJson(@TempDir Path dir) throws IOException {
        Path late = dir.resolve("late-substation.yaml");
        Files.writeString(late, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("- date: 2026-08-15", "- date: 2026-11-15"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("compare", COLOSSUS, late.toString(), "--format", "html");
        JsonNode comparison = JSON.readTree(CliRun.of("compare", COLOSSUS, late.toString(), "--format", "json").out());

        assertThat(run.exitCode()).isZero();
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(run.out());
        assertThat(page.title()).isEqualTo("Colossus, Memphis vs Colossus, Memphis");
        assertThat(page.select("h2").eachText()).containsExactly("Changes", "Costs", "Findings");
        assertThat(page.select("table").get(1).select("tbody tr")).hasSize(comparison.get("changes").size());
        assertThat(page.select("table").get(2).select("tbody tr")).hasSize(comparison.get("costs").size());
        assertThat(page.select("table").get(3).select("tbody tr")).hasSize(comparison.get("findings").size());
        assertThat(page.text()).contains("300 MW from 2026-08-15 300 MW from 2026-11-15");
    }

    @Test
    void aScenarioComparedWithItselfHasNoDifferences() {
        CliRun run = CliRun.of("compare", COLOSSUS, COLOSSUS);

        assertThat(run.out()).endsWith("No differences." + System.lineSeparator());
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void compareRefusesABrokenScenarioWithItsLine() {
        CliRun run = CliRun.of("compare", COLOSSUS, "src/test/resources/broken-scenarios/timeline-risk-and-supply.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("src/test/resources/broken-scenarios/timeline-risk-and-supply.yaml:32:13:");
        assertThat(run.out()).isEmpty();
    }
}
