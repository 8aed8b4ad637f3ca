package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 18's done-when, in every report format, on the Texas example and on Colossus: for each phase the binding
 * utility limit and the margin to each other one, the flexible tranches' effect on its ready date, and the GPU-hours
 * curtailment costs it. Texas's Hall 2 is ready 548 days sooner with the 250 MW tranche taken flexible, and its
 * events cost GPU-hours; Colossus's 150 MW, which TVA connected flexible with no firm date, moves no ready date and
 * its turbines ride every event.
 */
class FlexibleTrancheReportTest {

    private static final String TEXAS = "../examples/texas.yaml";
    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String TVA_TERMS = "the 150 MW tranche, flexible from 2025-05-15, no firm date (44 h a year, "
            + "events up to 2 h, 0.5 h notice, called by TVA)";
    private static final String COLOSSUS_LIMITS = "a ramp of 0.333 MW/s over 1 min (binding): 11.5 kW/s, 96.6% to "
            + "spare; 20% of the swing's energy in 0.1-20 Hz: 0%, 100% to spare";
    private static final String TEXAS_LIMIT = "a range of 10 MW within 5 s in 0.1-55 Hz (binding): ";
    private static final String TERMS = "the 250 MW tranche, flexible from 2026-06-01, firm 2028-06-01 (44 h a year, "
            + "events up to 2 h, 24 h notice, called by ERCOT)";

    @Test
    void theTextReportStatesEachPhasesReadyDatesAndLostGpuHours() {
        CliRun run = CliRun.of("evaluate", TEXAS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
        assertThat(run.out())
                .contains("  flexible     2026-06-01 with the flexible tranches, 2026-06-01 with every tranche firm: "
                        + "no sooner\n")
                .contains("  flexible     2026-12-01 with the flexible tranches, 2028-06-01 with every tranche firm: "
                        + "548 days sooner\n")
                .contains("  curtailment  " + TERMS + "\n")
                .contains("  events       each event cuts 57.9 MW: generators 57.9 MW, batteries 0 MW, workload 0 MW")
                .contains("  lost         22 events of 2 h (44 h a year) x 0 GPUs stopped = 0 GPU-hours a year")
                .contains("  events       each event cuts 205 MW: generators 0 MW, batteries 55.9 MW, workload 15.5 MW "
                        + "(at most 6.35% of the load), dropped 133 MW\n")
                .containsPattern("  lost         22 events of 2 h \\(44 h a year\\) x [0-9,]+ GPUs stopped = [0-9,]+ "
                        + "GPU-hours a year, 0\\.3[0-9]*% of its GPU-hours, worth \\$[0-9.]+ M a year as idle GPUs\n")
                .contains("[grid: Curtailment costs GPU-hours above the policy]");
    }

    @Test
    void jsonCarriesTheFiguresAndTheirArithmetic() throws IOException {
        JsonNode phases = new ObjectMapper().readTree(CliRun.of("evaluate", TEXAS, "--format", "json").out())
                .get("phases");

        JsonNode hall2 = phases.get(1).get("flexible");
        assertThat(hall2.get("ready").asText()).isEqualTo("2026-12-01");
        assertThat(hall2.get("readyIfFirm").asText()).isEqualTo("2028-06-01");
        assertThat(hall2.get("daysSooner").asLong()).isEqualTo(548);
        JsonNode events = hall2.get("curtailment");
        assertThat(events.get("eventsPerYear").asDouble()).isEqualTo(22);
        assertThat(events.get("lostGpuHours").asDouble())
                .isEqualTo(events.get("gpusStopped").asLong() * events.get("hoursPerYear").asDouble());
        assertThat(events.get("arithmetic").asText()).startsWith("22 events of 2 h (44 h a year) x ");
        assertThat(events.get("curtailableShare").asDouble()).isEqualTo(0.0635);
        assertThat(hall2.get("lostValue").asDouble()).isPositive();
        assertThat(hall2.get("currency").asText()).isEqualTo("USD");
    }

    @Test
    void theMarkdownAndHtmlPagesHaveTheTable() {
        assertThat(CliRun.of("evaluate", TEXAS, "--format", "md").out()).contains("## Flexible grid tranches")
                .contains("| Hall 2 | 2026-12-01 with the flexible tranches, 2028-06-01 with every tranche firm: 548 days "
                        + "sooner | " + TERMS + " | each event cuts 205 MW");
        assertThat(CliRun.of("evaluate", TEXAS, "--format", "html").out()).contains("Flexible grid tranches")
                .contains("GPU-hours lost a year").contains("548 days sooner");
    }

    @Test
    void aGridWithoutFlexibleTranchesSaysNothingOfThem() {
        CliRun run = CliRun.of("evaluate", "../examples/two-halls.yaml", "--format", "md");

        assertThat(run.out()).doesNotContain("Flexible grid tranches", "curtailment");
    }

    @Test
    void colossussTextReportStatesEachPhasesLimitsReadyDatesAndLostGpuHours() {
        CliRun run = CliRun.of("evaluate", COLOSSUS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        String colossus1 = between(run.out(), "Phase 1: ", "Phase 2: ");
        String doubling = between(run.out(), "Phase 2: ", "Target: ");
        assertThat(colossus1).contains("  limits       " + COLOSSUS_LIMITS + "\n",
                "  flexible     2024-09-02 with the flexible tranches, 2024-09-02 with every tranche firm: no sooner\n",
                "  curtailment  " + TVA_TERMS + "\n",
                "  events       each event cuts 100 MW: generators 100 MW, batteries 0 MW, workload 0 MW",
                "  lost         22 events of 2 h (44 h a year) x 0 GPUs stopped = 0 GPU-hours a year, 0% of its "
                        + "GPU-hours\n",
                "curtailable with no firm date by TVA on 0.5 h notice");
        // the doubling waits for the second substation, firm: no flexible tranche is curtailable once it is ready
        assertThat(doubling).contains("  limits       " + COLOSSUS_LIMITS + "\n",
                "  flexible     2026-08-15 with the flexible tranches, 2026-08-15 with every tranche firm: no sooner\n",
                "  curtailment  none while it is the campus's latest phase: 0 GPU-hours lost\n");
    }

    @Test
    void colossussJsonCarriesTheLimitsTheReadyDatesAndTheCurtailment() throws IOException {
        JsonNode phases = new ObjectMapper().readTree(CliRun.of("evaluate", COLOSSUS, "--format", "json").out())
                .get("phases");

        for (JsonNode phase : phases) {
            JsonNode margins = phase.get("swing").get("margins");
            assertThat(margins).extracting(m -> m.get("limit").asText()).containsExactly(
                    "a ramp of 0.333 MW/s over 1 min", "20% of the swing's energy in 0.1-20 Hz");
            assertThat(margins).extracting(m -> m.get("binding").asBoolean()).containsExactly(true, false);
            assertThat(margins).extracting(m -> m.get("margin").asDouble()).containsExactly(0.9656, 1.0);
            assertThat(phase.get("flexible").get("daysSooner").asLong()).isZero();
        }
        JsonNode colossus1 = phases.get(0).get("flexible");
        assertThat(colossus1.get("readyIfFirm").asText()).isEqualTo("2024-09-02");
        assertThat(colossus1.get("curtailment").get("firmDate").isNull()).isTrue();
        assertThat(colossus1.get("curtailment").get("noticeHours").asDouble()).isEqualTo(0.5);
        assertThat(colossus1.get("curtailment").get("lostGpuHours").asDouble()).isZero();
        assertThat(phases.get(1).get("flexible").get("curtailment").isNull()).isTrue();
    }

    @Test
    void theMarkdownAndHtmlPagesOfBothExamplesGiveTheMarginToEveryLimit() {
        String colossusMd = CliRun.of("evaluate", COLOSSUS, "--format", "md").out();
        assertThat(colossusMd).contains("| margin to each limit, the binding one first |",
                "| " + COLOSSUS_LIMITS + " |", "## Flexible grid tranches",
                "| Colossus 1 | 2024-09-02 with the flexible tranches, 2024-09-02 with every tranche firm: no sooner | "
                        + TVA_TERMS + " | each event cuts 100 MW",
                "| Doubling | 2026-08-15 with the flexible tranches, 2026-08-15 with every tranche firm: no sooner | "
                        + "none while it is the campus's latest phase: 0 GPU-hours lost | - | 0 |");
        Document colossusHtml = Jsoup.parse(CliRun.of("evaluate", COLOSSUS, "--format", "html").out());
        assertThat(colossusHtml.select("#data-limits tbody tr").eachText()).containsExactly(
                "Colossus 1 a ramp of 0.333 MW/s over 1 min, 20% of the swing's energy in 0.1-20 Hz (preset "
                        + "SOUTHERN-COMPANY) " + COLOSSUS_LIMITS,
                "Doubling a ramp of 0.333 MW/s over 1 min, 20% of the swing's energy in 0.1-20 Hz (preset "
                        + "SOUTHERN-COMPANY) " + COLOSSUS_LIMITS);
        assertThat(colossusHtml.text()).contains("Flexible grid tranches", TVA_TERMS);

        assertThat(CliRun.of("evaluate", TEXAS, "--format", "md").out()).contains("| " + TEXAS_LIMIT + "880 kW, 91.2% "
                + "to spare |", "| " + TEXAS_LIMIT + "2.68 MW, 73.2% to spare |");
        assertThat(Jsoup.parse(CliRun.of("evaluate", TEXAS, "--format", "html").out())
                .select("#data-limits tbody tr").eachText()).hasSize(2).allMatch(row -> row.contains(TEXAS_LIMIT));
    }

    /** The part of a report from the line that starts with {@code from} to the one that starts with {@code to}. */
    private static String between(String report, String from, String to) {
        int start = report.indexOf("\n" + from);
        return report.substring(start, report.indexOf("\n" + to, start));
    }
}
