package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The swing section of the reports, and {@code --trace-out}, on the Colossus example. */
class SwingReportTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";

    @Test
    void colossusJsonStatesTheSwingOfEachPhaseAndTheBatteriesThatHoldIt() throws IOException {
        JsonNode report = new ObjectMapper().readTree(CliRun.of("evaluate", COLOSSUS, "--format", "json").out());

        JsonNode one = report.get("phases").get(0).get("swing");
        // 100,000 H100 swinging together: tens of MW, as Meta reported for Llama 3 (https://arxiv.org/abs/2407.21783).
        assertThat(one.get("peakToTroughMw").asDouble()).isBetween(40.0, 80.0);
        assertThat(one.get("maxRampMwPerSecond").asDouble()).isGreaterThan(100);
        assertThat(one.get("bandShareBefore").asDouble()).isGreaterThan(0.9);
        assertThat(one.get("bandShareAfter").asDouble()).isLessThan(0.2);
        assertThat(one.get("stepMs").asInt()).isEqualTo(100);
        assertThat(one.get("windowMinutes").asDouble()).isEqualTo(60);
        assertThat(one.get("utility").get("preset").asText()).isEqualTo("SOUTHERN-COMPANY");
        assertThat(one.get("utility").get("rampMwPerSecond").asDouble()).isCloseTo(1 / 3.0, within(1e-4));
        assertThat(one.get("utility").get("bandMaxShare").asDouble()).isEqualTo(0.2);
        assertThat(one.get("gridMaxRampMwPerSecond").asDouble()).isLessThanOrEqualTo(1 / 3.0);
        JsonNode batteries = one.get("batteries");
        assertThat(batteries.get("model").asText()).isEqualTo("megapack-2xl-4h");
        assertThat(batteries.get("units").asInt()).isBetween(20, 80)
                .isEqualTo(Math.max(batteries.get("unitsForLimits").asInt(), batteries.get("unitsForTrip").asInt()));
        assertThat(batteries.get("mw").asDouble()).isCloseTo(batteries.get("units").asInt() * 0.98, within(1e-3));
        assertThat(batteries.get("inUse").asInt()).isEqualTo(batteries.get("units").asInt());
        assertThat(batteries.get("plannedUnits").isNull()).isTrue();

        JsonNode doubling = report.get("phases").get(1).get("swing");
        assertThat(doubling.get("peakToTroughMw").asDouble() / one.get("peakToTroughMw").asDouble())
                .isCloseTo(2, within(0.1));
        assertThat(doubling.get("batteries").get("plannedUnits").asInt()).isEqualTo(156);
        assertThat(doubling.get("batteries").get("inUse").asInt()).isEqualTo(156);
        assertThat(doubling.get("batteries").get("units").asInt()).isLessThanOrEqualTo(156);
    }

    @Test
    void theTextReportHasASwingSectionPerPhase() {
        String out = CliRun.of("evaluate", COLOSSUS).out();

        assertThat(out).contains("  swing        ", "peak to trough, ramps up to ", " of the swing's energy in 0.1-20 Hz (1 h at 100 ms)")
                .contains("  utility      a ramp of 0.333 MW/s over 1 min, 20% of the swing's energy in 0.1-20 Hz (preset SOUTHERN-COMPANY)")
                .contains("  grid draw    with ")
                .contains("  swing store  ")
                .contains("[storage: Power swing of a phase]", "[storage: Swing held within the limits by batteries]");
    }

    @Test
    void theMarkdownReportHasAPowerSwingsTable() {
        assertThat(CliRun.of("evaluate", COLOSSUS, "--format", "md").out())
                .contains("## Power swings", "| Colossus 1 | ", "| Doubling | ");
    }

    @Test
    void aPhaseSharingAnotherPhasesSimulationSaysWhoseInEveryFormat(@TempDir Path dir) throws IOException {
        // three phases 0.5% apart on one grid tranche: the first two take the third's simulation
        Path close = dir.resolve("close-phases.yaml");
        Files.writeString(close, """
                name: Three close phases
                site:
                  name: Test site
                  designAmbientC: 35
                facility:
                  pue: 1.25
                grid:
                  tranches:
                    - date: 2025-01-01
                      firmMw: 20
                build:
                  start: 2025-01-01
                  milestones:
                    - {name: Hall A, date: 2025-04-01, add: {H100: 10000}}
                    - {name: Hall A+, date: 2025-04-15, add: {H100: 50}}
                    - {name: Hall A++, date: 2025-05-01, add: {H100: 50}}
                equipment:
                  generators: {model: smt-130}
                  batteries: {model: megapack-2xl-4h}
                  cooling: {model: rental-chiller-480}
                workload:
                  windowMinutes: 5
                  jobs:
                    - {name: pretraining, share: 0.9, iterationSeconds: 4, computeDuty: 0.6}
                utility:
                  preset: SOUTHERN-COMPANY
                  bandMaxShare: 0.2
                """, StandardCharsets.UTF_8);

        JsonNode phases = new ObjectMapper().readTree(CliRun.of("evaluate", close.toString(), "--format", "json").out())
                .get("phases");

        JsonNode first = phases.get(0).get("swing");
        assertThat(first.get("assessedAt").get("phase").asText()).isEqualTo("Hall A++");
        assertThat(first.get("assessedAt").get("itMw").asDouble()).isEqualTo(phases.get(2).get("itMw").asDouble());
        assertThat(first.get("assessedAt").get("above").asDouble()).isEqualTo(0.01);
        assertThat(first.get("batteries")).isEqualTo(phases.get(2).get("swing").get("batteries"));
        assertThat(first.get("batteries").get("units").asInt()).isPositive();
        assertThat(phases.get(1).get("swing").get("assessedAt").get("above").asDouble()).isEqualTo(0.005);
        assertThat(phases.get(2).get("swing").has("assessedAt")).isFalse();
        assertThat(CliRun.of("evaluate", close.toString()).out())
                .contains(" (5 min at 100 ms); swing assessed at Hall A++'s load, +1%\n")
                .contains(" (5 min at 100 ms); swing assessed at Hall A++'s load, +0.5%\n");
        assertThat(CliRun.of("evaluate", close.toString(), "--format", "md").out())
                .contains("| Hall A | ", "(5 min at 100 ms); swing assessed at Hall A++'s load, +1% | ")
                .contains("(5 min at 100 ms); swing assessed at Hall A++'s load, +0.5% | ");
        assertThat(Jsoup.parse(CliRun.of("evaluate", close.toString(), "--format", "html").out()).text())
                .contains("swing assessed at Hall A++'s load, +1%", "swing assessed at Hall A++'s load, +0.5%");
        // the traces are those of the run the figures come from, under each phase's name
        Path traces = dir.resolve("traces.csv");
        CliRun.of("evaluate", close.toString(), "--trace-out", traces.toString());
        List<String> rows = Files.readAllLines(traces, StandardCharsets.UTF_8);
        assertThat(rows.stream().filter(r -> r.startsWith("Hall A,")).map(r -> r.substring("Hall A,".length())))
                .isNotEmpty().containsExactlyElementsOf(rows.stream().filter(r -> r.startsWith("Hall A++,"))
                        .map(r -> r.substring("Hall A++,".length())).toList());
    }

    @Test
    void everyPhaseStatesTheMarginToEachUtilityLimitAndNamesTheBindingOne(@TempDir Path dir) throws IOException {
        Path lipa = dir.resolve("colossus-lipa.yaml");
        Files.writeString(lipa, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("preset: SOUTHERN-COMPANY", "preset: LIPA"), StandardCharsets.UTF_8);

        JsonNode report = new ObjectMapper().readTree(CliRun.of("evaluate", lipa.toString(), "--format", "json").out());

        for (JsonNode phase : report.get("phases")) {
            JsonNode margins = phase.get("swing").get("margins");
            // LIPA's two band-filtered ranges, then the scenario's own band share
            assertThat(margins).extracting(m -> m.get("limit").asText()).containsExactly(
                    "a range of 10 MW over any span in 0.1-5 Hz", "a range of 3.5 MW over any span in 5-55 Hz",
                    "20% of the swing's energy in 0.1-20 Hz");
            assertThat(margins.get(0).get("source").asText()).contains("https://stakeholdercenter.caiso.com/");
            assertThat(margins.get(0).get("date").asText()).isEqualTo("2026-06-15");
            // 100 ms steps see up to 5 Hz: the 5-55 Hz limit is not judged, and cannot bind
            assertThat(margins.get(1).get("measured").isNull()).isTrue();
            assertThat(margins.get(1).get("binding").asBoolean()).isFalse();
            assertThat(margins).filteredOn(m -> m.get("binding").asBoolean()).hasSize(1);
        }
        String text = CliRun.of("evaluate", lipa.toString()).out();
        assertThat(text).contains("  limits       ", " (binding): ",
                "a range of 3.5 MW over any span in 5-55 Hz: not judged at 100 ms steps (they see up to 5 Hz)");
        // the page's table gives the margin to every limit too, not the binding one alone
        assertThat(CliRun.of("evaluate", lipa.toString(), "--format", "md").out())
                .contains("| margin to each limit, the binding one first |")
                .contains("a range of 3.5 MW over any span in 5-55 Hz: not judged at 100 ms steps");
    }

    @Test
    void withoutBatteriesAStorageFindingBecomesAnError(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("no-batteries.yaml");
        Files.writeString(scenario, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("battery: true", "battery: false"), StandardCharsets.UTF_8);

        CliRun with = CliRun.of("evaluate", COLOSSUS, "--format", "json");
        CliRun without = CliRun.of("evaluate", scenario.toString(), "--format", "json");

        assertThat(storageErrors(with, "Colossus 1")).isEmpty();
        assertThat(storageErrors(without, "Colossus 1"))
                .contains("Swing energy in the utility's critical band", "Generators cannot follow the training swing");
        assertThat(without.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void traceOutWritesEveryPhasesTracesAsCsv(@TempDir Path dir) throws IOException {
        Path traces = dir.resolve("plots/colossus-traces.csv");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "json", "--trace-out", traces.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(run.err()).isEmpty();
        // one header line and rows, nothing else: pandas.read_csv(path) and any CSV reader take it as it is
        List<String> rows = Files.readAllLines(traces, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("phase,t_s,load_before_mw,load_mw,grid_mw,generators_mw,battery_mw,battery_soc");
        // One hour at 100 ms for each of the two phases.
        assertThat(rows).hasSize(1 + 2 * 36_000);
        assertThat(rows.get(1)).startsWith("Colossus 1,0.000,");
        assertThat(rows.get(36_001)).startsWith("Doubling,0.000,");
        for (String row : List.of(rows.get(1), rows.get(20_000), rows.get(72_000))) {
            String[] cells = row.split(",");
            double load = Double.parseDouble(cells[3]);
            double supplied = Double.parseDouble(cells[4]) + Double.parseDouble(cells[5]) + Double.parseDouble(cells[6]);
            assertThat(supplied).as(row).isCloseTo(load, within(5e-4));
        }
        assertThat(Files.list(traces.getParent())).hasSize(1);
    }

    @Test
    void traceOutNeedsAWorkload(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("no-workload.yaml");
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Files.writeString(scenario, text.substring(0, text.indexOf("# Power swings of synchronous training")),
                StandardCharsets.UTF_8);
        Path traces = dir.resolve("traces.csv");

        CliRun run = CliRun.of("evaluate", scenario.toString(), "--trace-out", traces.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("has no workload: section, expected one with the jobs to simulate");
        assertThat(run.out()).isEmpty();
        assertThat(traces).doesNotExist();
    }

    private static List<String> storageErrors(CliRun run, String phase) throws IOException {
        List<String> rules = new java.util.ArrayList<>();
        new ObjectMapper().readTree(run.out()).get("findings").forEach(f -> {
            if (f.get("family").asText().equals("storage") && f.get("severity").asText().equals("ERROR")
                    && phase.equals(f.get("phase").asText())) {
                rules.add(f.get("rule").asText());
            }
        });
        return rules;
    }
}
