package io.gigawatt.planner.scenario;

import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.demand.Planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    @Test
    void loadsTheColossusExample() throws InputException {
        Scenario colossus = new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml"));

        assertThat(colossus.name()).isEqualTo("Colossus, Memphis");
        assertThat(colossus.site().existingBuilding()).isTrue();
        assertThat(colossus.grid()).extracting(t -> t.firm().mw()).containsExactly(8.0, 50.0, 150.0, 300.0);
        assertThat(colossus.build().start()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(colossus.build().milestones()).extracting(Milestone::name).containsExactly("Colossus 1", "Doubling");
        assertThat(colossus.build().milestones().get(1).adds()).containsEntry("H100", 50_000L).containsEntry("H200", 50_000L);
        assertThat(colossus.equipment().generators().model().id()).isEqualTo("smt-130");
        assertThat(colossus.equipment().generators().permitCapUnits()).isEqualTo(15);
        assertThat(colossus.equipment().generators().permitCapMw().mw()).isEqualTo(247);
        assertThat(colossus.targets()).singleElement().satisfies(t -> {
            assertThat(t.facility().mw()).isEqualTo(1200);
            assertThat(t.gpus()).isEqualTo(1_000_000);
        });
    }

    @Test
    void optionalFieldsTakeTheirDocumentedDefaults() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL
                .replace("    redundancy: 1\n    confidence: 0.99\n", "")
                .replace("    margin: 0.1\n    rentalMarketUnits: 100\n", "")
                .replace("  overheadShare: 0.08\n", ""));

        assertThat(scenario.equipment().generators().redundancy()).isEqualTo(1);
        assertThat(scenario.equipment().generators().confidence()).isEqualTo(0.99);
        assertThat(scenario.equipment().generators().permitCapUnits()).isNull();
        assertThat(scenario.equipment().cooling().margin()).isEqualTo(0.1);
        assertThat(scenario.equipment().cooling().rentalMarketUnits()).isNull();
        assertThat(scenario.facility().overheadShare()).isZero();
    }

    @Test
    void aScenarioMayOverrideAnyCatalogueFigureAndTheOverrideNamesItsSource() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL + """
                catalogue:
                  gpus:
                    H100:
                      itKw: 1.1
                  generators:
                    smt-130:
                      ratedMw: 15
                      source: vendor quote 2025-03
                """);

        var h100 = scenario.catalogue().gpus().get("H100");
        assertThat(h100.itPerGpu().kw()).isEqualTo(1.1);
        assertThat(h100.tdp().watts()).isEqualTo(700);
        assertThat(h100.sources().of("itKw")).isEqualTo("scenario override at test.yaml:40:13");
        assertThat(h100.sources().of("tdpW")).startsWith("https://");
        assertThat(scenario.catalogue().generators().get("smt-130").sources().of("ratedMw"))
                .isEqualTo("vendor quote 2025-03");
        assertThat(scenario.equipment().generators().model().rated().mw()).isEqualTo(15);
    }

    @Test
    void aScenarioMayAddACompleteModelToTheCatalogue() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL.replace("H100: 10000", "X1: 10000") + """
                catalogue:
                  gpus:
                    X1:
                      name: Next year's accelerator
                      tdpW: 1500
                      itKw: 2.2
                      idleW: 250
                      source: vendor roadmap
                """);

        assertThat(scenario.catalogue().gpus().get("X1").itPerGpu().kw()).isEqualTo(2.2);
    }

    @Test
    void aNewModelMustGiveEveryFigure() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(Scenarios.SMALL + """
                catalogue:
                  gpus:
                    X1:
                      tdpW: 1500
                """));

        assertThat(e.problems()).extracting(Problem::field).containsExactly(
                "catalogue.gpus.X1.name", "catalogue.gpus.X1.itKw", "catalogue.gpus.X1.idleW",
                "catalogue.gpus.X1.source");
    }

    @Test
    void milestonesMustComeAfterTheBuildStartAndEachOther() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(Scenarios.SMALL
                .replace("start: 2025-01-01", "start: 2025-05-01")));

        assertThat(e.problems()).singleElement().hasToString("test.yaml:18:13: build.milestones[0].date: "
                + "2025-04-11 is not after the build start (2025-05-01), expected milestones in date order");
    }

    @Test
    void reportsEveryProblemInFileOrder() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(Scenarios.SMALL
                .replace("pue: 1.25", "pue: -1")
                .replace("model: megapack-2xl-4h", "model: megablok")
                .replace("facilityMw: 2000", "facilityMw: lots")));

        assertThat(e.problems()).extracting(p -> p.location().line() + " " + p.field()).containsExactly(
                "6 facility.pue", "27 equipment.batteries.model", "35 targets[0].facilityMw");
        assertThat(e.problems().get(0).message()).isEqualTo("-1 is negative, expected a PUE from 1 to 3");
        assertThat(e.problems().get(1).message()).startsWith("unknown battery model 'megablok', did you mean 'megablock'?");
    }

    @Test
    void phasesAndTargetsEachNeedANameOfTheirOwn() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(Scenarios.SMALL
                .replace("name: Gigawatt", "name: Hall A")));

        assertThat(e.problems()).singleElement().hasToString(
                "test.yaml:33:11: targets[0].name: 'Hall A' also names a milestone or another target, expected a name of its own");
    }

    @Test
    void aMilestoneMayStateThePlannedUnits() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL.replace("        H100: 10000\n",
                "        H100: 10000\n      planned:\n        generators: 3\n        batteries: 20\n"));

        assertThat(scenario.build().milestones().get(0).planned()).isEqualTo(new Planned(3, 20, null));
        assertThat(Scenarios.small().build().milestones().get(0).planned()).isEqualTo(Planned.NOTHING_STATED);
    }

    @Test
    void aPlannedEntryMustBeKnown() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(Scenarios.SMALL.replace(
                "        H100: 10000\n", "        H100: 10000\n      planned:\n        chillers: 3\n")));

        assertThat(e.problems()).singleElement().hasToString("test.yaml:22:9: build.milestones[0].planned.chillers: "
                + "unknown key, expected one of: generators, batteries, cooling");
    }

    @Test
    void aPolicyFileIsFoundBesideTheScenario(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("strict.yaml"), "thresholds:\n  minimumGridShare: 0.3\n");
        Path file = dir.resolve("campus.yaml");
        java.nio.file.Files.writeString(file, "policy: strict.yaml\n" + Scenarios.SMALL);

        Scenario scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load(file);

        assertThat(scenario.policyFile()).isEqualTo(dir.resolve("strict.yaml"));
    }

    @Test
    void aMissingPolicyFileIsReportedWhereItIsNamed() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> Scenarios.load("policy: no-such-policy.yaml\n" + Scenarios.SMALL));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("policy");
            assertThat(p.message()).startsWith("no policy file at no-such-policy.yaml");
        });
    }

    /** The small scenario with {@code count} milestones of 10 H100 a day apart, and a risk section of {@code draws}. */
    private static String withMilestones(int count, int draws) {
        StringBuilder milestones = new StringBuilder("  milestones:\n");
        for (int i = 0; i < count; i++) {
            milestones.append("    - name: Hall ").append(i + 1).append("\n      date: ")
                    .append(LocalDate.of(2025, 4, 11).plusDays(i)).append("\n      add:\n        H100: 10\n");
        }
        String small = Scenarios.SMALL;
        String before = small.substring(0, small.indexOf("  milestones:\n"));
        String after = small.substring(small.indexOf("equipment:\n"));
        return before + milestones + after + "timeline:\n  risk:\n    draws: " + draws + "\n";
    }

    @Test
    void refusesMoreMilestonesThanTheLimit() {
        InputException e = catchThrowableOfType(InputException.class, () -> Scenarios.load(withMilestones(10_001, 1)));

        assertThat(e.problems()).singleElement().hasToString(
                "test.yaml:17:5: build.milestones: 10,001 milestones, expected at most 10,000");
    }

    @Test
    void refusesMoreDrawsThanTheMonteCarloMayKeepDatesFor() {
        InputException e = catchThrowableOfType(InputException.class,
                () -> Scenarios.load(withMilestones(1_000, 100_000)));

        assertThat(e.problems()).singleElement().hasToString("test.yaml:4035:12: timeline.risk.draws: 100,000 draws of"
                + " 1,001 phases and targets are 100,100,000 dates to keep, expected at most 49,950 draws for this many"
                + " (at most 50,000,000 dates)");
    }

    @Test
    void loadsTheLargestCampusTheLimitsAllow() throws InputException {
        Scenario large = Scenarios.load(withMilestones(10_000, 4_999));

        assertThat(large.build().milestones()).hasSize(10_000);
        assertThat(large.timeline().risk().draws()).isEqualTo(4_999);
    }
}
