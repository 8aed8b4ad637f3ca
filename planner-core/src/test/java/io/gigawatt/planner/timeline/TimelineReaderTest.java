package io.gigawatt.planner.timeline;

import static io.gigawatt.planner.timeline.TimelineScenarios.FORTY_MW;
import static io.gigawatt.planner.timeline.TimelineScenarios.equipment;
import static io.gigawatt.planner.timeline.TimelineScenarios.onePhase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.units.Days;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The timeline section and the catalogue's lead times, read and checked like every other part of a scenario. */
class TimelineReaderTest {

    @Test
    void readsTheColossusTimeline() throws Exception {
        Scenario colossus = TimelineScenarios.colossus();
        TimelineInput timeline = colossus.timeline();

        assertThat(timeline.orders().generators()).isEqualTo(LocalDate.of(2024, 5, 3));
        assertThat(timeline.installation().gpusPerDay()).isEqualTo(1280);
        assertThat(timeline.installation().basis()).isEqualTo("2 racks of 64 GPUs per crew a day");
        assertThat(timeline.futureSupply()).extracting(SupplyOption::kind)
                .containsExactly(SupplyKind.GENERATION, SupplyKind.PPA, SupplyKind.GRID, SupplyKind.SMR);
        assertThat(timeline.futureSupply().get(0).servesPhases()).isFalse();
        assertThat(timeline.futureSupply().get(1).slipDays()).isEqualTo(new Spread(0, 120, 540));
        assertThat(timeline.risk().seed()).isEqualTo(20240902);
        assertThat(timeline.risk().draws()).isEqualTo(2000);
        assertThat(timeline.risk().pue()).isEqualTo(new Spread(1.25, 1.3, 1.45));
        assertThat(colossus.equipment().generators().rentalMarketUnits()).isEqualTo(70);
    }

    @Test
    void withoutATimelineSectionThereIsNoTimeline() throws Exception {
        Scenario scenario = TimelineScenarios.load(onePhase(FORTY_MW, equipment("", ""), ""));

        assertThat(scenario.timeline()).isNull();
        assertThat(new io.gigawatt.planner.plan.Planner().plan(scenario).timeline()).isNull();
    }

    @Test
    void anOptionNotContractedBringsNoSupplyAndYamlsYesReadsAsTrue() throws Exception {
        Scenario scenario = TimelineScenarios.load(onePhase(FORTY_MW, equipment("", ""), """
                timeline:
                  futureSupply:
                    - name: Gas plant
                      kind: generation
                      firmMw: 100
                      earliest: 2026-01-01
                      servesPhases: yes
                      contracted: on
                    - name: Nuclear PPA
                      kind: ppa
                      firmMw: 300
                      earliest: 2028-01-01
                      contracted: no
                """));

        assertThat(scenario.timeline().futureSupply()).extracting(SupplyOption::name).containsExactly("Gas plant");
        assertThat(scenario.timeline().futureSupply().get(0).servesPhases()).isTrue();
        assertThat(scenario.timeline().uncontracted()).containsExactly("Nuclear PPA");
    }

    @Test
    void ordersDefaultToTheBuildStart() throws Exception {
        Scenario scenario = TimelineScenarios.load(onePhase(FORTY_MW, equipment("", ""), "timeline: {}\n"));

        assertThat(scenario.timeline().orders()).isEqualTo(new Orders(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1)));
        assertThat(scenario.timeline().installation()).isNull();
        assertThat(scenario.timeline().risk()).isNull();
    }

    @Test
    void everyProblemOfTheSectionIsReportedWithItsField() {
        String timeline = """
                timeline:
                  installation:
                    crews: 4
                    gpusPerCrewDay: 100
                    racksPerCrewDay: 2
                  permits:
                    - name: late
                      date: 2025-06-01
                      generatorUnits: 4
                    - name: early
                      date: 2025-05-01
                  futureSupply:
                    - name: Reactor
                      kind: nuclear
                      firmMw: 300
                      earliest: 2031-01-01
                  risk:
                    gridSlipDays: {low: 90, likely: 30, high: 180}
                    pue: {low: 1.2, likely: 1.3, high: 1.25}
                """;
        InputException e = catchThrowableOfType(InputException.class,
                () -> TimelineScenarios.load(onePhase(FORTY_MW, equipment("", ""), timeline)));

        assertThat(e.problems()).extracting(p -> p.field() + ": " + p.message()).containsExactly(
                "timeline.installation.racksPerCrewDay: given beside gpusPerCrewDay, expected one rate: gpusPerCrewDay,"
                        + " or racksPerCrewDay with gpusPerRack",
                "timeline.permits[1].generatorUnits: missing, expected the permit's cap: generatorUnits, generatorMw or both",
                "timeline.permits[1].date: 2025-05-01 is not after the previous permit's 2025-06-01, expected permits in date order",
                "timeline.futureSupply[0].kind: unknown kind of supply 'nuclear', expected one of the words: grid, ppa, restart, smr, generation",
                "timeline.risk.gridSlipDays.likely: 30 is below low 90, expected low <= likely <= high",
                "timeline.risk.pue.high: 1.25 is below likely 1.3, expected low <= likely <= high");
        assertThat(e.problems()).extracting(Problem::location).allSatisfy(l -> assertThat(l.line()).isPositive());
    }

    @Test
    void aMistypedKindIsAnsweredWithTheNearestKind() {
        String timeline = """
                timeline:
                  futureSupply:
                    - name: Restart
                      kind: restrat
                      firmMw: 300
                      earliest: 2028-01-01
                """;
        InputException e = catchThrowableOfType(InputException.class,
                () -> TimelineScenarios.load(onePhase(FORTY_MW, equipment("", ""), timeline)));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("unknown kind of supply 'restrat', did you mean 'restart'? expected one of the words: grid, ppa,"
                        + " restart, smr, generation"));
    }

    @Test
    void theCatalogueCarriesLeadTimesWithTheirSources() {
        Catalogue catalogue = CatalogueReader.loadDefault();

        var turbine = catalogue.generators().get("smt-130");
        assertThat(turbine.leadTime().rental()).isEqualTo(Days.of(60));
        assertThat(turbine.leadTime().purchase()).isEqualTo(Days.of(545));
        assertThat(turbine.sources().of("rentalLeadTimeDays")).contains("1-3 months");
        assertThat(catalogue.generators().get("titan-350").leadTime().rentable()).isFalse();
        assertThat(catalogue.batteries().get("megapack-2xl-4h").leadTime().purchase()).isEqualTo(Days.of(240));
        assertThat(catalogue.cooling().get("rental-chiller-480").leadTime().rental()).isEqualTo(Days.of(21));
        assertThat(catalogue.generators().values()).allSatisfy(g -> {
            assertThat(g.leadTime().known()).as("lead time of %s", g.id()).isTrue();
            assertThat(g.sources().perFigure()).as("sources of %s", g.id()).containsKey("leadTimeDays");
        });
    }

    @Test
    void aScenarioMayChangeALeadTimeAndTheSourceSaysWhere() throws Exception {
        String yaml = onePhase(FORTY_MW, equipment("", ""), "").replace("      availability: 1.0\n",
                "      availability: 1.0\n      rentalLeadTimeDays: 120\n");
        Scenario scenario = TimelineScenarios.load(yaml);

        var turbine = scenario.catalogue().generators().get("smt-130");
        assertThat(turbine.leadTime().rental()).isEqualTo(Days.of(120));
        assertThat(turbine.leadTime().purchase()).isEqualTo(Days.of(545));
        assertThat(turbine.sources().of("rentalLeadTimeDays")).startsWith("scenario override at timeline-test.yaml:");
    }
}
