package io.gigawatt.planner.rules.siting;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.RulesModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example: the Colossus plan at a Memphis-like brownfield factory against two greenfields. The factory wins
 * the race for phase one because its building stands and its grid grows in weeks; let its substation slip a year
 * and a greenfield wins.
 */
class SiteRankingTest {

    private static final Path PLAN = Path.of("../examples/colossus-plan.yaml");
    private static final Path SITES = Path.of("../examples/colossus-sites.yaml");
    private static final String FACTORY = "Former Electrolux factory";
    private static final String STATELINE = "Stateline industrial park";
    private static final String WEST_TEXAS = "West Texas ranch";

    private static SiteEvaluator evaluator;

    @BeforeAll
    static void injector() {
        evaluator = Guice.createInjector(new RulesModule()).getInstance(SiteEvaluator.class);
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theBrownfieldFactoryWinsThePhaseOneRace() throws Exception {
        SiteComparison comparison = evaluator.compare(PLAN, SITES, null);

        assertThat(comparison.order()).containsExactly(FACTORY, STATELINE, WEST_TEXAS);
        assertThat(comparison.why().get(0)).isEqualTo(FACTORY + " ranks first: it carries Colossus 1 (177 MW) from"
                + " 2024-08-01, 32 days early, waiting only for the 50 MW grid tranche of 2024-08-01; then 50 MW of grid"
                + " and 12 x smt-130 carry it. " + STATELINE + ", the next site, carries it only from 2025-06-01, 304"
                + " days later, waiting for its new halls (ready 2025-06-01). " + FACTORY + " has an existing building,"
                + " ready 2024-06-01; " + STATELINE + " builds new halls, ready 2025-06-01.");
        assertThat(comparison.why()).contains("Colossus 1 (177 MW, 1,563 racks, due 2024-09-02): " + FACTORY
                + " from 2024-08-01 (32 days early); " + STATELINE + " from 2025-06-01 (272 days late); " + WEST_TEXAS
                + " never (Colossus 1 rejects 136 MW of heat with rental-chiller-480: 655 m3/day of water; the site has"
                + " 400 m3/day).");
        // The greenfield is the only site that reaches 1.2 GW, but the ranking races phase one first.
        assertThat(comparison.at(STATELINE).sitePlan().targets().get(0).earliest()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(comparison.at(FACTORY).sitePlan().targets().get(0).earliest()).isNull();
        assertThat(comparison.anyFeasible()).isFalse();
    }

    @Test
    void eachSiteSaysWhatItLacks() throws Exception {
        SiteComparison comparison = evaluator.compare(PLAN, SITES, null);

        assertThat(comparison.at(FACTORY).lacks()).extracting(Finding::rule).containsExactly(
                "Air permit caps below the fleet", "Gas supply short of the turbines' full-load flow",
                "Site carries a phase after its date", "Target power budget too small for its GPUs");
        assertThat(comparison.at(WEST_TEXAS).lacks()).extracting(f -> f.subject() + ": " + f.rule()).contains(
                "Colossus 1: Water supply short of the cooling's daily use",
                "Colossus 1: Air permit caps below the fleet");
    }

    @Test
    void aSubstationAYearLateHandsTheRaceToTheGreenfield() throws Exception {
        String sites = text(SITES)
                .replace("- date: 2024-08-01\n          firmMw: 50", "- date: 2025-08-01\n          firmMw: 50")
                .replace("- date: 2025-05-15\n          firmMw: 150", "- date: 2026-05-15\n          firmMw: 150")
                .replace("- date: 2026-02-11\n          firmMw: 300", "- date: 2027-02-11\n          firmMw: 300");

        SiteComparison comparison = evaluator.compare(PLAN.toString(), text(PLAN), "late-substation.yaml", sites, null);

        assertThat(comparison.order()).containsExactly(STATELINE, FACTORY, WEST_TEXAS);
        assertThat(comparison.why().get(0)).startsWith(STATELINE + " ranks first: it carries Colossus 1 (177 MW) from"
                + " 2025-06-01, 272 days late, waiting only for its new halls (ready 2025-06-01); then 100 MW of grid and"
                + " 8 x smt-130 carry it. " + FACTORY + ", the next site, carries it only from 2025-08-01, 61 days later,"
                + " waiting for the 50 MW grid tranche of 2025-08-01.");
    }

    @Test
    void aSubstationThatSlipsLessKeepsTheFactoryFirst() throws Exception {
        // The 50 MW tranche nine months late (2025-05-01) still comes before the greenfield's halls.
        String sites = text(SITES)
                .replace("- date: 2024-08-01\n          firmMw: 50", "- date: 2025-05-01\n          firmMw: 50");

        SiteComparison comparison = evaluator.compare(PLAN.toString(), text(PLAN), "later-substation.yaml", sites, null);

        assertThat(comparison.order()).startsWith(FACTORY, STATELINE);
        assertThat(comparison.at(FACTORY).sitePlan().phases().get(0).earliest()).isEqualTo(LocalDate.of(2025, 5, 1));
    }

    @Test
    void sitesReadyOnTheSameDaysRankByWhatTheyLack() throws Exception {
        // Two copies of the dry ranch, which never carries anything; the first in the file also has too small a permit.
        String ranch = text(SITES).substring(text(SITES).indexOf("  - name: " + WEST_TEXAS));
        String sites = "name: Twins\nsites:\n" + ranch.replace(WEST_TEXAS, "Capped ranch")
                + ranch.replace(WEST_TEXAS, "Permitted ranch").replace("capUnits: 16", "capUnits: 40")
                        .replace("capMw: 264", "capMw: 660");

        SiteComparison comparison = evaluator.compare(PLAN.toString(), text(PLAN), "twins.yaml", sites, null);

        assertThat(comparison.order()).containsExactly("Permitted ranch", "Capped ranch");
        assertThat(comparison.why().get(0)).isEqualTo("Permitted ranch and Capped ranch first carry each phase and"
                + " target on the same days, or never; Permitted ranch ranks first as it lacks less: 3 errors against 5.");
    }
}
