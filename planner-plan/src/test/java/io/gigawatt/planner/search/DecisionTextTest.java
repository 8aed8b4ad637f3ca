package io.gigawatt.planner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lever values written into the scenario's text: the loader reads them back, every other line stays as it was. */
class DecisionTextTest {

    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    private static Scenario edited(String text, String decisions, int... choice) throws InputException {
        String scenario = text.substring(0, text.indexOf("decisions:")) + decisions;
        Scenario loaded = LOADER.load("two-halls.yaml", scenario);
        DecisionText decided = new DecisionText("two-halls.yaml", scenario, loaded);
        String written = decided.with(loaded.decisions().levers(), choice);
        assertThat(comments(written)).isEqualTo(comments(scenario));
        return LOADER.load("two-halls.yaml", written);
    }

    private static List<String> comments(String text) {
        return text.lines().filter(line -> line.contains("#")).map(line -> line.substring(line.indexOf('#'))).toList();
    }

    private static String twoHalls() throws IOException {
        return Files.readString(Path.of("../examples/two-halls.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void aDeferralMovesTheDateAndAPlannedCountTheFileLacksIsAdded() throws Exception {
        Scenario scenario = edited(twoHalls(), """
                decisions:
                  milestones:
                    Hall 2:
                      deferDays: {max: 100, step: 10}
                      generators: {min: 0, max: 15}
                """, 7, 13);

        Milestone hall2 = scenario.build().milestones().get(1);
        assertThat(hall2.date()).isEqualTo(LocalDate.of(2025, 2, 9));
        assertThat(hall2.planned().generators()).isEqualTo(12);
    }

    @Test
    void aPlannedCountIsReplacedWhereItIsWrittenAndAddedBesideItsSiblings() throws Exception {
        String text = twoHalls().replace("""
                      add:
                        H100: 50000
                """, """
                      add:
                        H100: 50000
                      planned:
                        batteries: 30     # the planner's count
                """);
        Scenario scenario = edited(text, """
                decisions:
                  milestones:
                    Hall 2:
                      batteries: {min: 0, max: 40, step: 4}
                      generators: {min: 0, max: 15}
                """, 2, 5);

        Milestone hall2 = scenario.build().milestones().get(1);
        assertThat(hall2.planned().batteries()).isEqualTo(8);
        assertThat(hall2.planned().generators()).isEqualTo(4);
    }

    @Test
    void theFirstValueOfACountTheFileLacksLeavesItToTheModels() throws Exception {
        Scenario scenario = edited(twoHalls(), """
                decisions:
                  milestones:
                    Hall 2:
                      generators: {min: 0, max: 15}
                """, 0);

        List<Lever> levers = scenario.decisions().levers();
        assertThat(levers.get(0).values()).hasSize(17).startsWith(null, 0, 1);
        assertThat(scenario.build().milestones().get(1).planned().generators()).isNull();
    }

    @Test
    void aPowerCapTheFileLacksIsAddedToTheEquipmentAndEveryModelReadsTheCappedGpu() throws Exception {
        Scenario scenario = edited(twoHalls(), """
                decisions:
                  gpus:
                    H100:
                      powerCapW: {min: 300, max: 700, step: 50}
                """, 1);

        assertThat(scenario.equipment().powerCaps().get("H100").cap().watts()).isEqualTo(350);
        assertThat(scenario.catalogue().gpus().get("H100").itPerGpu().kw()).isCloseTo(0.925, within(1e-9));
        assertThat(scenario.decisions().levers().get(0).written()).as("the cap, read back as written").isEqualTo(350);
    }

    @Test
    void aPowerCapIsReplacedWhereItIsWrittenAndAddedBesideAnotherModelsCap() throws Exception {
        String text = twoHalls().replace("""
                equipment:
                """, """
                equipment:
                  gpus:
                    H200:
                      powerCapW: 600   # the planner's cap
                """);
        Scenario scenario = edited(text, """
                decisions:
                  gpus:
                    H100:
                      powerCapW: {min: 300, max: 700, step: 100}
                    H200:
                      powerCapW: {min: 300, max: 700, step: 100}
                """, 2, 1);

        assertThat(scenario.equipment().powerCaps().get("H100").cap().watts()).isEqualTo(500);
        assertThat(scenario.equipment().powerCaps().get("H200").cap().watts()).isEqualTo(400);
    }

    private static final String CONTRACT_NUCLEAR = """
            decisions:
              supply:
                Nuclear PPA through TVA:
                  contract: [true, false]
            """;

    private static String colossus() throws IOException {
        return Files.readString(Path.of("../examples/colossus.yaml"), StandardCharsets.UTF_8);
    }

    private static List<String> contracted(Scenario scenario) {
        return scenario.timeline().futureSupply().stream().map(o -> o.name()).toList();
    }

    @Test
    void anOptionNotContractedLeavesTheSupplyAndKeepsItsPriceWritten() throws Exception {
        Scenario scenario = edited(colossus(), CONTRACT_NUCLEAR, 0);

        assertThat(contracted(scenario)).doesNotContain("Nuclear PPA through TVA").contains("Southaven turbine plant");
        assertThat(scenario.timeline().uncontracted()).containsExactly("Nuclear PPA through TVA");
        assertThat(scenario.decisions().levers().get(0).written()).as("read back as not contracted").isZero();
    }

    @Test
    void anOptionContractedAgainIsWrittenWhereTheFileSaysItIsNot() throws Exception {
        String text = colossus().replace("      kind: ppa\n",
                "      kind: ppa\n      contracted: false   # the planner's doubt\n");
        assertThat(text).contains("the planner's doubt");
        Scenario scenario = edited(text, CONTRACT_NUCLEAR, 1);

        assertThat(contracted(scenario)).contains("Nuclear PPA through TVA");
        assertThat(scenario.timeline().uncontracted()).isEmpty();
    }

    @Test
    void theGeneratorModelIsReplacedWhereItIsWrittenAndTheModelAsWrittenIsAChoice() throws Exception {
        Scenario scenario = edited(twoHalls(), """
                decisions:
                  generators:
                    model: [titan-350, tm2500]
                """, 2);

        assertThat(scenario.equipment().generators().model().id()).isEqualTo("tm2500");
        assertThat(scenario.decisions().levers().get(0).names()).as("the model as written first, then those listed")
                .containsExactly("tm2500", "titan-350");
    }

    @Test
    void anOrderDateIsReplacedWhereItIsWrittenAndTheDateAsWrittenStaysAChoiceOffTheSteps() throws Exception {
        String window = """
                decisions:
                  orders:
                    batteries: {from: 2024-01-01, to: 2024-08-01, stepDays: 30}
                """;
        String text = twoHalls();
        Lever batteries = LOADER.load("two-halls.yaml", text.substring(0, text.indexOf("decisions:")) + window)
                .decisions().levers().get(0);
        assertThat(batteries.values()).as("8 steps of 30 days, and 2024-05-03 as written").hasSize(9)
                .contains((int) LocalDate.of(2024, 5, 3).toEpochDay());
        assertThat(batteries.values().get(batteries.writtenIndex())).isEqualTo(batteries.written());

        Scenario scenario = edited(text, window, 0);

        assertThat(scenario.timeline().orders().batteries()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(scenario.timeline().orders().generators()).isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void boughtIsAddedToAFleetThatSaysNothingAndReplacedWhereItIsWritten() throws Exception {
        String text = twoHalls().replace("""
                    model: rental-chiller-480
                """, """
                    model: rental-chiller-480
                    acquire: rent   # the planner's choice
                """);
        Scenario scenario = edited(text, """
                decisions:
                  generators:
                    acquire: [rent, buy]
                  cooling:
                    acquire: [buy, rent]
                """, 1, 1);

        assertThat(scenario.equipment().generators().model().leadTime().rentable()).as("bought: no rental route")
                .isFalse();
        assertThat(scenario.equipment().cooling().model().rental()).isFalse();
        assertThat(scenario.equipment().cooling().model().leadTime().purchase()).isNotNull();
    }

    @Test
    void offersTakenBecomeTranchesInDateOrderWithTheirInterconnectionCosts() throws Exception {
        String text = twoHalls().replace("decisions:", """
                economics:
                  grid:
                    energyPerMwh: 66   # the tariff
                    interconnection:
                      2024-05-03: 0

                decisions:""");
        Scenario scenario = edited(text, """
                decisions:
                  grid:
                    offers:
                      - {name: Last, date: 2027-01-01, firmMw: 400, interconnection: 20000000}
                      - {name: Early, date: 2024-08-15, firmMw: 150, interconnection: 150000000}
                      - {name: 'Not taken', date: 2025-01-01, firmMw: 200}
                      - {name: Between, date: 2024-10-01, firmMw: 150}
                """, 1, 1, 0, 1);

        assertThat(scenario.grid()).extracting(t -> t.date().toString()).containsExactly("2024-05-03", "2024-08-15",
                "2024-10-01", "2025-05-15", "2026-08-15", "2027-01-01");
        assertThat(scenario.grid().get(1).note()).isEqualTo("offer: Early");
        assertThat(scenario.economics().interconnection()).containsOnlyKeys(LocalDate.of(2024, 5, 3),
                LocalDate.of(2024, 8, 15), LocalDate.of(2027, 1, 1));
        assertThat(scenario.economics().interconnection().get(LocalDate.of(2024, 8, 15)).amount()).isEqualTo(150e6);
        assertThat(scenario.decisions().levers()).as("an offer written as a tranche is taken, no lever")
                .extracting(Lever::subject).containsExactly("Not taken");
    }
}
