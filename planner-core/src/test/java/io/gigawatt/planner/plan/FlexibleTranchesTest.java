package io.gigawatt.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.units.Quantities;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Texas example's flexible tranche: sooner ready dates, and the GPU-hours its curtailment events cost; and
 * Colossus's 150 MW, which TVA connected flexible with no firm date.
 */
class FlexibleTranchesTest {

    private static final Path TEXAS = Path.of("../examples/texas.yaml");
    private static final Path COLOSSUS = Path.of("../examples/colossus.yaml");
    /** The tranche's class and its flexible terms, as the example writes them. */
    private static final String FLEXIBLE_TERMS = "(?s)      class: flexible\n.*?calledBy: ERCOT\n";

    private static Scenario load(String text) throws InputException {
        return new ScenarioLoader(CatalogueReader.loadDefault()).load("texas.yaml", text);
    }

    private static Scenario texas() throws IOException, InputException {
        return load(Files.readString(TEXAS));
    }

    @Test
    void aFlexibleTrancheIsDeliveredOnItsFlexibleDateAndCurtailableUntilItsFirmOne() throws Exception {
        GridTranche substation = texas().grid().get(1);

        assertThat(substation.isFlexible()).isTrue();
        assertThat(substation.from()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(substation.date()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(substation.flexible().hoursPerYear()).isEqualTo(44);
        assertThat(substation.flexible().noticeHours()).isEqualTo(24);
        assertThat(substation.flexible().calledBy()).isEqualTo("ERCOT");
        assertThat(substation.curtailableOn(LocalDate.of(2028, 5, 31))).isTrue();
        assertThat(substation.curtailableOn(LocalDate.of(2028, 6, 1))).isFalse();
    }

    @Test
    void theTimelineCountsTheFlexibleTrancheTowardTimeToPower() throws Exception {
        CampusPlan plan = new Planner().plan(texas());

        PhaseFlexibility hall2 = plan.flexibility().get(1);
        assertThat(plan.timeline().phases().get(1).ready()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(hall2.ready()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(hall2.readyIfFirm()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(hall2.daysSooner()).isEqualTo(548);
    }

    @Test
    void aTrancheWithoutAClassIsFirmAsBefore() throws Exception {
        String text = Files.readString(TEXAS);
        assertThat(text).containsPattern(FLEXIBLE_TERMS);

        CampusPlan plan = new Planner().plan(load(text.replaceAll(FLEXIBLE_TERMS, "")));

        assertThat(plan.flexibility()).isEmpty();
        assertThat(plan.timeline().phases().get(1).ready()).isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void eventsAreRiddenWithBatteriesThenTheWorkloadsMeasuredShareAndTheRestIsDropped() throws Exception {
        CampusPlan plan = new Planner().plan(texas());

        Curtailment hall2 = plan.flexibility().get(1).curtailment();
        PhasePlan phase = plan.phases().get(1);
        assertThat(hall2.shortfall().mw()).isCloseTo(phase.facility().mw() - 40, within(1e-6));
        assertThat(hall2.generators().watts()).isZero();
        assertThat(hall2.batteries()).isEqualTo(phase.batteries().power());
        assertThat(hall2.gpuRelief().mw()).isCloseTo(phase.facility().mw() * 0.0635, within(1e-6));
        assertThat(hall2.uncovered().mw()).isCloseTo(hall2.shortfall().mw() - hall2.batteries().mw()
                - hall2.gpuRelief().mw(), within(1e-6));
        long stopped = Math.round((hall2.gpuRelief().watts() + hall2.uncovered().watts())
                / (phase.facility().watts() / 100_000));
        assertThat(hall2.gpusStopped()).isEqualTo(stopped);
        assertThat(hall2.lostGpuHours()).isEqualTo(stopped * 44.0);
        assertThat(hall2.arithmetic()).isEqualTo("22 events of 2 h (44 h a year) x " + Quantities.count(stopped)
                + " GPUs stopped = " + Quantities.count(stopped * 44) + " GPU-hours");
    }

    @Test
    void theLostGpuHoursArePricedAsIdleGpusAre() throws Exception {
        PhaseFlexibility hall2 = new Planner().plan(texas()).flexibility().get(1);

        // the scenario values idle GPUs at their rental (the default): GB200 at $6 a GPU-hour in the catalogue
        assertThat(hall2.lostValue().amount() / hall2.curtailment().lostGpuHours()).isCloseTo(6.0, within(0.3));
    }

    @Test
    void generatorsUnderThePermitRideAnEventFirst() throws Exception {
        CampusPlan plan = new Planner().plan(texas());

        Curtailment hall1 = plan.flexibility().get(0).curtailment();
        assertThat(hall1.generators()).isEqualTo(hall1.shortfall());
        assertThat(hall1.lostGpuHours()).isZero();
    }

    @Test
    void batteriesHoldOnlyWhatTheirEnergyLastsThroughTheLongestEvent() throws Exception {
        CampusPlan plan = new Planner().plan(load(Files.readString(TEXAS)
                .replace("longestEventHours: 2", "longestEventHours: 8")));

        Curtailment hall2 = plan.flexibility().get(1).curtailment();
        PhasePlan phase = plan.phases().get(1);
        assertThat(hall2.batteries().mw()).isCloseTo(phase.batteries().energy().mwh() / 8, within(1e-6));
    }

    @Test
    void aFlexibleTrancheWithNoFirmDateIsCurtailableUntilALaterTrancheRaisesTheLevel() throws Exception {
        Scenario colossus = load(Files.readString(COLOSSUS));
        GridTranche substation = colossus.grid().get(2);

        assertThat(substation.hasFirmDate()).isFalse();
        assertThat(substation.from()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(substation.flexible().noticeHours()).isEqualTo(0.5);
        assertThat(substation.flexible().calledBy()).isEqualTo("TVA");
        assertThat(colossus.gridSupply().curtailableOn(LocalDate.of(2026, 8, 14))).isEqualTo(substation);
        assertThat(colossus.gridSupply().curtailableOn(LocalDate.of(2026, 8, 15))).isNull();
        // taken firm the utility would not deliver it: 50 MW until the second substation
        assertThat(colossus.gridSupply().takenFirm().firmOn(LocalDate.of(2025, 6, 1)).mw()).isEqualTo(50);
    }

    @Test
    void colossussFlexibleTrancheMovesNoReadyDateAndItsTurbinesRideEveryEvent() throws Exception {
        CampusPlan plan = new Planner().plan(load(Files.readString(COLOSSUS)));

        PhaseFlexibility colossus1 = plan.flexibility().get(0);
        PhaseFlexibility doubling = plan.flexibility().get(1);
        assertThat(colossus1.ready()).isEqualTo(colossus1.readyIfFirm()).isEqualTo(LocalDate.of(2024, 9, 2));
        // the doubling waits for the second substation, firm, with the 150 MW flexible or without it
        assertThat(doubling.ready()).isEqualTo(doubling.readyIfFirm()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(colossus1.curtailment().shortfall().mw()).isCloseTo(100, within(1e-6));
        assertThat(colossus1.curtailment().generators()).isEqualTo(colossus1.curtailment().shortfall());
        assertThat(colossus1.curtailment().lostGpuHours()).isZero();
        assertThat(doubling.curtailable()).isFalse();
    }

    @Test
    void withNoFirmDateAPhaseThatNeedsTheTrancheIsNeverReadyWithEveryTrancheFirm() throws Exception {
        String text = Files.readString(TEXAS);
        assertThat(text).contains("    - date: 2028-06-01 ");

        PhaseFlexibility hall2 = new Planner().plan(load(text.replace("    - date: 2028-06-01 ", "    - ")))
                .flexibility().get(1);

        assertThat(hall2.ready()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(hall2.readyIfFirm()).isNull();
        assertThat(hall2.curtailment().tranche().hasFirmDate()).isFalse();
    }
}
