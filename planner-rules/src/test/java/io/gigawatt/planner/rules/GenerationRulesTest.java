package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.PhasePlan;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * generation.drl. The default scenario's Phase 1 draws 100 MW and the grid gives 40 MW, so generators carry
 * 60 MW. Each smt-130 gives 16.5 MW x (1 - 0.007 x (35 - 15)) = 14.19 MW at 35 C; with availability 1.0 and
 * redundancy 0 the fleet is ceil(60 / 14.19) = ceil(4.23) = 5 units, 5 x 16.5 = 82.5 MW rated.
 */
class GenerationRulesTest {

    private static final String CARRY = "Generators carry the gap";
    private static final String UNIT_CAP = "Generator fleet above the air-permit unit cap";
    private static final String CAPACITY_CAP = "Generator fleet above the air-permit capacity cap";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(CARRY)
    void statesTheFleetItsSparesAndTheDerate() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1));

        assertThat(single(evaluation, CARRY, "Phase 1")).isEqualTo(new Finding(CARRY, "generation", Severity.INFO,
                "Phase 1 needs 6 x smt-130 (5 running + 1 spare, 99 MW rated) to carry 60 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).",
                "Phase 1"));
    }

    @Test
    @Fires(CARRY)
    void addsSparesForForcedOutagesBeyondTheRedundancy() throws Exception {
        // Catalogue availability 0.95 and no N+k: 76,800 GPUs x 1.5625 kW = 120 MW, no grid, so
        // ceil(120 / 14.19) = ceil(8.46) = 9 run. P(at least 9 of n available): n=11 0.9848 < 0.99, n=12 0.9978.
        Evaluation evaluation = evaluate(rules, scenario().gpus(76_800).gridMw(0).redundancy(0).confidence(0.99)
                .catalogue("generators", "smt-130", "availability", 0.95));

        assertThat(single(evaluation, CARRY, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 12 x smt-130 (9 running + 3 spare, 198 MW rated) to carry 120 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).");
    }

    @Test
    @Fires(CARRY)
    void sizesForTheWorstDayBeforeATrancheArrives() throws Exception {
        // No grid until a 100 MW tranche on 2025-03-01. On 2025-02-28, 58 of the window's 90 days have passed:
        // 100 MW x 58/90 = 64.4 MW all on generators, ceil(64.4 / 14.19) = 5 units; from 2025-03-01 the grid
        // carries it all.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(0).tranche(LocalDate.of(2025, 3, 1), 100));

        assertThat(single(evaluation, CARRY, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 5 x smt-130 (5 running + 0 spare, 82.5 MW rated) to carry 64.4 MW on 2025-02-28;"
                        + " each gives 14.2 MW at 35 C (86% of rating).");
    }

    @Test
    @Fires(CARRY)
    void needsAUnitForTheLastMegawatt() throws Exception {
        // 99 MW of grid against 100 MW: 1 MW short on the phase's date.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(99));

        assertThat(single(evaluation, CARRY, "Phase 1").message()).isEqualTo(
                "Phase 1 needs 1 x smt-130 (1 running + 0 spare, 16.5 MW rated) to carry 1 MW on 2025-04-01;"
                        + " each gives 14.2 MW at 35 C (86% of rating).");
    }

    @Test
    @NearMiss(CARRY)
    void staysQuietWhenTheGridCarriesTheWholePhase() throws Exception {
        // 100 MW of grid against exactly 100 MW: no gap on any day of the ramp (1 MW more load would need a unit).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(100).redundancy(1));

        PhasePlan phase = evaluation.plan().phases().get(0);
        assertThat(phase.facility()).isEqualTo(phase.grid());
        assertThat(phase.generators().units()).isZero();
        assertThat(rulesFired(evaluation)).doesNotContain(CARRY);
    }

    @Test
    @Fires(UNIT_CAP)
    void rejectsAFleetOneUnitAboveThePermit() throws Exception {
        // 5 units carry the load, N+1 makes 6, the permit allows 5.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1).permitCapUnits(5));

        assertThat(single(evaluation, UNIT_CAP, "Phase 1")).isEqualTo(new Finding(UNIT_CAP, "generation",
                Severity.ERROR, "Phase 1 needs 6 x smt-130 but the air permit allows 5 units: 1 over the cap.",
                "Phase 1"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires(UNIT_CAP)
    void countsHowFarAboveThePermitTheFleetIs() throws Exception {
        // 76,800 GPUs, no grid: 9 running (see above) against a permit for 4.
        Evaluation evaluation = evaluate(rules, scenario().gpus(76_800).gridMw(0).permitCapUnits(4));

        assertThat(single(evaluation, UNIT_CAP, "Phase 1").message())
                .isEqualTo("Phase 1 needs 9 x smt-130 but the air permit allows 4 units: 5 over the cap.");
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

        assertThat(single(evaluation, CAPACITY_CAP, "Phase 1")).isEqualTo(new Finding(CAPACITY_CAP, "generation",
                Severity.ERROR,
                "Phase 1 needs 82.5 MW of rated generation (5 x smt-130) but the air permit allows 82.4 MW.",
                "Phase 1"));
    }

    @Test
    @Fires(CAPACITY_CAP)
    void countsTheSparesInTheNameplate() throws Exception {
        // The permit counts nameplate, spares included: 6 x 16.5 = 99 MW against 82.5 MW.
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).redundancy(1).permitCapMw(82.5));

        assertThat(single(evaluation, CAPACITY_CAP, "Phase 1").message())
                .isEqualTo("Phase 1 needs 99 MW of rated generation (6 x smt-130) but the air permit allows 82.5 MW.");
    }

    @Test
    @NearMiss(CAPACITY_CAP)
    void allowsANameplateExactlyAtThePermit() throws Exception {
        // 5 x 16.5 = 82.5 MW rated against 82.5 MW (both exact in binary); 0.1 MW less permit fires (see above).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).permitCapMw(82.5));

        assertThat(evaluation.plan().phases().get(0).generators().rated().mw()).isEqualTo(82.5);
        assertThat(rulesFired(evaluation)).contains(CARRY).doesNotContain(CAPACITY_CAP);
    }
}
