package io.gigawatt.planner.siting;

import static io.gigawatt.planner.siting.SitingFixtures.FACTORY;
import static io.gigawatt.planner.siting.SitingFixtures.STATELINE;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.GridTranche;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SiteScenariosTest {

    @Test
    void thePlanTakesTheSitesPlaceGridAndHeatAndDropsItsOwnPermit() throws InputException {
        Scenario plan = SitingFixtures.planLoader().load(java.nio.file.Path.of("../examples/colossus.yaml"));
        CandidateSite stateline = SitingFixtures.site(SitingFixtures.sites(), STATELINE);

        Scenario atSite = SiteScenarios.compose(plan, stateline);

        assertThat(atSite.site().name()).isEqualTo(STATELINE);
        assertThat(atSite.site().existingBuilding()).isFalse();
        assertThat(atSite.grid()).extracting(GridTranche::date)
                .containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2026, 6, 1));
        assertThat(atSite.equipment().generators().permitCapUnits()).isNull();
        assertThat(atSite.equipment().generators().permitCapMw()).isNull();
        assertThat(atSite.equipment().generators().model().id()).isEqualTo("smt-130");
        assertThat(atSite.build()).isEqualTo(plan.build());
        assertThat(atSite.name()).isEqualTo(plan.name());
    }

    @Test
    void powerAlreadyOnSiteCountsFromTheBuildStartAndNoTrancheFallsBelowIt() throws InputException {
        Scenario plan = SitingFixtures.plan();
        CandidateSite factory = SitingFixtures.site(SitingFixtures.sitesWith("firmMw: 50", "firmMw: 5"), FACTORY);

        Scenario atSite = SiteScenarios.compose(plan, factory);

        // 8 MW on site from the build start (2024-05-03, before the halls are ready); the 5 MW tranche keeps 8 MW.
        assertThat(atSite.grid()).extracting(t -> t.date() + " " + t.firm() + " " + t.note()).containsExactly(
                "2024-05-03 8 MW power already on site",
                "2024-08-01 8 MW raised to 50 MW by MLGW/TVA",
                "2025-05-15 150 MW 150 MW substation, approved by TVA 2024-11-07",
                "2026-02-11 300 MW another 150 MW, approved 2026-02-11");
    }
}
