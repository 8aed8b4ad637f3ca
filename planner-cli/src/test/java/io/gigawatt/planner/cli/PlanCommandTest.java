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

/** {@code planner plan}: the proposed scenario is a file that {@code evaluate} judges as the search did. */
class PlanCommandTest {

    private static final Path TWO_HALLS = Path.of("../examples/two-halls.yaml");

    @Test
    void writesTheProposedScenarioWithItsCommentsAndAReportThatEvaluateAgreesWith(@TempDir Path dir) throws IOException {
        String before = Files.readString(TWO_HALLS, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", TWO_HALLS.toString(), "--goal", "earliest", "--out", dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("Two halls: the earliest plan (seed 1): FEASIBLE",
                "as written   ready 2025-05-15", "1 error (Generator fleet above the air-permit unit cap)",
                "decision     Hall 2's GPUs delivered",
                "trade-off    among the candidates judged with no errors, none both sooner and cheaper than another:");
        Path proposed = dir.resolve("two-halls-plan.yaml");
        assertThat(Files.readString(proposed, StandardCharsets.UTF_8))
                .contains("# Two halls on a grid that grows in tranches", "deferDays: {max: 1000, step: 4}")
                .doesNotContain("date: 2024-12-01");
        CliRun evaluate = CliRun.of("evaluate", proposed.toString());
        assertThat(evaluate.exitCode()).as(evaluate.out()).isZero();
        String report = Files.readString(dir.resolve("two-halls-plan.txt"), StandardCharsets.UTF_8);
        String evaluated = evaluate.out().replace(proposed.toString(), TWO_HALLS.toString());
        assertThat(report).startsWith(evaluated);
        // then the plan: what was decided, what it bought, which rules bind
        assertThat(report.substring(evaluated.length())).startsWith("""

                Plan proposed: the earliest plan (seed 1), FEASIBLE
                  as written   ready 2025-05-15""").contains("  decision     Hall 2's GPUs delivered",
                "  binds        Hall 2 deferDays");
        assertThat(Files.readString(TWO_HALLS, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @Test
    void namesTheRulesThatBindAtTheProposalAndChartsTheTradeOffInItsHtmlReport(@TempDir Path dir) throws IOException {
        CliRun plan = CliRun.of("plan", TWO_HALLS.toString(), "--goal", "earliest", "--format", "html", "--out",
                dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // one deferral step sooner, Hall 2 needs more turbines than the air permit allows
        assertThat(plan.out()).containsPattern("binds        Hall 2 deferDays \\d+: Generator fleet above the air-permit"
                + " unit cap");
        String page = Files.readString(dir.resolve("two-halls-plan.html"), StandardCharsets.UTF_8);
        assertThat(page).contains("<section id=\"trade-off\">", "<figure id=\"chart-trade-off\" class=\"chart\">",
                "<svg id='svg-trade-off'");
        assertThat(page.split("<tr class=\"proposed\">", -1)).as("one plan proposed").hasSize(2);
        assertThat(page).containsPattern("<tr class=\"proposed\"><td>\\d{4}-\\d{2}-\\d{2}</td><td>[0-9,]+ M USD</td>"
                + "<td>Hall 2 deferDays \\d+, Hall 2 generators [^<]+ \\(proposed\\)</td></tr>");
    }

    @Test
    void theJsonReportSummarisesThePlanForProgramsWithWhatEachDecisionBoughtAndTheRulesThatBind(@TempDir Path dir)
            throws IOException {
        CliRun plan = CliRun.of("plan", TWO_HALLS.toString(), "--goal", "earliest", "--format", "json", "--out",
                dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("two-halls-plan.json").toFile()).get("plan");
        assertThat(summary.get("goal").asText()).isEqualTo("earliest");
        assertThat(summary.get("feasible").asBoolean()).isTrue();
        assertThat(summary.at("/asWritten/errors").asInt()).isEqualTo(1);
        assertThat(summary.at("/proposed/errors").asInt()).isZero();
        JsonNode deferral = summary.at("/decisions/0");
        assertThat(deferral.get("subject").asText()).isEqualTo("Hall 2");
        assertThat(deferral.get("lever").asText()).isEqualTo("deferDays");
        assertThat(deferral.get("written").asText()).isEqualTo("0");
        // deferred, Hall 2 is ready later than its written date but passes the permit, and costs less waiting
        assertThat(deferral.at("/bought/daysSooner").asLong()).isNegative();
        assertThat(deferral.at("/bought/moneySaved").asDouble()).isPositive();
        assertThat(deferral.at("/bought/errorsFewer").asInt()).isEqualTo(1);
        assertThat(summary.at("/binding/0/rules/0").asText()).isEqualTo("Generator fleet above the air-permit unit"
                + " cap");
    }

    @Test
    void leavesADearSupplyOptionUncontractedAndSaysWhatThatSaves(@TempDir Path dir) throws IOException {
        Path dear = dir.resolve("dear-plant.yaml");
        Files.writeString(dear, Files.readString(TWO_HALLS, StandardCharsets.UTF_8).replace("decisions:", """
                  futureSupply:
                    - name: Gas plant
                      kind: generation
                      firmMw: 150
                      earliest: 2025-03-01

                economics:
                  supplyPrices:
                    Gas plant: 400   # four times the default: dearer than the turbines it would spare

                decisions:
                  supply:
                    Gas plant:
                      contract: [yes, no]"""),
                StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", dear.toString(), "--goal", "cheapest", "--out", dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).containsPattern("decision     Gas plant not contracted: neither its power nor its price"
                + " \\(written contracted\\); against the proposal without it: ready [^,]+, \\$[0-9,]+ M saved");
        Path proposed = dir.resolve("dear-plant-plan.yaml");
        assertThat(Files.readString(proposed, StandardCharsets.UTF_8)).contains("""
                    - name: Gas plant
                      contracted: false
                """);
        assertThat(CliRun.of("evaluate", proposed.toString()).out()).doesNotContain("Gas plant: generation");
    }

    @Test
    void choosesTheGeneratorModelThatFitsThePermitSoonest(@TempDir Path dir) throws IOException {
        Path models = dir.resolve("models.yaml");
        Files.writeString(models, Files.readString(TWO_HALLS, StandardCharsets.UTF_8) + """

                  generators:
                    model: [titan-350, tm2500, lm6000, recip-34sg]
                """, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", models.toString(), "--goal", "earliest", "--out", dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // larger units: Hall 2 fits the permit's 15 units on the date written, where 16 smt-130 do not
        assertThat(plan.out()).contains("as written   ready 2025-05-15", "proposed     ready 2024-12-01",
                "decision     every generator a tm2500 (written smt-130); against the proposal without it: ready 165"
                        + " days sooner");
        assertThat(Files.readString(dir.resolve("models-plan.yaml"), StandardCharsets.UTF_8)).contains("""
                  generators:
                    model: tm2500
                    permitCapUnits: 15
                """);
    }

    @Test
    void ordersTheTurbinesSoonerWhenTheirLeadTimeHoldsAHall(@TempDir Path dir) throws IOException {
        Path late = dir.resolve("late-order.yaml");
        Files.writeString(late, Files.readString(TWO_HALLS, StandardCharsets.UTF_8)
                .replace("    generators: 2024-05-03", "    generators: 2024-08-01") + """

                  orders:
                    generators: {from: 2024-05-03, to: 2024-08-01, stepDays: 15}
                """, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", late.toString(), "--goal", "earliest");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // ordered 2024-08-01, the rented turbines (60 days) arrive after Hall 1's GPUs of 2024-09-02, which wait
        assertThat(plan.out()).containsPattern("decision     generators ordered 2024-0[5-7]-\\d\\d \\(written 2024-08-01\\);"
                + " against the proposal without it: ready the same day, \\$[0-9,]+ M saved");
    }

    @Test
    void buysTheCoolingOrderedEarlyEnoughAndSaysWhatThatSaves(@TempDir Path dir) throws IOException {
        Path early = dir.resolve("early.yaml");
        Files.writeString(early, Files.readString(TWO_HALLS, StandardCharsets.UTF_8)
                .replace("    cooling: 2024-05-03", "    cooling: 2023-06-01") + """
                  cooling:
                    acquire: [rent, buy]
                """, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", early.toString(), "--goal", "cheapest-by", "2026-09-01", "--out",
                dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // a chiller's year of lead time is past before Hall 1; bought, it costs less than 18 months of rent
        assertThat(plan.out()).containsPattern("decision     cooling bought \\(written rented\\); against the"
                + " proposal without it: ready the same day, \\$[0-9.]+ M saved, the same errors");
        Path proposed = dir.resolve("early-plan.yaml");
        assertThat(Files.readString(proposed, StandardCharsets.UTF_8)).contains("""
                  cooling:
                    acquire: buy
                    model: rental-chiller-480
                """);
        assertThat(CliRun.of("evaluate", proposed.toString()).exitCode()).isZero();
    }

    @Test
    void takesTheUtilitysEarlierTrancheWhenItIsWorthItsPriceAndWritesItAsATranche(@TempDir Path dir)
            throws IOException {
        Path offered = dir.resolve("offered.yaml");
        Files.writeString(offered, Files.readString(TWO_HALLS, StandardCharsets.UTF_8) + """
                  grid:
                    offers:
                      - {name: Early 150 MW, date: 2024-08-15, firmMw: 150, interconnection: 150000000}
                """, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", offered.toString(), "--goal", "earliest", "--out", dir.toString());

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // with 150 MW of grid from August, Hall 2's turbines fit the permit on the date written
        assertThat(plan.out()).contains("proposed     ready 2024-12-01",
                "decision     the utility's offer Early 150 MW taken: a grid tranche (written not taken); against the"
                        + " proposal without it: ready 165 days sooner");
        Path proposed = dir.resolve("offered-plan.yaml");
        assertThat(Files.readString(proposed, StandardCharsets.UTF_8)).contains("""
                    - date: 2024-05-03
                      firmMw: 50
                    - {date: 2024-08-15, firmMw: 150, note: 'offer: Early 150 MW'}
                    - date: 2025-05-15
                """, """
                economics:
                  grid:
                    interconnection: {2024-08-15: 150000000}
                """);
        CliRun evaluate = CliRun.of("evaluate", proposed.toString());
        assertThat(evaluate.exitCode()).as(evaluate.out()).isZero();
        // the offer's $150 M and the first 50 MW at the default $250 a kW
        assertThat(evaluate.out()).as("priced as the utility offers it").contains("grid interconnection $163 M");
    }

    @Test
    void aCapTheFileDoesNotSetIsSaidToBeNoCap(@TempDir Path dir) throws IOException {
        Path capped = dir.resolve("capped.yaml");
        Files.writeString(capped, Files.readString(TWO_HALLS, StandardCharsets.UTF_8) + """

                  gpus:
                    H100:
                      powerCapW: {min: 500, max: 700, step: 100}
                """, StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", capped.toString(), "--goal", "earliest");

        assertThat(plan.exitCode()).as(plan.err()).isZero();
        // the search caps the H100s to fit Hall 2 under the permit sooner; the file sets no cap to compare with
        assertThat(plan.out()).contains("decision     every H100 capped at 500 W (not capped as written: 700 W TDP)");
    }

    @Test
    void namesTheRulesThatBlockEveryCandidateWhenNonePasses(@TempDir Path dir) throws IOException {
        Path unreachable = dir.resolve("unreachable.yaml");
        Files.writeString(unreachable, Files.readString(TWO_HALLS, StandardCharsets.UTF_8).replace("decisions:", """
                targets:
                  - name: 1 GW campus
                    date: 2027-06-30
                    facilityMw: 1000
                    gpus: 1000000

                decisions:"""), StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", unreachable.toString(), "--goal", "cheapest");

        assertThat(plan.exitCode()).as(plan.err()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(plan.out()).contains("NO CANDIDATE PASSES",
                "blocking     every candidate judged fails Target power budget too small for its GPUs");
    }

    @Test
    void aScenarioWithoutDecisionsIsBadInput(@TempDir Path dir) throws IOException {
        String text = Files.readString(TWO_HALLS, StandardCharsets.UTF_8);
        Path undecided = dir.resolve("undecided.yaml");
        Files.writeString(undecided, text.substring(0, text.indexOf("decisions:")), StandardCharsets.UTF_8);

        CliRun plan = CliRun.of("plan", undecided.toString(), "--goal", "earliest");

        assertThat(plan.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(plan.err()).contains("has no decisions: section, expected one saying what may change");
        assertThat(plan.out()).isEmpty();
    }

    @Test
    void badDecisionBoundsAreTheLoadersLocatedProblems() throws IOException {
        Path broken = Path.of("src/test/resources/broken-scenarios/decisions-bounds.yaml");

        CliRun plan = CliRun.of("plan", broken.toString(), "--goal", "earliest");

        assertThat(plan.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(plan.err()).isEqualTo(Files.readString(Path.of(broken.toString().replace(".yaml", ".expected")),
                StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownGoalOrADateMissingIsBadUsage() {
        CliRun unknown = CliRun.of("plan", TWO_HALLS.toString(), "--goal", "soonest");
        CliRun noDate = CliRun.of("plan", TWO_HALLS.toString(), "--goal", "cheapest-by");

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(unknown.err()).contains("planner: --goal 'soonest', expected earliest, cheapest or cheapest-by DATE");
        assertThat(noDate.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(noDate.err()).contains("cheapest-by needs a date");
    }
}
