package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * grid.drl. The default scenario's Phase 1 draws exactly 100 MW of facility power (64,000 GPUs x 1.5625 kW),
 * so the grid's firm MW is its share in percent. The derivation "Grid shortfall of a phase" makes no finding of its
 * own: it is seen here through "Grid share below the policy minimum", and in {@link TimelineRulesTest} through the
 * two timeline rules that read it too.
 */
class GridRulesTest {

    private static final String SHARE = "Grid share of a phase";
    private static final String BELOW_MINIMUM = "Grid share below the policy minimum";
    private static final String WAITS = "Phase waits for the grid to reach the minimum share";
    private static final String NO_TRANCHE = "No grid tranche reaches the minimum share";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(SHARE)
    void statesTheGridShareAndTheGapOfAPhase() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40));

        assertFinding(single(evaluation, SHARE, "Phase 1"), new Finding(SHARE, "grid", Severity.INFO,
                "The grid covers 40% of Phase 1 (40 MW of 100 MW on 2025-04-01); on-site generation carries 60 MW.",
                "Phase 1", numbers("gridShare", 0.4, "gridMw", 40, "facilityMw", 100, "onSiteMw", 60), null));
    }

    /** The rule has no threshold: it speaks once about every phase and never about a target. */
    @Test
    @Fires(SHARE)
    void speaksOnceAboutEveryPhaseAndNeverAboutATarget() throws Exception {
        // Phase 2 adds another 64,000 GPUs: 200 MW of facility power against the same 40 MW of grid.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40)
                .phase("Phase 2", LocalDate.of(2025, 7, 1), ScenarioBuilder.GPU, 64_000)
                .target("1 GW campus", 1000, 640_000, ScenarioBuilder.GPU));

        assertThat(findingsOf(evaluation, SHARE)).extracting(Finding::subject).containsExactly("Phase 1", "Phase 2");
        assertFinding(single(evaluation, SHARE, "Phase 2"), new Finding(SHARE, "grid", Severity.INFO,
                "The grid covers 20% of Phase 2 (40 MW of 200 MW on 2025-07-01); on-site generation carries 160 MW.",
                "Phase 2", numbers("gridShare", 0.2, "gridMw", 40, "facilityMw", 200, "onSiteMw", 160), null));
    }

    @Test
    @Fires(SHARE)
    void capsTheShareAtAllOfThePhaseWhenTheGridGivesMore() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(150));

        assertFinding(single(evaluation, SHARE, "Phase 1"), new Finding(SHARE, "grid", Severity.INFO,
                "The grid covers 100% of Phase 1 (150 MW of 100 MW on 2025-04-01); on-site generation carries 0 MW.",
                "Phase 1", numbers("gridShare", 1.0, "gridMw", 150, "facilityMw", 100, "onSiteMw", 0), null));
    }

    @Test
    @Fires(SHARE)
    void countsATrancheFromItsOwnDateButNotTheDayBefore() throws Exception {
        // A 100 MW tranche dated on the phase's date counts; dated one day later, the phase still sees 40 MW.
        Evaluation onTheDay = evaluate(rules, scenario().gridMw(40).tranche(LocalDate.of(2025, 4, 1), 100));
        Evaluation dayLate = evaluate(rules, scenario().gridMw(40).tranche(LocalDate.of(2025, 4, 2), 100));

        assertThat(single(onTheDay, SHARE, "Phase 1").message()).startsWith("The grid covers 100% of Phase 1 (100 MW of 100 MW");
        assertThat(single(onTheDay, SHARE, "Phase 1").numbers()).containsEntry("gridMw", 100.0);
        assertThat(single(dayLate, SHARE, "Phase 1").message()).startsWith("The grid covers 40% of Phase 1 (40 MW of 100 MW");
        assertThat(single(dayLate, SHARE, "Phase 1").numbers()).containsEntry("gridMw", 40.0);
    }

    @Test
    @Fires(BELOW_MINIMUM)
    void warnsWhenTheGridCarriesLessThanAFifth() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10));

        // 20% of 100 MW is 20 MW: 10 MW more reaches the minimum.
        assertFinding(single(evaluation, BELOW_MINIMUM, "Phase 1"), new Finding(BELOW_MINIMUM, "grid",
                Severity.WARNING,
                "The grid covers only 10% of Phase 1 (10 MW of 100 MW), below the 20% minimum; 90 MW must come from"
                        + " on-site generation.",
                "Phase 1", numbers("gridShare", 0.1, "minimumGridShare", 0.2, "gridMw", 10, "facilityMw", 100),
                "secure 10 MW more firm grid by 2025-04-01 to reach 20%, or accept the policy exception"));
    }

    @Test
    @Fires(BELOW_MINIMUM)
    void warnsJustBelowTheMinimum() throws Exception {
        // 19.9 MW of 100 MW: 0.1 percentage point below the 20% minimum, 100 kW short of it.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(19.9));

        assertThat(evaluation.plan().phases().get(0).gridShare()).isLessThan(0.20);
        // The share is shown to a tenth of a percent, so 19.9% does not read as the 20% minimum itself.
        assertFinding(single(evaluation, BELOW_MINIMUM, "Phase 1"), new Finding(BELOW_MINIMUM, "grid",
                Severity.WARNING,
                "The grid covers only 19.9% of Phase 1 (19.9 MW of 100 MW), below the 20% minimum; 80.1 MW must come"
                        + " from on-site generation.",
                "Phase 1", numbers("gridShare", 0.199, "minimumGridShare", 0.2, "gridMw", 19.9, "facilityMw", 100),
                "secure 100 kW more firm grid by 2025-04-01 to reach 20%, or accept the policy exception"));
    }

    /**
     * Exactly 20% (20 MW of 100 MW, 0.2 in binary both ways) and 20.1%: neither is below the minimum, so the
     * derivation inserts no shortfall and none of the three judgements that read it speaks.
     */
    @ParameterizedTest(name = "{0} MW of 100 MW")
    @ValueSource(doubles = {20.0, 20.1})
    @NearMiss(BELOW_MINIMUM)
    void staysQuietAtTheMinimum(double gridMw) throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(gridMw));

        double share = evaluation.plan().phases().get(0).gridShare();
        assertThat(share).isGreaterThanOrEqualTo(0.20).isCloseTo(gridMw / 100, within(1e-12));
        assertThat(rulesFired(evaluation)).contains(SHARE).doesNotContain(BELOW_MINIMUM, WAITS, NO_TRANCHE);
    }
}
