package io.gigawatt.planner.siting;

import static io.gigawatt.planner.siting.SitingFixtures.FACTORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.input.InputException;
import org.junit.jupiter.api.Test;

/** What Colossus 1 asks of the factory, worked out by hand from the catalogue. */
class SitingModelTest {

    @Test
    void colossusOneAtTheFactory() throws InputException {
        PhaseSiting one = SitingFixtures.at(FACTORY).phases().get(0);

        assertThat(one.site()).isEqualTo(FACTORY);
        assertThat(one.phase().name()).isEqualTo("Colossus 1");
        // 100,000 H100 at 64 to a rack: 1,563 racks x 60 sq ft.
        assertThat(one.racks()).isEqualTo(1_563);
        assertThat(one.floor().squareFeet()).isEqualTo(93_780);
        // 12 x smt-130 (16.5 MW x 0.05 acres per MW) and 59 Megapacks (3.9 MWh at 200 MWh per acre).
        assertThat(one.phase().generators().units()).isEqualTo(12);
        assertThat(one.generatorLand().acres()).isCloseTo(9.9, within(1e-9));
        assertThat(one.phase().batteries().units()).isEqualTo(59);
        assertThat(one.batteryLand().acres()).isCloseTo(59 * 3.9 / 200, within(1e-9));
        assertThat(one.land().acres()).isCloseTo(11.0505, within(1e-9));
        // 9 running x 14.19 MW x 9,750 Btu/kWh x 24 h.
        assertThat(one.gas().mmbtuPerDay()).isCloseTo(9 * 14_190.0 * 9_750 * 24 / 1e6, within(1e-6));
        // 136.425 MW of IT heat x 24 h x 0.2 L/kWh.
        assertThat(one.water().m3PerDay()).isCloseTo(654.84, within(1e-6));
        // The permit's 247 MW holds floor(247 / 16.5) = 14 units, fewer than its 15-unit cap and the 47 the land holds.
        assertThat(one.unitLimit()).isEqualTo(new UnitLimit(14, "the air permit's capacity cap of 247 MW"));
    }

    @Test
    void theLandLeftBesideTheBatteriesCanBeTheLimit() throws InputException {
        CandidateSite factory = SitingFixtures.site(SitingFixtures.sitesWith("landAcres: 40 ", "landAcres: 9 "), FACTORY);

        PhaseSiting one = SitingModel.standard().plan(SitingFixtures.plan(), factory).phases().get(0);

        // (9 - 1.1505 acres of batteries) / 0.825 acres per unit = 9.51: 9 units.
        assertThat(one.unitLimit()).isEqualTo(new UnitLimit(9, "its 9 acres of land (1.15 acres of it for batteries)"));
    }

    @Test
    void thePlansGpusWaitAtTheSiteUntilItCarriesTheirPhase() throws InputException {
        SitePlan factory = SitingFixtures.at(FACTORY);

        // Colossus 1 is carried 32 days early: its GPUs do not wait. The doubling's GPUs are installed on
        // 2024-12-01 and wait until the 300 MW tranche of 2026-02-11 carries them: 437 days.
        var waiting = factory.costs().phases().get(1).waiting();
        assertThat(factory.costs().phases().get(0).waiting().days()).isZero();
        assertThat(waiting.from()).isEqualTo(java.time.LocalDate.of(2024, 12, 1));
        assertThat(waiting.to()).isEqualTo(java.time.LocalDate.of(2026, 2, 11));
        assertThat(waiting.days()).isEqualTo(437);
        assertThat(factory.costs().waitingPresent().amount()).isPositive();
        // the rules judge the plan at the site as the ranking weighs it, not the plan with every phase on its date
        assertThat(factory.plan().costs()).isSameAs(factory.costs());
    }

    @Test
    void theTargetCountsItsRacksInTheMixOfTheLastMilestone() throws InputException {
        TargetSiting target = SitingFixtures.at(FACTORY).targets().get(0);

        // 1,000,000 GPUs as the doubling's mix (150,000 H100 : 50,000 H200): 750,000 H100 and 250,000 H200,
        // 11,719 + 3,907 racks of 64; IT heat 1.2 GW / PUE 1.2 = 1 GW.
        assertThat(target.demand().racks()).isEqualTo(15_626);
        assertThat(target.demand().it().mw()).isCloseTo(1_000, within(1e-9));
        assertThat(target.readiness().reachable()).isFalse();
        assertThat(target.readiness().lacking())
                .isEqualTo("1.2 GW campus's 15,626 racks need 937,560 sq ft of hall floor; the building has 785,000 sq ft");
    }
}
