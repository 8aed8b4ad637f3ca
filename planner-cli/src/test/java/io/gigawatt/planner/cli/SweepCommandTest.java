package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner sweep}: every variant is what {@code evaluate} says of a file with its values written in. */
class SweepCommandTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Colossus with values changed the way a planner edits the file: text replaced on its own line. */
    private static Path variantFile(Path dir, String name, Map<String, String> lineEdits) throws IOException {
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> edit : lineEdits.entrySet()) {
            assertThat(text).contains(edit.getKey());
            text = text.replace(edit.getKey(), edit.getValue());
        }
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A report as JSON, without the one field that names the file it came from. */
    private static JsonNode withoutFile(String json) throws IOException {
        ObjectNode report = (ObjectNode) JSON.readTree(json);
        report.remove("file");
        return report;
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void eachVariantIsWhatEvaluateSaysOfThatVariantsFile(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        Path table = dir.resolve("tables/colossus-sweep.csv");

        CliRun sweep = CliRun.of("sweep", COLOSSUS, "--vary", "equipment.generators.permitCapUnits=15,26",
                "--vary", "grid.tranches[1].firmMw=50,120", "--reports", reports.toString(), "--out",
                dir.resolve("tables").toString());

        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        assertThat(sweep.out()).startsWith("Colossus, Memphis: 4 variants in ").contains("; table written to " + table);
        List<String[]> rows = csv(table);
        assertThat(rows).hasSize(5);
        List<String> header = List.of(rows.get(0));
        String[][] values = {{"15", "50"}, {"15", "120"}, {"26", "50"}, {"26", "120"}};
        for (int v = 0; v < 4; v++) {
            Path file = variantFile(dir, "variant-" + (v + 1) + ".yaml", Map.of(
                    "    permitCapUnits: 15 ", "    permitCapUnits: " + values[v][0] + " ",
                    "      firmMw: 50\n", "      firmMw: " + values[v][1] + "\n"));
            CliRun evaluate = CliRun.of("evaluate", file.toString(), "--format", "json");
            JsonNode expected = withoutFile(evaluate.out());

            Path report = reports.resolve(String.format(Locale.ROOT, "variant-%06d.json", v + 1));
            assertThat(withoutFile(Files.readString(report)))
                    .as("variant %d", v + 1).isEqualTo(expected);
            String[] row = rows.get(v + 1);
            assertThat(row[0]).isEqualTo(Integer.toString(v + 1));
            assertThat(row[1]).isEqualTo(values[v][0]);
            assertThat(row[2]).isEqualTo(values[v][1]);
            assertThat(row[header.indexOf("verdict")]).isEqualTo(expected.get("verdict").asText());
            assertThat(row[header.indexOf("phase2.verdict")]).isEqualTo(expected.get("phases").get(1).get("verdict").asText());
            assertThat(row[header.indexOf("phase2.generators")])
                    .isEqualTo(expected.get("phases").get(1).get("generators").get("units").asText());
            assertThat(row[header.indexOf("phase2.ready")])
                    .isEqualTo(expected.get("timeline").get("phases").get(1).get("ready").asText());
            assertThat(row[header.indexOf("target1.closesP90")])
                    .isEqualTo(expected.get("timeline").get("targets").get(0).get("risk").get("p90").asText());
            assertThat(evaluate.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        }
    }

    @Test
    void costColumnsAreEvaluatesCostsOfEachVariantWithPricesVaried(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("colossus-sweep.json");

        CliRun sweep = CliRun.of("sweep", COLOSSUS, "--vary", "economics.gasPerMmbtu=3,6",
                "--vary", "catalogue.generators.smt-130.rentPerMonth=825000,1650000", "--draws", "20", "--seed", "7",
                "--format", "json", "--out", dir.toString());

        assertThat(sweep.exitCode()).as(sweep.err()).isZero();
        JsonNode rows = JSON.readTree(table.toFile()).get("rows");
        assertThat(rows).hasSize(4);
        for (int v = 0; v < 4; v++) {
            // the spread written as one price, and a price override of a model the scenario's catalogue does not name
            Path file = variantFile(dir, "variant-" + (v + 1) + ".yaml", Map.of(
                    "gasPerMmbtu: {low: 2.7, likely: 4.0, high: 5.5}", "gasPerMmbtu: " + (v < 2 ? 3 : 6),
                    "    value: rental ", "    value: rental\ncatalogue:\n  generators:\n    smt-130:\n"
                            + "      rentPerMonth: " + (v % 2 == 0 ? 825000 : 1650000) + "\n#"));
            JsonNode expected = JSON.readTree(CliRun.of("evaluate", file.toString(), "--format", "json", "--draws", "20",
                    "--seed", "7").out()).get("economics");
            JsonNode cost = rows.get(v).get("cost");
            assertThat(cost.get("currency").asText()).isEqualTo("USD");
            assertThat(cost.get("supply").decimalValue()).as("variant %d", v + 1)
                    .isEqualByComparingTo(expected.get("present").decimalValue());
            assertThat(cost.get("waiting").decimalValue()).isEqualByComparingTo(expected.get("waitingPresent").decimalValue());
            assertThat(cost.get("total").decimalValue())
                    .isEqualByComparingTo(expected.get("presentWithWaiting").decimalValue());
            assertThat(cost.get("totalP50").decimalValue()).isEqualByComparingTo(expected.get("risk").get("p50").decimalValue());
            assertThat(cost.get("totalP90").decimalValue()).isEqualByComparingTo(expected.get("risk").get("p90").decimalValue());
            assertThat(cost.get("perMwh").decimalValue()).isEqualByComparingTo(expected.get("perMwh").decimalValue());
            assertThat(cost.get("perGpuHour").decimalValue()).isEqualByComparingTo(expected.get("perGpuHour").decimalValue());
        }
        // dearer gas and dearer turbines each cost more; neither changes what the waiting GPUs cost
        BigDecimal[] supply = new BigDecimal[4];
        for (int v = 0; v < 4; v++) {
            supply[v] = rows.get(v).get("cost").get("supply").decimalValue();
            assertThat(rows.get(v).get("cost").get("waiting")).isEqualTo(rows.get(0).get("cost").get("waiting"));
        }
        assertThat(supply[2]).isGreaterThan(supply[0]);
        assertThat(supply[1]).isGreaterThan(supply[0]);
        assertThat(supply[3]).isGreaterThan(supply[2]);
    }

    @Test
    void theCsvTableHasTheSameColumnsWithOrWithoutTheMonteCarlo(@TempDir Path dir) throws IOException {
        Path none = dir.resolve("none/colossus-sweep.csv");
        Path some = dir.resolve("some/colossus-sweep.csv");

        CliRun without = CliRun.of("sweep", COLOSSUS, "--vary", "economics.grid.energyPerMwh=50,80", "--draws", "0",
                "--out", none.getParent().toString());
        CliRun with = CliRun.of("sweep", COLOSSUS, "--vary", "economics.grid.energyPerMwh=50", "--draws", "20",
                "--out", some.getParent().toString());

        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(with.exitCode()).as(with.err()).isZero();
        List<String[]> rows = csv(none);
        List<String> header = List.of(rows.get(0));
        assertThat(header.subList(header.indexOf("notes") + 1, header.indexOf("phase1.verdict"))).containsExactly(
                "cost.currency", "cost.supply", "cost.waiting", "cost.total", "cost.totalP50", "cost.totalP90",
                "cost.perMwh", "cost.perGpuHour", "cost.unpriced");
        assertThat(rows.get(1)[header.indexOf("cost.currency")]).isEqualTo("USD");
        assertThat(new BigDecimal(rows.get(1)[header.indexOf("cost.total")])).isEqualByComparingTo(
                new BigDecimal(rows.get(1)[header.indexOf("cost.supply")])
                        .add(new BigDecimal(rows.get(1)[header.indexOf("cost.waiting")])));
        // the grid's energy dearer: the campus's supply costs more per MWh
        assertThat(new BigDecimal(rows.get(2)[header.indexOf("cost.perMwh")]))
                .isGreaterThan(new BigDecimal(rows.get(1)[header.indexOf("cost.perMwh")]));
        // --draws 0 leaves the percentiles empty, never out: a script reads both tables alike
        assertThat(List.of(csv(some).get(0))).isEqualTo(header);
        for (String empty : List.of("cost.totalP50", "cost.totalP90", "phase1.readyP50", "target1.closesP90")) {
            assertThat(rows.get(1)[header.indexOf(empty)]).as(empty).isEmpty();
            assertThat(csv(some).get(1)[header.indexOf(empty)]).as(empty).isNotEmpty();
        }
    }

    @Test
    void drawsZeroLeavesTheMonteCarloOutAndDrawsNAreEvaluatesDraws(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        CliRun none = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.25", "--draws", "0",
                "--reports", reports.toString(), "--out", dir.resolve("none").toString());
        assertThat(none.exitCode()).as(none.err()).isZero();
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Path withoutRisk = dir.resolve("without-risk.yaml");
        // the timeline's risk block only: the sections after it (economics) stay as the sweep reads them
        Files.writeString(withoutRisk, text.replaceFirst("(?m)^  risk:.*\n(?:    .*\n)*", "")
                .replace("  pue: 1.3   ", "  pue: 1.25  "), StandardCharsets.UTF_8);
        JsonNode expected = withoutFile(CliRun.of("evaluate", withoutRisk.toString(), "--format", "json").out());
        assertThat(expected.get("timeline").get("risk").isNull()).isTrue();
        assertThat(withoutFile(Files.readString(reports.resolve("variant-000001.json")))).isEqualTo(expected);
        List<String[]> noneRows = csv(dir.resolve("none/colossus-sweep.csv"));
        assertThat(noneRows.get(1)[List.of(noneRows.get(0)).indexOf("phase2.readyP50")]).isEmpty();

        Path few = dir.resolve("few");
        CliRun some = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.25", "--draws", "50", "--seed", "7",
                "--reports", few.toString(), "--out", dir.resolve("some").toString());
        assertThat(some.exitCode()).as(some.err()).isZero();
        Path variant = variantFile(dir, "pue.yaml", Map.of("  pue: 1.3   ", "  pue: 1.25  "));
        assertThat(withoutFile(Files.readString(few.resolve("variant-000001.json")))).isEqualTo(
                withoutFile(CliRun.of("evaluate", variant.toString(), "--format", "json", "--draws", "50", "--seed", "7").out()));
    }

    @Test
    void rowsComeInVariantOrderAndTheSummarySaysWhichInputFlipsAVerdict(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("colossus-sweep.json");

        CliRun run = CliRun.of("sweep", COLOSSUS, "--vary", "equipment.generators.permitCapMw=1000",
                "--vary", "equipment.generators.permitCapUnits=24..28", "--vary", "facility.overheadShare=0.04,0.05",
                "--draws", "0", "--format", "json", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = JSON.readTree(table.toFile());
        assertThat(document.get("complete").asBoolean()).isTrue();
        assertThat(document.get("variants").asInt()).isEqualTo(10);
        assertThat(document.get("base").get("verdict").asText()).isEqualTo("INFEASIBLE");
        JsonNode rows = document.get("rows");
        assertThat(rows).hasSize(10);
        for (int i = 0; i < 10; i++) {
            JsonNode inputs = rows.get(i).get("inputs");
            assertThat(rows.get(i).get("variant").asInt()).isEqualTo(i + 1);
            assertThat(inputs.get("equipment.generators.permitCapMw").asInt()).isEqualTo(1000);
            assertThat(inputs.get("equipment.generators.permitCapUnits").asInt()).isEqualTo(24 + i / 2);
            assertThat(inputs.get("facility.overheadShare").asDouble()).isEqualTo(i % 2 == 0 ? 0.04 : 0.05);
        }
        // the doubling needs 25 turbines with 4% overhead, 26 with 5%: the permit's unit cap decides its verdict
        JsonNode units = document.get("summary").get("inputs").get(1);
        assertThat(units.get("key").asText()).isEqualTo("equipment.generators.permitCapUnits");
        assertThat(units.get("lines").asInt()).isEqualTo(2);
        JsonNode doubling = units.get("flips").get(0);
        assertThat(doubling.get("subject").asText()).isEqualTo("Doubling");
        assertThat(doubling.get("linesThatFlip").asInt()).isEqualTo(2);
        assertThat(doubling.get("flipPoints")).extracting(p -> p.get("from").asText() + "->" + p.get("to").asText())
                .containsExactlyInAnyOrder("24->25", "25->26");
        assertThat(doubling.get("flipPoints").get(0).get("rulesCleared").get(0).asText())
                .isEqualTo("Generator fleet above the air-permit unit cap");
        JsonNode overhead = document.get("summary").get("inputs").get(2).get("flips").get(0);
        assertThat(overhead.get("linesThatFlip").asInt()).isEqualTo(1);
        assertThat(overhead.get("flipPoints").get(0).get("fromVerdict").asText()).isEqualTo("FEASIBLE");
        assertThat(run.out()).contains("Inputs that flip a verdict").contains("equipment.generators.permitCapUnits (5 values)")
                .contains("Doubling: flips on 2 of 2 lines")
                .contains("0.04 FEASIBLE -> 0.05 INFEASIBLE (1 line); raises \"Generator fleet above the air-permit unit cap\"")
                .contains("Inputs that flip none: equipment.generators.permitCapMw");
    }

    @Test
    void manyThreadsGiveTheTableOneThreadGives(@TempDir Path dir) throws IOException {
        String[] sweep = {"sweep", COLOSSUS, "--vary", "equipment.generators.permitCapUnits=14..33",
                "--vary", "grid.tranches[1].firmMw=20..200:count=10", "--draws", "20", "--out"};
        List<String> written = new ArrayList<>();
        for (String threads : List.of("1", "3")) {
            Path tables = dir.resolve("threads-" + threads);
            List<String> args = new ArrayList<>(List.of(sweep));
            args.addAll(List.of(tables.toString(), "--threads", threads));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isZero();
            written.add(Files.readString(tables.resolve("colossus-sweep.csv")));
        }
        assertThat(written.get(0).lines()).hasSize(201);
        assertThat(written.get(1)).isEqualTo(written.get(0));
    }

    @Test
    void aValueOutOfRangeMakesAnInvalidRowAndTheSweepGoesOn(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("colossus-sweep.csv");

        CliRun run = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=0.5,1.3", "--draws", "0",
                "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(table);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1,0.5,INVALID,,,,").endsWith(",\"../examples/colossus.yaml:14:8: facility.pue:"
                + " 0.5 is too small, expected a PUE from 1 to 3\"");
        assertThat(lines.get(2)).startsWith("2,1.3,INFEASIBLE,3,");
        assertThat(run.out()).contains("FEASIBLE 0   INFEASIBLE 1   INVALID 1   FAILED 0");
    }

    @Test
    void variantsCanBeWrittenOutInACsvFile(@TempDir Path dir) throws IOException {
        Path variants = dir.resolve("variants.csv");
        Files.writeString(variants, """
                # permit options under discussion
                equipment.generators.permitCapUnits,equipment.generators.model,build.milestones[1].date
                15,smt-130,2024-12-01
                30, "smt-130" ,2025-03-01
                """);
        Path table = dir.resolve("colossus-sweep.csv");

        CliRun run = CliRun.of("sweep", COLOSSUS, "--variants", variants.toString(), "--vary", "facility.pue=1.2,1.4",
                "--draws", "0", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(csv(table)).hasSize(5).extracting(r -> String.join(",", List.of(r).subList(0, 5)))
                .containsExactly("variant,equipment.generators.permitCapUnits,equipment.generators.model,"
                                + "build.milestones[1].date,facility.pue",
                        "1,15,smt-130,2024-12-01,1.2", "2,15,smt-130,2024-12-01,1.4",
                        "3,30,smt-130,2025-03-01,1.2", "4,30,smt-130,2025-03-01,1.4");
    }

    @Test
    void aKeyTheScenarioCannotTakeIsReportedWhereItWouldGo() {
        CliRun misspelt = CliRun.of("sweep", COLOSSUS, "--vary", "equipment.generators.permitCapUnit=15..40:count=26");
        assertThat(misspelt.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(misspelt.err()).startsWith("planner: a varied key the scenario cannot take:\n"
                + "../examples/colossus.yaml:61:5: equipment.generators.permitCapUnit: unknown key, did you mean"
                + " 'permitCapUnits'?")
                .contains("    model: smt-130");
        assertThat(misspelt.out()).isEmpty();

        CliRun section = CliRun.of("sweep", COLOSSUS, "--vary", "equipment.generator.permitCapUnits=15");
        assertThat(section.err()).contains("../examples/colossus.yaml:60:3: equipment.generator: unknown key, did you"
                + " mean 'generators'?");

        CliRun item = CliRun.of("sweep", COLOSSUS, "--vary", "grid.tranches[9].firmMw=1..2");
        assertThat(item.err()).contains("../examples/colossus.yaml:19:5: grid.tranches[9]: there is no item [9]: the"
                + " list has 4 items, counted from [0]");

        CliRun unknownModel = CliRun.of("sweep", COLOSSUS, "--vary", "catalogue.generators.smt-13.rentPerMonth=1");
        assertThat(unknownModel.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(unknownModel.err()).startsWith("planner: a varied key the scenario cannot take:\n"
                + "../examples/colossus.yaml:5:1: catalogue.generators.smt-13: prices for unknown model 'smt-13', did"
                + " you mean 'smt-130'?");

        CliRun notOneValue = CliRun.of("sweep", COLOSSUS, "--vary", "grid=5");
        assertThat(notOneValue.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(notOneValue.err()).startsWith("planner: a varied key the scenario cannot take:\n"
                + "../examples/colossus.yaml:18:3: grid: found the number 5, expected a mapping of keys to values\n");

        CliRun intoValue = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue.low=1..2");
        assertThat(intoValue.err()).contains("../examples/colossus.yaml:14:8: facility.pue: found the number 1.3,"
                + " expected a mapping with the key 'low'");

        CliRun decimals = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.1..1.5");
        assertThat(decimals.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(decimals.err()).isEqualTo("planner: --vary facility.pue: '1.1..1.5': say how far apart the values"
                + " between two decimal numbers are, as in 1.1..1.5:step=0.1 or 1.1..1.5:count=5\n");

        // FROM..TO:N read as a step by some and as a count by others: refused, with both spellings
        CliRun bare = CliRun.of("sweep", COLOSSUS, "--vary", "equipment.generators.permitCapMw=150..400:25");
        assertThat(bare.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(bare.err()).isEqualTo("planner: --vary equipment.generators.permitCapMw: '150..400:25': ':25' could"
                + " be a number of values or a step, expected 150..400:count=25 (25 values) or 150..400:step=25 (every"
                + " 25)\n");

        CliRun nothing = CliRun.of("sweep", COLOSSUS);
        assertThat(nothing.err()).startsWith("planner: nothing to vary");
    }

    @Test
    void aBrokenScenarioOrRuleFilesStopTheSweepBeforeItStarts(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "name: x\nsite: {}\n");
        CliRun scenario = CliRun.of("sweep", broken.toString(), "--vary", "facility.pue=1.2");
        assertThat(scenario.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(scenario.err()).contains("site.name: missing");

        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("broken.drl"), "rule \"Broken\" when then");
        CliRun ruleFiles = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.2", "--rules", rules.toString());
        assertThat(ruleFiles.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
    }

    @Test
    void aSweepInterruptedLeavesTheRowsDoneEachWhole(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("colossus-sweep.csv");
        CliRun[] result = new CliRun[1];
        Thread sweep = new Thread(() -> result[0] = CliRun.of("sweep", COLOSSUS, "--vary",
                "equipment.generators.permitCapUnits=1..100", "--vary", "facility.pue=1.1..1.5:count=50", "--draws", "0",
                "--threads", "2", "--out", dir.toString()));
        sweep.start();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (sweep.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(table) || Files.readAllLines(table).size() < 30)) {
            Thread.sleep(20);
        }
        sweep.interrupt();
        sweep.join();

        assertThat(result[0].exitCode()).as(result[0].err()).isEqualTo(SweepCommand.INTERRUPTED);
        List<String> lines = Files.readAllLines(table);
        assertThat(Files.readString(table)).endsWith("\n");
        int columns = lines.get(0).split(",", -1).length;
        assertThat(lines.size() - 1).isBetween(29, 4999);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith(i + ",");
            assertThat(lines.get(i).replaceAll("\"[^\"]*\"", "q").split(",", -1)).as("row %d", i).hasSize(columns);
        }
        assertThat(result[0].err()).contains("planner: sweep interrupted: "
                + String.format(Locale.ROOT, "%,d", lines.size() - 1)
                + " of 5,000 variants written to " + table + " (whole rows only)");
    }

    @Test
    void aSweepWritesTheSameDigitsAndFileNamesInAnyLocale(@TempDir Path dir) throws IOException {
        Path reports = dir.resolve("reports");
        Locale machine = Locale.getDefault();
        CliRun run;
        CliRun tooMany;
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-SA"));
            run = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.25,1.3", "--draws", "0",
                    "--reports", reports.toString(), "--out", dir.toString());
            tooMany = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1..2:count=0");
        } finally {
            Locale.setDefault(machine);
        }

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(reports)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("variant-000001.json", "variant-000002.json");
        }
        assertThat(run.out()).contains("\n  FEASIBLE 0   INFEASIBLE 2   INVALID 0   FAILED 0\n",
                "\n  2  Target power budget too small for its GPUs\n");
        assertThat(tooMany.err()).isEqualTo("planner: --vary facility.pue: 0 values, expected 1 to 1,000,000" + System.lineSeparator());
    }
}
