package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The flexible tranches in every report format, on the Texas example: Hall 2 is ready 548 days sooner with the
 * 250 MW tranche taken flexible, and its curtailment events cost GPU-hours, worked out in the report's own numbers.
 */
class FlexibleTrancheReportTest {

    private static final String TEXAS = "../examples/texas.yaml";
    private static final String TERMS = "the 250 MW tranche, flexible from 2026-06-01, firm 2028-06-01 (44 h a year, "
            + "events up to 2 h, 24 h notice, called by ERCOT)";

    @Test
    void theTextReportStatesEachPhasesReadyDatesAndLostGpuHours() {
        CliRun run = CliRun.of("evaluate", TEXAS);

        assertThat(run.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
        assertThat(run.out())
                .contains("  flexible     2026-06-01 with the flexible tranches, 2026-06-01 with every tranche firm\n")
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
        CliRun run = CliRun.of("evaluate", "../examples/colossus.yaml", "--format", "md");

        assertThat(run.out()).doesNotContain("Flexible grid tranches", "curtailment");
    }
}
