package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
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
    private static final String TRIP = "Planned battery power below the largest generator trip";
    private static final String SWING = "Planned batteries cannot absorb the training swing";

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

        assertFinding(single(evaluation, BATTERIES, "Phase 1"), new Finding(BATTERIES, "storage", Severity.INFO,
                "Phase 1 needs 11 x megablock (55 MW, 220 MWh) sized by the training swing: training swings 51.2 MW,"
                        + " the largest generator gives 14.2 MW.",
                "Phase 1", numbers("units", 11, "batteryMw", 55, "batteryMwh", 220, "swingMw", 51.2,
                        "largestTripMw", 14.19), null));
    }

    @Test
    @Fires(BATTERIES)
    void sizesForTheLargestGeneratorTrip() throws Exception {
        // 10,000 GPUs: 8 MW of swing; 15.6 MW on two smt-130 (no grid), one of which can trip: 14.19 MW.
        // ceil(14.19 / 5) = ceil(2.84) = 3 units.
        Evaluation evaluation = evaluate(rules, scenario().gpus(10_000).gridMw(0));

        assertFinding(single(evaluation, BATTERIES, "Phase 1"), new Finding(BATTERIES, "storage", Severity.INFO,
                "Phase 1 needs 3 x megablock (15 MW, 60 MWh) sized by the largest generator trip: training swings 8 MW,"
                        + " the largest generator gives 14.2 MW.",
                "Phase 1", numbers("units", 3, "batteryMw", 15, "batteryMwh", 60, "swingMw", 8,
                        "largestTripMw", 14.19), null));
    }

    @Test
    @Fires(BATTERIES)
    void namesTheSwingWhenSwingAndTripAreEqual() throws Exception {
        // recip-34sg holds its 10 MW rating up to 35 C; 12,500 x 800 W = 10 MW of swing: a tie, 2 units.
        Evaluation evaluation = evaluate(rules, scenario().gpus(12_500).gridMw(0).generators("recip-34sg"));

        assertFinding(single(evaluation, BATTERIES, "Phase 1"), new Finding(BATTERIES, "storage", Severity.INFO,
                "Phase 1 needs 2 x megablock (10 MW, 40 MWh) sized by the training swing: training swings 10 MW,"
                        + " the largest generator gives 10 MW.",
                "Phase 1", numbers("units", 2, "batteryMw", 10, "batteryMwh", 40, "swingMw", 10,
                        "largestTripMw", 10), null));
    }

    @Test
    @Fires(BATTERIES)
    void roundsUpOnlyWhatExceedsWholeUnits() throws Exception {
        // 62,500 x 800 W = 50 MW exactly: 10 units; one GPU more (50.0008 MW) needs an 11th.
        Evaluation exact = evaluate(rules, scenario().gpus(62_500).gridMw(40));
        Evaluation oneMore = evaluate(rules, scenario().gpus(62_501).gridMw(40));

        assertFinding(single(exact, BATTERIES, "Phase 1"), new Finding(BATTERIES, "storage", Severity.INFO,
                "Phase 1 needs 10 x megablock (50 MW, 200 MWh) sized by the training swing: training swings 50 MW,"
                        + " the largest generator gives 14.2 MW.",
                "Phase 1", numbers("units", 10, "batteryMw", 50, "batteryMwh", 200, "swingMw", 50,
                        "largestTripMw", 14.19), null));
        assertThat(oneMore.plan().phases().get(0).batteries().units()).isEqualTo(11);
    }

    @Test
    @Fires(BATTERIES)
    void coversEvenASmallSwingWithAWholeUnit() throws Exception {
        // idleW 999: 64,000 x 1 W = 64 kW of swing, the grid carries everything, no generator can trip.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).catalogue("gpus", GPU, "idleW", 999));

        assertFinding(single(evaluation, BATTERIES, "Phase 1"), new Finding(BATTERIES, "storage", Severity.INFO,
                "Phase 1 needs 1 x megablock (5 MW, 20 MWh) sized by the training swing: training swings 64 kW,"
                        + " the largest generator gives 0 MW.",
                "Phase 1", numbers("units", 1, "batteryMw", 5, "batteryMwh", 20, "swingMw", 0.064,
                        "largestTripMw", 0), null));
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

    @Test
    @Fires(TRIP)
    void rejectsPlannedBatteriesThatCannotCoverAGeneratorTrip() throws Exception {
        // 10,000 GPUs on two smt-130 (no grid): a trip loses 14.19 MW; 2 planned megablocks give 10 MW, enough for
        // the 8 MW swing but 4.19 MW short of the trip: ceil(4.19 / 5) = 1 more.
        Evaluation evaluation = evaluate(rules, scenario().gpus(10_000).gridMw(0).plannedBatteries(2));

        assertFinding(single(evaluation, TRIP, "Phase 1"), new Finding(TRIP, "storage", Severity.ERROR,
                "Phase 1 plans 2 x megablock (10 MW), below the 14.2 MW the largest generator gives when it trips.",
                "Phase 1", numbers("plannedBatteryMw", 10, "largestTripMw", 14.19, "units", 1),
                "add 1 x megablock (5 MW)"));
        assertThat(rulesFired(evaluation)).doesNotContain(SWING);
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @NearMiss(TRIP)
    void acceptsPlannedBatteriesEqualToTheLargestTrip() throws Exception {
        // recip-34sg gives its full 10 MW at 35 C: 2 planned megablocks (10 MW) cover a trip exactly.
        Evaluation evaluation = evaluate(rules, scenario().gpus(10_000).gridMw(0).generators("recip-34sg")
                .plannedBatteries(2));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.plannedBatteryPower()).isEqualTo(phase.batteries().largestTrip());
        assertThat(rulesFired(evaluation)).doesNotContain(TRIP, SWING);
    }

    @Test
    @NearMiss(TRIP)
    void staysQuietWithoutGeneratorsToTrip() throws Exception {
        // The grid carries all 100 MW: no generator, nothing to trip, even with no batteries planned
        // (the swing rule speaks instead).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).plannedBatteries(0));

        assertThat(evaluation.plan().phases().get(0).batteries().largestTrip().watts()).isZero();
        assertThat(rulesFired(evaluation)).contains(SWING).doesNotContain(TRIP);
    }

    @Test
    @Fires(SWING)
    void warnsWhenPlannedBatteriesCannotAbsorbTheSwing() throws Exception {
        // 51.2 MW of swing against 10 planned megablocks (50 MW): 1.2 MW over, ceil(1.2 / 5) = 1 more. The 50 MW
        // covers the 14.19 MW trip.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedBatteries(10));

        assertFinding(single(evaluation, SWING, "Phase 1"), new Finding(SWING, "storage", Severity.WARNING,
                "Phase 1 swings by 51.2 MW but plans only 10 x megablock (50 MW).",
                "Phase 1", numbers("swingMw", 51.2, "plannedBatteryMw", 50, "units", 1),
                "add 1 x megablock (5 MW), or smooth the swing with a GPU power floor"));
        assertThat(rulesFired(evaluation)).doesNotContain(TRIP);
    }

    @Test
    @NearMiss(SWING)
    void acceptsPlannedBatteriesEqualToTheSwing() throws Exception {
        // 62,500 x 800 W = 50 MW of swing, exactly the 10 planned megablocks; one GPU more fires (the rule compares
        // watts, though the sentence would show both as 50 MW).
        Evaluation exact = evaluate(rules, scenario().gpus(62_500).gridMw(40).plannedBatteries(10));
        Evaluation oneMore = evaluate(rules, scenario().gpus(62_501).gridMw(40).plannedBatteries(10));

        assertThat(rulesFired(exact)).contains(BATTERIES).doesNotContain(SWING, TRIP);
        assertThat(single(oneMore, SWING, "Phase 1").numbers()).containsEntry("units", 1.0);
    }
}
