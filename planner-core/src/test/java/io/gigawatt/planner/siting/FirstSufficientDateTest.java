package io.gigawatt.planner.siting;

import static io.gigawatt.planner.siting.SitingFixtures.FACTORY;
import static io.gigawatt.planner.siting.SitingFixtures.STATELINE;
import static io.gigawatt.planner.siting.SitingFixtures.WEST_TEXAS;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.InputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The first day a site carries a phase: each thing it can wait for, and each thing it can lack. */
class FirstSufficientDateTest {

    private static Readiness colossusOne(SiteFile sites, String site) throws InputException {
        return SitingModel.standard().plan(SitingFixtures.plan(), SitingFixtures.site(sites, site)).phases().get(0)
                .readiness();
    }

    @Test
    void theFactoryWaitsForTheFiftyMegawattTranche() throws InputException {
        Readiness one = colossusOne(SitingFixtures.sites(), FACTORY);

        // On 8 MW the 169 MW left need 15 turbines where the permit's 247 MW hold 14; on 50 MW, 12 do.
        assertThat(one.date()).isEqualTo(LocalDate.of(2024, 8, 1));
        assertThat(one.waitsFor()).isEqualTo("the 50 MW grid tranche of 2024-08-01");
        assertThat(one.carriedBy()).isEqualTo("50 MW of grid and 12 x smt-130");
        assertThat(SitingFixtures.at(FACTORY).phases().get(0).daysLate()).isEqualTo(-32);
        assertThat(SitingFixtures.at(FACTORY).phases().get(0).timing()).isEqualTo("32 days before its date");
    }

    @Test
    void withoutTheTranchesThatFollowTheFactoryNeverCarriesIt() throws InputException {
        SiteFile sites = SitingFixtures.sitesWith("""
                        - date: 2024-08-01
                          firmMw: 50
                          note: raised to 50 MW by MLGW/TVA
                        - date: 2025-05-15
                          firmMw: 150
                          note: 150 MW substation, approved by TVA 2024-11-07
                        - date: 2026-02-11
                          firmMw: 300
                          note: another 150 MW, approved 2026-02-11
                """, """
                        - date: 2024-05-03
                          firmMw: 8
                """);

        Readiness one = colossusOne(sites, FACTORY);

        assertThat(one.reachable()).isFalse();
        assertThat(one.lacking()).isEqualTo("Colossus 1 (177 MW) needs 169 MW on site beside 8 MW of grid: 15 x smt-130"
                + " (248 MW rated) at 35 C; the site allows 14, set by the air permit's capacity cap of 247 MW");
    }

    @Test
    void aNewBuildWaitsForItsHalls() throws InputException {
        Readiness one = colossusOne(SitingFixtures.sites(), STATELINE);

        assertThat(one.date()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(one.waitsFor()).isEqualTo("its new halls (ready 2025-06-01)");
        assertThat(one.carriedBy()).isEqualTo("100 MW of grid and 8 x smt-130");
    }

    @Test
    void withoutGridASiteWaitsForItsAirPermit() throws InputException {
        // The ranch made cooler and wetter: halls ready 2025-02-01, no grid until 2026, so the turbines carry it all
        // from the day they may run.
        SiteFile sites = westTexas("      grantedBy: 2024-11-01", "      grantedBy: 2025-03-15");

        Readiness one = colossusOne(sites, WEST_TEXAS);

        assertThat(one.date()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(one.waitsFor()).isEqualTo("its air permit (2025-03-15)");
        assertThat(one.carriedBy()).isEqualTo("16 x smt-130");
    }

    /** The ranch at 35 C with water enough, and one more change. */
    private static SiteFile westTexas(String from, String to) throws InputException {
        String text = SitingFixtures.text(SitingFixtures.SITES);
        assertThat(text).contains(from);
        return SiteFileLoader.load("sites.yaml", text.replace(from, to)
                .replace("    designAmbientC: 42                  # desert design day", "    designAmbientC: 35")
                .replace("      availableM3PerDay: 400 ", "      availableM3PerDay: 4000 "), SitingFixtures.plan());
    }

    @Test
    void withoutGridASiteWaitsForItsGas() throws InputException {
        SiteFile sites = westTexas("      availableFrom: 2024-09-01", "      availableFrom: 2025-04-01");

        Readiness one = colossusOne(sites, WEST_TEXAS);

        assertThat(one.date()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(one.waitsFor()).isEqualTo("its gas supply (2025-04-01)");
    }

    @Test
    void aDrySiteNeverCarriesIt() throws InputException {
        Readiness one = colossusOne(SitingFixtures.sites(), WEST_TEXAS);

        assertThat(one.reachable()).isFalse();
        assertThat(one.lacking()).isEqualTo(
                "Colossus 1 rejects 136 MW of heat with rental-chiller-480: 655 m3/day of water; the site has 400 m3/day");
    }

    @Test
    void aSmallPipelineFeedsTooFewTurbines() throws InputException {
        // 10,000 MMBtu a day feeds three turbines at 3,320 MMBtu a day each; Colossus 1 runs 9 on 50 MW of grid.
        SiteFile sites = SitingFixtures.sitesWith("pipelineMmbtuPerDay: 60000 ", "pipelineMmbtuPerDay: 10000 ");

        Readiness one = colossusOne(sites, FACTORY);

        // From 2025-05-15, 150 MW of grid leave 27.4 MW: 2 turbines run, within the pipeline.
        assertThat(one.date()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(one.waitsFor()).isEqualTo("the 150 MW grid tranche of 2025-05-15");
    }

    @Test
    void aBuildingTooSmallNeverCarriesIt() throws InputException {
        SiteFile sites = SitingFixtures.sitesWith("floorAreaSqFt: 785000 ", "floorAreaSqFt: 90000 ");

        Readiness one = colossusOne(sites, FACTORY);

        assertThat(one.lacking()).isEqualTo(
                "Colossus 1's 1,563 racks need 93,780 sq ft of hall floor; the building has 90,000 sq ft");
    }
}
