package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner sites PLAN SITES}: the example's ranking in every format, the exit codes, a slipped substation. */
class SitesCommandTest {

    private static final String PLAN = "../examples/colossus-plan.yaml";
    private static final String SITES = "../examples/colossus-sites.yaml";
    private static final String FACTORY = "Former Electrolux factory";
    private static final String STATELINE = "Stateline industrial park";

    @TempDir
    Path folder;

    private static String text(String file) throws IOException {
        return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    }

    @Test
    void theTextReportRanksTheBrownfieldFirstAndSaysWhy() throws IOException {
        var before = listing(Path.of("../examples"));

        CliRun run = CliRun.of("sites", PLAN, SITES);

        assertThat(run.out())
                .startsWith("Candidate sites for Colossus: 3 candidate sites for Colossus build plan: INFEASIBLE\n")
                .contains("""
                          #  site                       Colossus 1  Doubling    1.2 GW campus  cost      lacks
                          1  Former Electrolux factory  2024-08-01  2026-02-11  never          $4.17 bn  4 errors
                          2  Stateline industrial park  2025-06-01  2025-06-01  2026-06-01     $4.07 bn  3 errors
                          3  West Texas ranch           never       never       never          $17.8 bn  5 errors
                        """)
                .contains("  - Former Electrolux factory ranks first: it carries Colossus 1 (177 MW) from 2024-08-01,"
                        + " 32 days early, waiting only for the 50 MW grid tranche of 2024-08-01; then 50 MW of grid and"
                        + " 12 x smt-130 carry it.")
                .contains("  Colossus 1    due 2024-09-02, 177 MW: from 2024-08-01 (32 days before its date), waiting for"
                        + " the 50 MW grid tranche of 2024-08-01; 50 MW of grid and 12 x smt-130 carry it\n")
                .contains("                asks 1,563 racks on 93,780 sq ft, 11.1 acres, 29,884 MMBtu/day, 655 m3/day\n")
                .contains("    WARNING  Colossus 1: At 42 C each smt-130 gives 13.4 MW, 81.1% of its 16.5 MW rating:"
                        + " Colossus 1 needs 17 units where West Texas ranch allows 16 (the air permit's cap of 16"
                        + " units); at rating 14 would do. [siting: Site heat sinks the generator fleet]")
                .endsWith("Verdict: INFEASIBLE (0 of 3 sites carry the plan without an error)\n");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(listing(Path.of("../examples"))).isEqualTo(before);
    }

    @Test
    void sitesReadyOnTheSameDaysRankCheaperFirst() throws IOException {
        // Two copies of the greenfield park; the second in the file brings 150 MW with its first tranche, not 100 MW:
        // the same days for every phase and target, fewer turbines to rent and fuel.
        String sites = text(SITES);
        String park = sites.substring(sites.indexOf("  - name: " + STATELINE), sites.indexOf("  - name: West Texas"));
        Path twins = folder.resolve("twins.yaml");
        Files.writeString(twins, "name: Twin parks\nsites:\n" + park.replace(STATELINE, "Dear park")
                + park.replace(STATELINE, "Cheap park").replace("firmMw: 100\n", "firmMw: 150\n"), StandardCharsets.UTF_8);

        JsonNode report = new ObjectMapper().readTree(CliRun.of("sites", PLAN, twins.toString(), "--format", "json").out());
        CliRun text = CliRun.of("sites", PLAN, twins.toString());

        JsonNode cheap = report.get("ranking").get(0);
        JsonNode dear = report.get("ranking").get(1);
        assertThat(cheap.get("name").asText()).isEqualTo("Cheap park");
        assertThat(dear.get("name").asText()).isEqualTo("Dear park");
        for (int i = 0; i < cheap.get("phases").size(); i++) {
            assertThat(cheap.get("phases").get(i).get("earliest")).isEqualTo(dear.get("phases").get(i).get("earliest"));
        }
        assertThat(cheap.get("lacks")).hasSameSizeAs(dear.get("lacks"));
        assertThat(cheap.get("cost").get("total").asDouble()).isLessThan(dear.get("cost").get("total").asDouble());
        assertThat(cheap.get("cost").get("waiting")).isEqualTo(dear.get("cost").get("waiting"));
        assertThat(cheap.get("cost").get("total").asDouble()).isCloseTo(cheap.get("cost").get("supply").asDouble()
                + cheap.get("cost").get("waiting").asDouble(), org.assertj.core.data.Offset.offset(0.011));
        assertThat(report.get("why").get(0).asText()).isEqualTo("Cheap park and Dear park first carry each phase and"
                + " target on the same days, or never; Cheap park ranks first as the plan costs less there: $4.06 bn"
                + " against $4.07 bn (present cost of supply and waiting GPUs).");
        assertThat(text.out()).contains("  1  Cheap park  2025-06-01  2025-06-01  2026-06-01     $4.06 bn  3 errors\n")
                .contains("  cost          $1.28 bn of supply and $2.78 bn of waiting GPUs: $4.06 bn (present values at"
                        + " the build start); supply $133/MWh\n");
    }

    @Test
    void theJsonReportCarriesTheRankingTheDatesAndTheFindings() throws IOException {
        CliRun run = CliRun.of("sites", PLAN, SITES, "--format", "json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(report.get("plan").asText()).isEqualTo("Colossus build plan");
        assertThat(report.get("verdict").asText()).isEqualTo("INFEASIBLE");
        assertThat(report.get("why").get(0).asText()).startsWith(FACTORY + " ranks first");

        JsonNode first = report.get("ranking").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("name").asText()).isEqualTo(FACTORY);
        assertThat(first.get("offers").get("existingBuilding").asBoolean()).isTrue();
        assertThat(first.get("offers").get("floorSqFt").asDouble()).isEqualTo(785_000);
        assertThat(first.get("offers").get("permitCapUnits").asInt()).isEqualTo(15);
        JsonNode one = first.get("phases").get(0);
        assertThat(one.get("name").asText()).isEqualTo("Colossus 1");
        assertThat(one.get("earliest").asText()).isEqualTo("2024-08-01");
        assertThat(one.get("daysLate").asLong()).isEqualTo(-32);
        assertThat(one.get("waitsFor").asText()).isEqualTo("the 50 MW grid tranche of 2024-08-01");
        assertThat(one.get("racks").asLong()).isEqualTo(1_563);
        assertThat(one.get("floorSqFt").asDouble()).isEqualTo(93_780);
        assertThat(one.get("landAcres").asDouble()).isEqualTo(11.051);
        assertThat(one.get("gasMmbtuPerDay").asDouble()).isEqualTo(29_884.1);
        assertThat(one.get("waterM3PerDay").asDouble()).isEqualTo(654.8);
        assertThat(one.get("maxUnits").asInt()).isEqualTo(14);
        assertThat(first.get("lacks")).hasSize(4);

        JsonNode ranch = report.get("ranking").get(2);
        assertThat(ranch.get("phases").get(0).get("earliest").isNull()).isTrue();
        assertThat(ranch.get("phases").get(0).get("lacking").asText()).contains("655 m3/day of water");
        List<String> rules = new ArrayList<>();
        ranch.get("findings").forEach(f -> rules.add(f.get("family").asText() + ": " + f.get("rule").asText()));
        assertThat(rules).contains("siting: Water supply short of the cooling's daily use",
                "siting: Air permit caps below the fleet", "siting: Site heat sinks the generator fleet",
                "grid: Grid share of a phase");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
    }

    @Test
    void theMarkdownReportHasTheRankingAsATable() {
        CliRun run = CliRun.of("sites", PLAN, SITES, "--format", "md");

        assertThat(run.out()).startsWith("# Candidate sites for Colossus: Colossus build plan\n")
                .contains("| # | site | Colossus 1 (2024-09-02) | Doubling (2024-12-01) | 1.2 GW campus (2027-06-30) |"
                        + " cost (present, with waiting) | lacks |\n")
                .contains("| 1 | Former Electrolux factory | 2024-08-01 | 2026-02-11 | never | $4.17 bn | 4 errors |\n")
                .contains("## 1. Former Electrolux factory, Memphis, Tennessee: INFEASIBLE\n");
    }

    @Test
    void thePageRanksTheSitesWithTheFiguresOfTheJson() throws IOException {
        CliRun run = CliRun.of("sites", PLAN, SITES, "--format", "html");
        JsonNode json = new ObjectMapper().readTree(CliRun.of("sites", PLAN, SITES, "--format", "json").out());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(run.out());
        assertThat(page.title()).isEqualTo("Candidate sites for Colossus: Colossus build plan");
        assertThat(page.select("h2").eachText()).startsWith("Ranking", "Why",
                "1. Former Electrolux factory, Memphis, Tennessee: INFEASIBLE");
        assertThat(page.select("[data-json]")).isNotEmpty().allSatisfy(figure -> {
            JsonNode value = json.at(figure.attr("data-json"));
            assertThat(figure.hasAttr("data-value") ? Double.parseDouble(figure.attr("data-value")) : figure.text())
                    .as(figure.attr("data-json"))
                    .isEqualTo(figure.hasAttr("data-value") ? value.asDouble() : value.isNull() ? "never" : value.asText());
        });
        assertThat(page.select("tr.finding")).isNotEmpty();
    }

    @Test
    void writesTheReportIntoAFolderAndSaysWhoWon() throws IOException {
        Path out = folder.resolve("reports");

        CliRun run = CliRun.of("sites", PLAN, SITES, "--format", "md", "--out", out.toString());

        assertThat(run.out()).isEqualTo("Candidate sites for Colossus: INFEASIBLE, first " + FACTORY
                + "; report written to " + out.resolve("colossus-sites.md") + "\n");
        assertThat(Files.readString(out.resolve("colossus-sites.md"))).startsWith("# Candidate sites for Colossus");
    }

    @Test
    void aSubstationAYearLateChangesTheRanking() throws IOException {
        Path sites = Files.writeString(folder.resolve("late-substation.yaml"), text(SITES)
                .replace("- date: 2024-08-01\n          firmMw: 50", "- date: 2025-08-01\n          firmMw: 50")
                .replace("- date: 2025-05-15\n          firmMw: 150", "- date: 2026-05-15\n          firmMw: 150")
                .replace("- date: 2026-02-11\n          firmMw: 300", "- date: 2027-02-11\n          firmMw: 300"));

        CliRun run = CliRun.of("sites", PLAN, sites.toString(), "--format", "json");

        JsonNode ranking = new ObjectMapper().readTree(run.out()).get("ranking");
        assertThat(ranking.get(0).get("name").asText()).isEqualTo(STATELINE);
        assertThat(ranking.get(1).get("name").asText()).isEqualTo(FACTORY);
        assertThat(ranking.get(1).get("phases").get(0).get("earliest").asText()).isEqualTo("2025-08-01");
    }

    @Test
    void exitsZeroWhenASiteCarriesThePlan() throws IOException {
        // Colossus 1 alone, without the doubling and the 1.2 GW target: the factory carries it without an error.
        String plan = text(PLAN);
        plan = plan.substring(0, plan.indexOf("    - name: Doubling")) + plan.substring(plan.indexOf("\nequipment:") + 1);
        plan = plan.substring(0, plan.indexOf("\ntargets:") + 1);
        Path planFile = Files.writeString(folder.resolve("colossus-1.yaml"), plan);

        CliRun run = CliRun.of("sites", planFile.toString(), SITES);

        assertThat(run.out()).contains("Site 1: Former Electrolux factory, Memphis, Tennessee: feasible (0 errors")
                .endsWith("Verdict: FEASIBLE (1 of 3 sites carry the plan without an error)\n");
        assertThat(run.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
    }

    @Test
    void aPolicyMayAcceptALateSite() throws IOException {
        Path policy = Files.writeString(folder.resolve("patient.yaml"), "thresholds:\n  maximumSiteDelayDays: 300\n");

        JsonNode strict = new ObjectMapper().readTree(CliRun.of("sites", PLAN, SITES, "--format", "json").out());
        JsonNode patient = new ObjectMapper().readTree(
                CliRun.of("sites", PLAN, SITES, "--format", "json", "--policy", policy.toString()).out());

        // Stateline is 272 and 182 days late: refused by default, accepted within 300 days.
        assertThat(lacks(strict, STATELINE)).anyMatch(m -> m.startsWith(STATELINE + " first carries Colossus 1"));
        assertThat(lacks(patient, STATELINE)).noneMatch(m -> m.contains("first carries"));
    }

    private static List<String> lacks(JsonNode report, String site) {
        List<String> lacks = new ArrayList<>();
        report.get("ranking").forEach(s -> {
            if (s.get("name").asText().equals(site)) {
                s.get("lacks").forEach(l -> lacks.add(l.asText()));
            }
        });
        return lacks;
    }

    @Test
    void aBrokenPlanIsRefusedWithItsLocatedProblems() throws IOException {
        Path plan = Files.writeString(folder.resolve("plan.yaml"), text(PLAN).replace("model: smt-130 ", "model: smt-310 "));

        CliRun run = CliRun.of("sites", plan.toString(), SITES);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(plan + ":26:12: equipment.generators.model: unknown generator model 'smt-310',"
                + " did you mean 'smt-130'?");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void bothFilesAreNeeded() {
        CliRun run = CliRun.of("sites", PLAN);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("Missing required parameter: 'SITES'");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::toString).sorted().toList();
        }
    }
}
