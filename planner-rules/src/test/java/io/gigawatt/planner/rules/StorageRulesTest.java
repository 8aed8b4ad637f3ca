package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.PhasePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * storage.drl. Each test GPU swings 1000 W - 200 W = 800 W; a megablock gives 5 MW and 20 MWh; an smt-130 gives
 * 14.19 MW at 35 C. Batteries = ceil(max(swing, largest unit) / 5 MW).
 */
class StorageRulesTest {

    private static final String BATTERIES = "Batteries for swings and trips";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(BATTERIES)
    void sizesForTheTrainingSwing() throws Exception {
        // 64,000 x 800 W = 51.2 MW of swing > 14.19 MW trip: ceil(51.2 / 5) = ceil(10.24) = 11 units.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40));

        assertThat(single(evaluation, BATTERIES, "Phase 1")).isEqualTo(new Finding(BATTERIES, "storage",
                Severity.INFO,
                "Phase 1 needs 11 x megablock (55 MW, 220 MWh) sized by the training swing: training swings 51.2 MW,"
                        + " the largest generator gives 14.2 MW.",
                "Phase 1"));
    }

    @Test
    @Fires(BATTERIES)
    void sizesForTheLargestGeneratorTrip() throws Exception {
        // 10,000 GPUs: 8 MW of swing; 15.6 MW on two smt-130 (no grid), one of which can trip: 14.19 MW.
        // ceil(14.19 / 5) = ceil(2.84) = 3 units.
        Evaluation evaluation = evaluate(rules, scenario().gpus(10_000).gridMw(0));

        assertThat(single(evaluation, BATTERIES, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 3 x megablock (15 MW, 60 MWh) sized by the largest generator trip: training swings 8 MW,"
                        + " the largest generator gives 14.2 MW.");
    }

    @Test
    @Fires(BATTERIES)
    void namesTheSwingWhenSwingAndTripAreEqual() throws Exception {
        // recip-34sg holds its 10 MW rating up to 35 C; 12,500 x 800 W = 10 MW of swing: a tie, 2 units.
        Evaluation evaluation = evaluate(rules, scenario().gpus(12_500).gridMw(0).generators("recip-34sg"));

        assertThat(single(evaluation, BATTERIES, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 2 x megablock (10 MW, 40 MWh) sized by the training swing: training swings 10 MW,"
                        + " the largest generator gives 10 MW.");
    }

    @Test
    @Fires(BATTERIES)
    void roundsUpOnlyWhatExceedsWholeUnits() throws Exception {
        // 62,500 x 800 W = 50 MW exactly: 10 units; one GPU more (50.0008 MW) needs an 11th.
        Evaluation exact = evaluate(rules, scenario().gpus(62_500).gridMw(40));
        Evaluation oneMore = evaluate(rules, scenario().gpus(62_501).gridMw(40));

        assertThat(single(exact, BATTERIES, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 10 x megablock (50 MW, 200 MWh) sized by the training swing: training swings 50 MW,"
                        + " the largest generator gives 14.2 MW.");
        assertThat(oneMore.plan().phases().get(0).batteries().units()).isEqualTo(11);
    }

    @Test
    @Fires(BATTERIES)
    void coversEvenASmallSwingWithAWholeUnit() throws Exception {
        // idleW 999: 64,000 x 1 W = 64 kW of swing, the grid carries everything, no generator can trip.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).catalogue("gpus", GPU, "idleW", 999));

        assertThat(single(evaluation, BATTERIES, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 1 x megablock (5 MW, 20 MWh) sized by the training swing: training swings 64 kW,"
                        + " the largest generator gives 0 MW.");
    }

    @Test
    @NearMiss(BATTERIES)
    void staysQuietWithNoSwingAndNoGenerator() throws Exception {
        // idleW = tdpW = 1000: no swing, and 100 MW of grid covers all 100 MW. 1 W of swing per GPU fires (above).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).catalogue("gpus", GPU, "idleW", 1000));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.batteries().swing().watts()).isZero();
        assertThat(phase.batteries().largestTrip().watts()).isZero();
        assertThat(phase.batteries().units()).isZero();
        assertThat(rulesFired(evaluation)).doesNotContain(BATTERIES);
    }
}
