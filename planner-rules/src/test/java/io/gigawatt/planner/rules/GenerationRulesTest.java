package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.plan.PhasePlan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * generation.drl. The default scenario's Phase 1 draws 100 MW and the grid gives 40 MW, so generators carry
 * 60 MW. Each smt-130 gives 16.5 MW x (1 - 0.007 x (35 - 15)) = 14.19 MW at 35 C; with availability 1.0 and
 * redundancy 0 the fleet is ceil(60 / 14.19) = ceil(4.23) = 5 units, 5 x 16.5 = 82.5 MW rated. At rating the same
 * 60 MW would take ceil(60 / 16.5) = 4.
 */
class GenerationRulesTest {

    private static final String CARRY = "Generators carry the gap";
    private static final String UNIT_CAP = "Generator fleet above the air-permit unit cap";
    private static final String CAPACITY_CAP = "Generator fleet above the air-permit capacity cap";
    private static final String HEAT = "Heat derates the generator fleet";
    private static final String SPARES = "Planned generators without N+k spares";
    private static final String GPUS_EARLY = "GPUs arrive before their power";

    private static final String HEAT_ADVICE =
            "consider units that hold their rating in heat (gas engines to ~35 C) or inlet-air cooling";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(CARRY)
    void statesTheFleetItsSparesAndTheDerate() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1));

        assertFinding(single(evaluation, CARRY, "Phase 1"), new Finding(CARRY, "generation", Severity.INFO,
                "Phase 1 needs 6 x smt-130 (5 running + 1 spare, 99 MW rated) to carry 60 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).",
                "Phase 1", numbers("units", 6, "running", 5, "spares", 1, "ratedMw", 99, "onSiteMw", 60,
                        "unitMw", 14.19), null));
    }

    @Test
    @Fires(CARRY)
    void addsSparesForForcedOutagesBeyondTheRedundancy() throws Exception {
        // Catalogue availability 0.95 and no N+k: 76,800 GPUs x 1.5625 kW = 120 MW, no grid, so
        // ceil(120 / 14.19) = ceil(8.46) = 9 run. P(at least 9 of n available): n=11 0.9848 < 0.99, n=12 0.9978.
        Evaluation evaluation = evaluate(rules, scenario().gpus(76_800).gridMw(0).redundancy(0).confidence(0.99)
                .catalogue("generators", "smt-130", "availability", 0.95));

        assertFinding(single(evaluation, CARRY, "Phase 1"), new Finding(CARRY, "generation", Severity.INFO,
                "Phase 1 needs 12 x smt-130 (9 running + 3 spare, 198 MW rated) to carry 120 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).",
                "Phase 1", numbers("units", 12, "running", 9, "spares", 3, "ratedMw", 198, "onSiteMw", 120,
                        "unitMw", 14.19), null));
    }

    @Test
    @Fires(CARRY)
    void sizesForTheWorstDayBeforeATrancheArrives() throws Exception {
        // No grid until a 100 MW tranche on 2025-03-01. On 2025-02-28, 58 of the window's 90 days have passed:
        // 100 MW x 58/90 = 64.4 MW all on generators, ceil(64.4 / 14.19) = 5 units; from 2025-03-01 the grid
        // carries it all.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(0).tranche(LocalDate.of(2025, 3, 1), 100));

        assertFinding(single(evaluation, CARRY, "Phase 1"), new Finding(CARRY, "generation", Severity.INFO,
                "Phase 1 needs 5 x smt-130 (5 running + 0 spare, 82.5 MW rated) to carry 64.4 MW on 2025-02-28;"
                        + " each gives 14.2 MW at 35 C (86% of rating).",
                "Phase 1", numbers("units", 5, "running", 5, "spares", 0, "ratedMw", 82.5, "onSiteMw", 100.0 * 58 / 90,
                        "unitMw", 14.19), null));
    }

    @Test
    @Fires(CARRY)
    void needsAUnitForTheLastMegawatt() throws Exception {
        // 99 MW of grid against 100 MW: 1 MW short on the phase's date.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(99));

        assertFinding(single(evaluation, CARRY, "Phase 1"), new Finding(CARRY, "generation", Severity.INFO,
                "Phase 1 needs 1 x smt-130 (1 running + 0 spare, 16.5 MW rated) to carry 1 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).",
                "Phase 1", numbers("units", 1, "running", 1, "spares", 0, "ratedMw", 16.5, "onSiteMw", 1,
                        "unitMw", 14.19), null));
    }

    @Test
    @NearMiss(CARRY)
    void staysQuietWhenTheGridCarriesTheWholePhase() throws Exception {
        // 100 MW of grid against exactly 100 MW: no gap on any day of the ramp (1 MW more load would need a unit).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).redundancy(1));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.facility()).isEqualTo(phase.grid());
        assertThat(phase.generators().units()).isZero();
        assertThat(rulesFired(evaluation)).doesNotContain(CARRY, HEAT);
    }

    @Test
    @Fires(UNIT_CAP)
    void rejectsAFleetOneUnitAboveThePermit() throws Exception {
        // 5 units carry the load, N+1 makes 6, the permit allows 5; one unit's output (14.19 MW) more grid sheds one.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1).permitCapUnits(5));

        assertFinding(single(evaluation, UNIT_CAP, "Phase 1"), new Finding(UNIT_CAP, "generation",
                Severity.ERROR, "Phase 1 needs 6 x smt-130 but the air permit allows 5 units: 1 over the cap.",
                "Phase 1", numbers("units", 6, "permitCapUnits", 5),
                "raise the permit to 6 units, or bring about 14.2 MW more firm grid to Phase 1"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires(UNIT_CAP)
    void countsHowFarAboveThePermitTheFleetIs() throws Exception {
        // 76,800 GPUs, no grid: 9 running (see above) against a permit for 4; 5 x 14.19 = 70.95 MW more grid.
        Evaluation evaluation = evaluate(rules, scenario().gpus(76_800).gridMw(0).permitCapUnits(4));

        assertFinding(single(evaluation, UNIT_CAP, "Phase 1"), new Finding(UNIT_CAP, "generation",
                Severity.ERROR, "Phase 1 needs 9 x smt-130 but the air permit allows 4 units: 5 over the cap.",
                "Phase 1", numbers("units", 9, "permitCapUnits", 4),
                "raise the permit to 9 units, or bring about 71 MW more firm grid to Phase 1"));
    }

    @Test
    @NearMiss(UNIT_CAP)
    void allowsAFleetExactlyAtThePermit() throws Exception {
        // 5 units against a permit for 5: one more spare would break it (see above).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(0).permitCapUnits(5));

        assertThat(evaluation.plan().phases().get(0).generators().units()).isEqualTo(5);
        assertThat(rulesFired(evaluation)).contains(CARRY).doesNotContain(UNIT_CAP);
    }

    @Test
    @Fires(CAPACITY_CAP)
    void rejectsANameplateJustAboveThePermit() throws Exception {
        // 5 x 16.5 = 82.5 MW rated against a permit for 82.4 MW: 0.1 MW over.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).permitCapMw(82.4));

        // The permit fits floor(82.4 / 16.5) = 4 units, 66 MW rated; the rest of the need must go to the grid.
        assertFinding(single(evaluation, CAPACITY_CAP, "Phase 1"), new Finding(CAPACITY_CAP, "generation",
                Severity.ERROR,
                "Phase 1 needs 82.5 MW of rated generation (5 x smt-130) but the air permit allows 82.4 MW.",
                "Phase 1", numbers("ratedMw", 82.5, "permitCapMw", 82.4),
                "raise the permit to 82.5 MW, or keep the fleet to 4 x smt-130 (66 MW rated) and bring the rest of the need to the grid"));
    }

    @Test
    @Fires(CAPACITY_CAP)
    void countsTheSparesInTheNameplate() throws Exception {
        // The permit counts nameplate, spares included: 6 x 16.5 = 99 MW against 82.5 MW.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1).permitCapMw(82.5));

        assertFinding(single(evaluation, CAPACITY_CAP, "Phase 1"), new Finding(CAPACITY_CAP, "generation",
                Severity.ERROR,
                "Phase 1 needs 99 MW of rated generation (6 x smt-130) but the air permit allows 82.5 MW.",
                "Phase 1", numbers("ratedMw", 99, "permitCapMw", 82.5),
                "raise the permit to 99 MW, or keep the fleet to 5 x smt-130 (82.5 MW rated) and bring the rest of the need to the grid"));
    }

    @Test
    @NearMiss(CAPACITY_CAP)
    void allowsANameplateExactlyAtThePermit() throws Exception {
        // 5 x 16.5 = 82.5 MW rated against 82.5 MW (both exact in binary); 0.1 MW less permit fires (see above).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).permitCapMw(82.5));

        assertThat(evaluation.plan().phases().get(0).generators().rated().mw()).isEqualTo(82.5);
        assertThat(rulesFired(evaluation)).contains(CARRY).doesNotContain(CAPACITY_CAP);
    }

    @Test
    @Fires(HEAT)
    void warnsWhenTheDesignHeatCostsUnits() throws Exception {
        // 128,000 GPUs, no grid: 200 MW. At 35 C each smt-130 keeps 86% (a 14% loss, above 10%):
        // ceil(200 / 14.19) = ceil(14.09) = 15 units against ceil(200 / 16.5) = ceil(12.12) = 13 at rating.
        Evaluation evaluation = evaluate(rules, scenario().gpus(128_000).gridMw(0));

        assertFinding(single(evaluation, HEAT, "Phase 1"), new Finding(HEAT, "generation", Severity.WARNING,
                "At 35 C each smt-130 gives 14.2 MW, 86% of its 16.5 MW rating: the heat costs Phase 1 2 units"
                        + " (15 instead of 13 at rating).",
                "Phase 1", numbers("derateFactor", 0.86, "maximumDerateLoss", 0.1, "unitsLostToHeat", 2),
                HEAT_ADVICE));
    }

    @Test
    @Fires(HEAT)
    void warnsJustAboveTheLossThePolicyAccepts() throws Exception {
        // 256,000 GPUs, no grid: 400 MW. At 30 C: 1 - 0.007 x 15 = 0.895, a 10.5% loss; 16.5 x 0.895 = 14.7675 MW,
        // ceil(400 / 14.7675) = ceil(27.09) = 28 units against ceil(400 / 16.5) = ceil(24.24) = 25 at rating.
        Evaluation evaluation = evaluate(rules, scenario().gpus(256_000).gridMw(0).designAmbientC(30));

        assertFinding(single(evaluation, HEAT, "Phase 1"), new Finding(HEAT, "generation", Severity.WARNING,
                "At 30 C each smt-130 gives 14.8 MW, 89.5% of its 16.5 MW rating: the heat costs Phase 1 3 units"
                        + " (28 instead of 25 at rating).",
                "Phase 1", numbers("derateFactor", 0.895, "maximumDerateLoss", 0.1, "unitsLostToHeat", 3),
                HEAT_ADVICE));
    }

    @Test
    @NearMiss(HEAT)
    void staysQuietWhileTheLossIsWithinThePolicy() throws Exception {
        // The same 400 MW at 29 C: 1 - 0.007 x 14 = 0.902, a 9.8% loss, within the 10% the policy accepts, although
        // ceil(400 / 14.883) = 27 units is still 2 more than the 25 at rating: the threshold is on the loss of rating.
        Evaluation evaluation = evaluate(rules, scenario().gpus(256_000).gridMw(0).designAmbientC(29));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.generators().derateFactor()).isCloseTo(0.902, within(1e-12));
        assertThat(phase.generators().unitsLostToHeat()).isEqualTo(2);
        assertThat(rulesFired(evaluation)).contains(CARRY).doesNotContain(HEAT);
    }

    @Test
    @NearMiss(HEAT)
    void staysQuietForEnginesThatHoldTheirRatingInTheHeat() throws Exception {
        // recip-34sg holds its 10 MW rating up to 35 C: no loss at the design ambient.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).generators("recip-34sg"));

        assertThat(evaluation.plan().phases().get(0).generators().derateFactor()).isEqualTo(1.0);
        assertThat(rulesFired(evaluation)).contains(CARRY).doesNotContain(HEAT);
    }

    @Test
    @Fires(SPARES)
    void rejectsAPlannedFleetWithNoSpare() throws Exception {
        // 5 smt-130 must run to carry 60 MW; 5 planned leaves no spare, below N+1 (the default policy).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(5));

        assertFinding(single(evaluation, SPARES, "Phase 1"), new Finding(SPARES, "generation", Severity.ERROR,
                "Phase 1 plans 5 x smt-130 where 5 must run: 0 spare, below N+1.",
                "Phase 1", numbers("plannedUnits", 5, "running", 5, "minimumGeneratorSpares", 1, "units", 1),
                "add 1 x smt-130 (16.5 MW) to restore N+1"));
        assertThat(rulesFired(evaluation)).doesNotContain(GPUS_EARLY);
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @NearMiss(SPARES)
    void acceptsAPlannedFleetWithOneSpare() throws Exception {
        // 6 planned for 5 running: N+1 exactly.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(6));

        assertThat(evaluation.plan().phases().get(0).generators().running()).isEqualTo(5);
        assertThat(rulesFired(evaluation)).doesNotContain(SPARES, GPUS_EARLY);
    }

    @Test
    @NearMiss(SPARES)
    void leavesAFleetShortOfRunningUnitsToTheTimelineRule() throws Exception {
        // 4 planned where 5 must run: not a spares problem but GPUs without power (see TimelineRulesTest).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(4));

        assertThat(rulesFired(evaluation)).contains(GPUS_EARLY).doesNotContain(SPARES);
    }
}
