package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.PhasePlan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * timeline.drl: whether each phase's power is there when its GPUs are. The default Phase 1 draws 100 MW on
 * 2025-04-01, so the 20% grid minimum is 20 MW. The two grid timeline rules read the derivation "Grid shortfall of a
 * phase" (grid.drl): they speak only about a phase below the minimum on its date, and a near miss on the minimum
 * itself silences both. Planned generators give 14.19 MW each (smt-130 at 35 C).
 */
class TimelineRulesTest {

    private static final String WAITS = "Phase waits for the grid to reach the minimum share";
    private static final String NO_TRANCHE = "No grid tranche reaches the minimum share";
    private static final String GPUS_EARLY = "GPUs arrive before their power";
    private static final String BELOW_MINIMUM = "Grid share below the policy minimum";
    private static final String SPARES = "Planned generators without N+k spares";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(WAITS)
    void countsTheDaysUntilATrancheLiftsThePhaseToTheMinimum() throws Exception {
        // 10 MW on 2025-04-01 (10%); 30 MW from 2025-07-01, 91 days later (30 + 31 + 30).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10).tranche(LocalDate.of(2025, 7, 1), 30));

        assertFinding(single(evaluation, WAITS, "Phase 1"), new Finding(WAITS, "timeline", Severity.WARNING,
                "Phase 1 leans on on-site generation for 91 days: the grid reaches 20% of its 100 MW only on"
                        + " 2025-07-01, when 30 MW (30%) arrive.",
                "Phase 1", numbers("days", 91, "trancheMw", 30, "facilityMw", 100),
                "bring the 30 MW tranche forward to 2025-04-01, or line up on-site generation and fuel for 91 days"));
        assertThat(rulesFired(evaluation)).contains(BELOW_MINIMUM).doesNotContain(NO_TRANCHE);
    }

    @Test
    @Fires(WAITS)
    void namesTheFirstTrancheThatReachesTheMinimum() throws Exception {
        // 15 MW from 2025-05-01 is not enough; 20 MW from 2025-06-01 is exactly 20% and counts (61 days); the
        // 50 MW from 2025-09-01 comes later.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10)
                .tranche(LocalDate.of(2025, 5, 1), 15)
                .tranche(LocalDate.of(2025, 6, 1), 20)
                .tranche(LocalDate.of(2025, 9, 1), 50));

        assertFinding(single(evaluation, WAITS, "Phase 1"), new Finding(WAITS, "timeline", Severity.WARNING,
                "Phase 1 leans on on-site generation for 61 days: the grid reaches 20% of its 100 MW only on"
                        + " 2025-06-01, when 20 MW (20%) arrive.",
                "Phase 1", numbers("days", 61, "trancheMw", 20, "facilityMw", 100),
                "bring the 20 MW tranche forward to 2025-04-01, or line up on-site generation and fuel for 61 days"));
    }

    @Test
    @Fires({WAITS, NO_TRANCHE})
    void judgesEachPhaseAgainstItsOwnFacilityPower() throws Exception {
        // A 25 MW tranche on 2025-05-01 lifts Phase 1 (100 MW) to 25% after 30 days, but Phase 2 (200 MW on
        // 2025-07-01) sees the same 25 MW as 12.5%, and no later tranche reaches its 40 MW.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10).tranche(LocalDate.of(2025, 5, 1), 25)
                .phase("Phase 2", LocalDate.of(2025, 7, 1), GPU, 64_000));

        assertThat(findingsOf(evaluation, WAITS)).extracting(Finding::subject).containsExactly("Phase 1");
        assertThat(findingsOf(evaluation, NO_TRANCHE)).extracting(Finding::subject).containsExactly("Phase 2");
        assertFinding(single(evaluation, WAITS, "Phase 1"), new Finding(WAITS, "timeline", Severity.WARNING,
                "Phase 1 leans on on-site generation for 30 days: the grid reaches 20% of its 100 MW only on"
                        + " 2025-05-01, when 25 MW (25%) arrive.",
                "Phase 1", numbers("days", 30, "trancheMw", 25, "facilityMw", 100),
                "bring the 25 MW tranche forward to 2025-04-01, or line up on-site generation and fuel for 30 days"));
        assertFinding(single(evaluation, NO_TRANCHE, "Phase 2"), new Finding(NO_TRANCHE, "timeline", Severity.WARNING,
                "No grid tranche in the scenario brings Phase 2 to 20% of its 200 MW (40 MW): it runs on on-site"
                        + " generation for good.",
                "Phase 2", numbers("facilityMw", 200, "neededGridMw", 40),
                "negotiate a grid tranche of at least 40 MW"));
    }

    @Test
    @NearMiss({WAITS, NO_TRANCHE})
    void staysQuietForAPhaseAtTheMinimum() throws Exception {
        // 20 MW of 100 MW on the phase's date is not below 20%: no shortfall, so no wait, whatever comes later.
        Evaluation withLaterTranche = evaluate(rules, scenario().gridMw(20).tranche(LocalDate.of(2025, 7, 1), 30));
        Evaluation without = evaluate(rules, scenario().gridMw(20));

        assertThat(rulesFired(withLaterTranche)).doesNotContain(BELOW_MINIMUM, WAITS, NO_TRANCHE);
        assertThat(rulesFired(without)).doesNotContain(BELOW_MINIMUM, WAITS, NO_TRANCHE);
    }

    @Test
    @Fires(NO_TRANCHE)
    void warnsWhenNoTrancheEverReachesTheMinimum() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10));

        assertFinding(single(evaluation, NO_TRANCHE, "Phase 1"), new Finding(NO_TRANCHE, "timeline", Severity.WARNING,
                "No grid tranche in the scenario brings Phase 1 to 20% of its 100 MW (20 MW): it runs on on-site"
                        + " generation for good.",
                "Phase 1", numbers("facilityMw", 100, "neededGridMw", 20),
                "negotiate a grid tranche of at least 20 MW"));
        assertThat(rulesFired(evaluation)).contains(BELOW_MINIMUM).doesNotContain(WAITS);
    }

    @Test
    @Fires(NO_TRANCHE)
    void warnsWhenTheLaterTrancheFallsJustShort() throws Exception {
        // 19.9 MW from 2025-06-01: 0.1 MW short of 20 MW, so the phase never reaches the minimum.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10).tranche(LocalDate.of(2025, 6, 1), 19.9));

        assertThat(single(evaluation, NO_TRANCHE, "Phase 1").numbers()).containsEntry("neededGridMw", 20.0);
        assertThat(rulesFired(evaluation)).doesNotContain(WAITS);
    }

    @Test
    @NearMiss(NO_TRANCHE)
    void staysQuietWhenALaterTrancheReachesTheMinimumExactly() throws Exception {
        // 20 MW from 2025-06-01 is exactly 20% of 100 MW: the phase waits (61 days) but not for good.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(10).tranche(LocalDate.of(2025, 6, 1), 20));

        assertThat(rulesFired(evaluation)).contains(BELOW_MINIMUM, WAITS).doesNotContain(NO_TRANCHE);
        assertThat(single(evaluation, WAITS, "Phase 1").numbers()).containsEntry("days", 61.0);
    }

    @Test
    @Fires(GPUS_EARLY)
    void rejectsPlannedGeneratorsThatCannotCarryTheGap() throws Exception {
        // 60 MW on site; 4 planned smt-130 give 4 x 14.19 = 56.76 MW: 3.24 MW short, ceil(3.24 / 14.19) = 1 unit.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(4));

        assertFinding(single(evaluation, GPUS_EARLY, "Phase 1"), new Finding(GPUS_EARLY, "timeline", Severity.ERROR,
                "Phase 1 must carry 60 MW on site on 2025-04-01, but its 4 planned x smt-130 give 56.8 MW at design"
                        + " ambient: 3.24 MW of GPUs have no power.",
                "Phase 1", numbers("onSiteMw", 60, "plannedGenerationMw", 56.76, "unpoweredMw", 3.24, "units", 1),
                "add 1 x smt-130 (16.5 MW rated) before 2025-04-01, or install fewer GPUs by then"));
        assertThat(rulesFired(evaluation)).doesNotContain(SPARES);
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires(GPUS_EARLY)
    void judgesTheWorstDayBeforeATrancheArrives() throws Exception {
        // No grid until 100 MW on 2025-03-01: on 2025-02-28 generators carry 100 x 58/90 = 64.44 MW, though on the
        // phase's date the grid carries everything. 4 planned give 56.76 MW: 7.68 MW short, 1 unit more.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(0).tranche(LocalDate.of(2025, 3, 1), 100)
                .plannedGenerators(4));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.gridShare()).isEqualTo(1.0);
        assertFinding(single(evaluation, GPUS_EARLY, "Phase 1"), new Finding(GPUS_EARLY, "timeline", Severity.ERROR,
                "Phase 1 must carry 64.4 MW on site on 2025-02-28, but its 4 planned x smt-130 give 56.8 MW at design"
                        + " ambient: 7.68 MW of GPUs have no power.",
                "Phase 1", numbers("onSiteMw", 100.0 * 58 / 90, "plannedGenerationMw", 56.76,
                        "unpoweredMw", 100.0 * 58 / 90 - 56.76, "units", 1),
                "add 1 x smt-130 (16.5 MW rated) before 2025-02-28, or install fewer GPUs by then"));
    }

    @Test
    @Fires(GPUS_EARLY)
    void countsTheUnitsMissingAtTheirOutputInTheHeat() throws Exception {
        // recip-34sg gives its full 10 MW at 35 C: 5 planned give 50 MW of the 60 MW, 1 more unit.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).generators("recip-34sg").plannedGenerators(5));

        assertFinding(single(evaluation, GPUS_EARLY, "Phase 1"), new Finding(GPUS_EARLY, "timeline", Severity.ERROR,
                "Phase 1 must carry 60 MW on site on 2025-04-01, but its 5 planned x recip-34sg give 50 MW at design"
                        + " ambient: 10 MW of GPUs have no power.",
                "Phase 1", numbers("onSiteMw", 60, "plannedGenerationMw", 50, "unpoweredMw", 10, "units", 1),
                "add 1 x recip-34sg (10 MW rated) before 2025-04-01, or install fewer GPUs by then"));
    }

    @Test
    @NearMiss(GPUS_EARLY)
    void acceptsPlannedGeneratorsThatCarryTheGapExactly() throws Exception {
        // 6 planned recip-34sg give exactly the 60 MW the phase needs on site (5 fire, above). With no spare the
        // N+k rule objects instead.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).generators("recip-34sg").plannedGenerators(6));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.plannedGeneration()).isEqualTo(phase.onSiteNeed());
        assertThat(rulesFired(evaluation)).contains(SPARES).doesNotContain(GPUS_EARLY);
    }

    @Test
    @NearMiss(GPUS_EARLY)
    void staysQuietWhenTheGridCarriesThePhase() throws Exception {
        // No on-site need at all: even 0 planned generators leave no GPU without power.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).plannedGenerators(0));

        assertThat(evaluation.plan().phases().get(0).onSiteNeed().watts()).isZero();
        assertThat(rulesFired(evaluation)).doesNotContain(GPUS_EARLY, SPARES);
    }
}
