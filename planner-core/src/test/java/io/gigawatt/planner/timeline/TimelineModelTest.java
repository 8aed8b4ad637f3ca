package io.gigawatt.planner.timeline;

import static io.gigawatt.planner.timeline.TimelineScenarios.FORTY_MW;
import static io.gigawatt.planner.timeline.TimelineScenarios.equipment;
import static io.gigawatt.planner.timeline.TimelineScenarios.onePhase;
import static io.gigawatt.planner.timeline.TimelineScenarios.plan;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.CampusPlan;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The timeline on small scenarios whose figures can be checked by hand (see {@link TimelineScenarios}): 64,000 test
 * GPUs need 100 MW at the facility and 53 rental chillers; with the grid's 40 MW, generators carry 60 MW, which
 * takes 5 smt-130 at 14.19 MW each.
 */
class TimelineModelTest {

    private static final String ORDERS_AT_START = "timeline:\n  orders:\n    generators: 2025-01-01\n";

    private static String permitCap(int units) {
        return "    permitCapUnits: " + units + "\n";
    }

    private static String eightyMwOn(String date) {
        return FORTY_MW + "    - date: " + date + "\n      firmMw: 80\n      note: new substation\n";
    }

    @Test
    void aPhaseWithEverythingOnHandIsReadyWhenItsGpusArrive() throws Exception {
        CampusPlan plan = plan(onePhase(FORTY_MW, equipment("", ""), ORDERS_AT_START));

        PhaseTimeline phase = plan.timeline().phases().get(0);
        assertThat(phase.ready()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(phase.installed()).isEqualTo(phase.gpusArrive());
        assertThat(phase.heldBy()).extracting(Hold::constraint).containsExactly("GPU deliveries");
        assertThat(phase.alternatives()).isEmpty();
        assertThat(phase.waitDays()).isZero();
        assertThat(phase.risk()).isNull();
    }

    @Test
    void aPermitTooSmallForTheGapWaitsForTheGridTrancheThatShrinksIt() throws Exception {
        // 2 units may run; 60 MW takes 5 until the 80 MW tranche leaves 20 MW, which 2 units (28.38 MW) carry.
        CampusPlan plan = plan(onePhase(eightyMwOn("2025-06-01"), equipment(permitCap(2), ""), ORDERS_AT_START));

        PhaseTimeline phase = plan.timeline().phases().get(0);
        assertThat(phase.ready()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(phase.waitDays()).isEqualTo(61);
        assertThat(phase.heldByText()).isEqualTo("the 80 MW grid tranche (new substation)");
        assertThat(phase.heldBySupply()).isTrue();
        assertThat(phase.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.change()).isEqualTo("3 more smt-130 than the air permit allows (5 instead of 2)");
            assertThat(a.ready()).isEqualTo(LocalDate.of(2025, 4, 1));
        });
    }

    @Test
    void aLaterGridTrancheNeverMakesThePhaseEarlier() throws Exception {
        LocalDate previous = LocalDate.MIN;
        for (LocalDate tranche = LocalDate.of(2025, 1, 2); tranche.isBefore(LocalDate.of(2026, 1, 1));
             tranche = tranche.plusDays(9)) {
            LocalDate ready = plan(onePhase(eightyMwOn(tranche.toString()), equipment(permitCap(2), ""),
                    ORDERS_AT_START)).timeline().phases().get(0).ready();

            assertThat(ready).as("ready with the 80 MW tranche on %s", tranche).isAfterOrEqualTo(previous);
            assertThat(ready).isEqualTo(tranche.isAfter(LocalDate.of(2025, 4, 1)) ? tranche : LocalDate.of(2025, 4, 1));
            previous = ready;
        }
    }

    @Test
    void moreInstallCrewsNeverMakeThePhaseLater() throws Exception {
        // 64,000 GPUs arrive evenly over 90 days (711 a day); a crew installs 200 a day.
        LocalDate previous = LocalDate.MAX;
        for (int crews = 1; crews <= 6; crews++) {
            String timeline = ORDERS_AT_START + "  installation:\n    crews: " + crews + "\n    gpusPerCrewDay: 200\n";
            PhaseTimeline phase = plan(onePhase(FORTY_MW, equipment("", ""), timeline)).timeline().phases().get(0);

            assertThat(phase.ready()).as("ready with %d crews", crews).isBeforeOrEqualTo(previous);
            previous = phase.ready();
        }
        assertThat(previous).isEqualTo(LocalDate.of(2025, 4, 1));
    }

    @Test
    void slowCrewsHoldThePhaseAndTheReportSaysHowManyMoreItTakes() throws Exception {
        // 2 crews x 200 = 400 GPUs a day: 64,000 take 160 days from the start, to 2025-06-10.
        String timeline = ORDERS_AT_START + "  installation:\n    crews: 2\n    gpusPerCrewDay: 200\n";
        PhaseTimeline phase = plan(onePhase(FORTY_MW, equipment("", ""), timeline)).timeline().phases().get(0);

        assertThat(phase.installed()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(phase.ready()).isEqualTo(phase.installed());
        assertThat(phase.heldByText()).isEqualTo("installation (2 crews, 400 GPUs a day)");
        assertThat(phase.heldBySupply()).isFalse();
        // 711.1 GPUs a day keep pace: 4 crews (800 a day).
        assertThat(phase.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.change()).isEqualTo("2 more install crews (4 in all)");
            assertThat(a.ready()).isEqualTo(LocalDate.of(2025, 4, 1));
        });
    }

    @Test
    void aDatedPermitThatRaisesTheCapReleasesThePhaseOnItsDate() throws Exception {
        String timeline = ORDERS_AT_START + """
                  permits:
                    - name: Title V permit
                      date: 2025-05-20
                      generatorUnits: 10
                """;
        PhaseTimeline phase = plan(onePhase(FORTY_MW, equipment(permitCap(2), ""), timeline)).timeline().phases().get(0);

        assertThat(phase.ready()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(phase.heldBy()).extracting(Hold::constraint, Hold::what)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("air permit", "the air permit 'Title V permit'"));
    }

    @Test
    void beyondTheRentalFleetGeneratorsMustBeBoughtAtTheirLeadTime() throws Exception {
        // 3 rentable units for a gap of 5: the rest come new, 545 days after the order (2026-06-30).
        CampusPlan plan = plan(onePhase(FORTY_MW, equipment("    rentalMarketUnits: 3\n", ""), ORDERS_AT_START));

        PhaseTimeline phase = plan.timeline().phases().get(0);
        assertThat(phase.ready()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(phase.heldByText()).isEqualTo("new smt-130 (545 days after ordering on 2025-01-01)");
        assertThat(phase.alternatives()).extracting(Alternative::change)
                .containsExactly("2 more smt-130 than the rental market holds (5 instead of 3)");
        assertThat(plan.timeline().leadTimes()).filteredOn(c -> c.equipment().equals("generators")).singleElement()
                .satisfies(c -> {
                    assertThat(c.route()).isEqualTo("purchase");
                    assertThat(c.arrives()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(c.slackDays()).isEqualTo(-455);
                });
        assertThat(plan.timeline().rentalShares()).filteredOn(s -> s.equipment().equals("generators"))
                .singleElement().satisfies(s -> assertThat(s.share()).isEqualTo(5 / 3.0));
    }

    @Test
    void aPhaseTheSupplyNeverCarriesIsNeverReadyAndSaysWhatIsMissing() throws Exception {
        PhaseTimeline phase = plan(onePhase(FORTY_MW, equipment(permitCap(2), ""), ORDERS_AT_START))
                .timeline().phases().get(0);

        assertThat(phase.ready()).isNull();
        assertThat(phase.everReady()).isFalse();
        assertThat(phase.heldByText()).isEqualTo("on-site generation: 60 MW to carry takes 5 x smt-130 where 2 may run");
        assertThat(phase.alternatives()).extracting(Alternative::toString)
                .containsExactly("with 3 more smt-130 than the air permit allows (5 instead of 2): 2025-04-01");
    }

    @Test
    void aModelAddedWithoutLeadTimesIsTakenAsOnHandWhenOrdered() throws Exception {
        String yaml = onePhase(FORTY_MW, equipment("", ""), ORDERS_AT_START).replace("model: smt-130", "model: gen-x")
                .replace("    smt-130:\n      availability: 1.0\n", """
                            gen-x:
                              name: A generator without lead times
                              kind: gas engine
                              ratedMw: 20
                              ratedUpToC: 40
                              deratePerDegreeC: 0.01
                              availability: 1.0
                              source: timeline tests
                        """);
        CampusPlan plan = plan(yaml);

        assertThat(plan.timeline().phases().get(0).ready()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(plan.timeline().leadTimes()).filteredOn(c -> c.equipment().equals("generators")).singleElement()
                .satisfies(c -> {
                    assertThat(c.route()).isEqualTo("unknown");
                    assertThat(c.arrives()).isEqualTo(LocalDate.of(2025, 1, 1));
                });
    }

    @Test
    void aTargetClosesWhenFirmSupplyStaysAtItsBudget() throws Exception {
        // 40 MW grid + 2 permitted units (28.38 MW) from 2025-03-02 + a 40 MW PPA in 2026 = 108.38 MW >= 100 MW.
        String timeline = ORDERS_AT_START + """
                  futureSupply:
                    - name: PPA
                      kind: ppa
                      firmMw: 40
                      earliest: 2026-03-01
                    - name: Plant next door
                      kind: generation
                      firmMw: 500
                      earliest: 2025-02-01
                      servesPhases: false
                """;
        String yaml = onePhase(FORTY_MW, equipment(permitCap(2), ""), timeline) + """
                targets:
                  - name: Hundred
                    date: 2025-12-31
                    facilityMw: 100
                    gpus: 64000
                  - name: Six hundred
                    date: 2025-12-31
                    facilityMw: 600
                    gpus: 384000
                """;
        CampusPlan plan = plan(yaml);

        // The plant next door closes the 100 MW target at once, but does not power the phase.
        assertThat(plan.timeline().targets().get(0).closes()).isEqualTo(LocalDate.of(2025, 2, 1));
        TargetTimeline big = plan.timeline().targets().get(1);
        assertThat(big.closes()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(big.lateDays()).isEqualTo(60);
        assertThat(big.supplyOnDate().mw()).isCloseTo(568.38, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(big.road()).extracting(RoadStep::change).containsExactly(
                "grid to 40 MW",
                "+500 MW Plant next door (generation)",
                "on-site generation to 28.4 MW (2 of 2 x smt-130 running, the rest spares)",
                "+40 MW PPA (ppa)");
        assertThat(plan.timeline().phases().get(0).ready()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(plan.timeline().phases().get(0).heldByText()).isEqualTo("PPA (40 MW)");
    }
}
