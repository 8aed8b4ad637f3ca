package io.gigawatt.planner.siting;

import static io.gigawatt.planner.siting.SitingFixtures.FACTORY;
import static io.gigawatt.planner.siting.SitingFixtures.STATELINE;
import static io.gigawatt.planner.siting.SitingFixtures.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SiteFileLoaderTest {

    @Test
    void readsTheCandidatesOfTheExample() throws InputException {
        SiteFile sites = SitingFixtures.sites();

        assertThat(sites.name()).isEqualTo("Candidate sites for Colossus");
        assertThat(sites.sites()).extracting(CandidateSite::name)
                .containsExactly(FACTORY, STATELINE, SitingFixtures.WEST_TEXAS);
        assertThat(sites.sites()).extracting(CandidateSite::number).containsExactly(1, 2, 3);
        CandidateSite factory = site(sites, FACTORY);
        assertThat(factory.building().existing()).isTrue();
        assertThat(factory.building().floor().squareFeet()).isEqualTo(785_000);
        assertThat(factory.building().powerOnSite().mw()).isEqualTo(8);
        assertThat(factory.building().readyBy()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(factory.land().acres()).isEqualTo(40);
        assertThat(factory.substationKm()).isEqualTo(0.5);
        assertThat(factory.grid()).extracting(t -> t.firm().mw()).containsExactly(50.0, 150.0, 300.0);
        assertThat(factory.gas().capacity().mmbtuPerDay()).isEqualTo(60_000);
        assertThat(factory.gas().availableFrom()).isNull();
        assertThat(factory.water().m3PerDay()).isEqualTo(5_000);
        assertThat(factory.airPermit().capUnits()).isEqualTo(15);
        assertThat(factory.airPermit().capMw().mw()).isEqualTo(247);
        assertThat(factory.airPermit().grantedBy()).isEqualTo(LocalDate.of(2024, 6, 15));
        assertThat(factory.designAmbient().celsius()).isEqualTo(35);
    }

    @Test
    void gasAndAirPermitMayBeLeftOut() throws InputException {
        SiteFile sites = SitingFixtures.sitesWith("""
                    gas:
                      pipelineMmbtuPerDay: 60000        # assumption: an MLGW gas main of the industrial park
                      note: city gas main along the industrial park
                """, "");

        CandidateSite factory = site(sites, FACTORY);
        assertThat(factory.gas()).isEqualTo(GasSupply.NONE);
        assertThat(site(sites, STATELINE).airPermit().capped()).isTrue();
    }

    @Test
    void everyProblemIsLocatedWithWhatWasExpected() {
        InputException e = catchThrowableOfType(InputException.class, () -> SitingFixtures.sitesWith(
                "  - name: Stateline industrial park\n", "  - name: Former Electrolux factory\n    landAcers: 3\n"));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "sites.yaml:44:11: sites[1].name: 'Former Electrolux factory' also names another site, expected a name"
                        + " of its own",
                "sites.yaml:45:5: sites[1].landAcers: unknown key, did you mean 'landAcres'? expected one of: name,"
                        + " location, designAmbientC, building, landAcres, substationKm, grid, gas, water, airPermit");
    }

    @Test
    void aSiteTooHotForThePlansGeneratorsIsRefused() throws InputException {
        // A turbine that loses 5% a degree above 15 C has nothing left at 35 C.
        var plan = SitingFixtures.planLoader().load("plan.yaml", SitingFixtures.text(SitingFixtures.PLAN) + """
                catalogue:
                  generators:
                    smt-130:
                      deratePerDegreeC: 0.05
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> SiteFileLoader.load("sites.yaml",
                SitingFixtures.text(SitingFixtures.SITES), plan));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "sites.yaml:12:21: sites[0].designAmbientC: 35 C leaves the plan's smt-130 with 0% of its rating,"
                        + " expected an ambient the generator model can run in",
                "sites.yaml:46:21: sites[1].designAmbientC: 35 C leaves the plan's smt-130 with 0% of its rating,"
                        + " expected an ambient the generator model can run in",
                "sites.yaml:77:21: sites[2].designAmbientC: 42 C leaves the plan's smt-130 with 0% of its rating,"
                        + " expected an ambient the generator model can run in");
    }
}
