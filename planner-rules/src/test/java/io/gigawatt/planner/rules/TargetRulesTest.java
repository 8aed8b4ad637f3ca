package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.targets.TargetAssessment;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * targets.drl. Counted in the test GPU, one GPU draws 1.0 kW x 1.25 (overhead) x 1.25 (PUE) = 1.5625 kW of
 * facility power, so 640,000 of them need exactly 1 GW (1,562.5 W x 640,000 = 1e9 W, exact in binary).
 */
class TargetRulesTest {

    private static final String WITHIN = "Target within its power budget";
    private static final String TOO_SMALL = "Target power budget too small for its GPUs";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(WITHIN)
    @NearMiss(TOO_SMALL)
    void acceptsABudgetExactlyEqualToTheNeed() throws Exception {
        // 1,000 MW for 640,000 GPUs that need exactly 1,000 MW; 1 MW less fails (below).
        Evaluation evaluation = evaluate(rules, scenario().target("1 GW campus", 1000, 640_000, GPU));

        TargetAssessment target = evaluation.plan().targets().get(0);
        assertThat(target.needed()).isEqualTo(target.target().facility());
        assertThat(rulesFired(evaluation)).doesNotContain(TOO_SMALL);
        assertThat(single(evaluation, WITHIN, "1 GW campus")).isEqualTo(new Finding(WITHIN, "targets", Severity.INFO,
                "1 GW campus: 640,000 GPUs (TG1) draw 1 GW at 1.56 kW each, within the 1 GW budget"
                        + " (which implies 1.56 kW per GPU).",
                "1 GW campus"));
    }

    @Test
    @Fires(TOO_SMALL)
    @NearMiss(WITHIN)
    void rejectsABudgetOneMegawattShort() throws Exception {
        // 999 MW for GPUs that need 1,000 MW: floor(999,000,000 W / 1,562.5 W) = 639,360 GPUs fit.
        Evaluation evaluation = evaluate(rules, scenario().target("Campus target", 999, 640_000, GPU));

        assertThat(rulesFired(evaluation)).doesNotContain(WITHIN);
        // Note: both per-GPU figures show as 1.56 kW (1.5609 vs 1.5625 kW), three significant figures.
        assertThat(single(evaluation, TOO_SMALL, "Campus target")).isEqualTo(new Finding(TOO_SMALL, "targets",
                Severity.ERROR,
                "Campus target implies 1.56 kW per GPU, but TG1 draws 1.56 kW each: 640,000 GPUs need 1 GW,"
                        + " and 999 MW carries about 639,360.",
                "Campus target"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires(TOO_SMALL)
    void countsTheLastMilestonesMixAtTheTargetsPue() throws Exception {
        // Mix after Phase 2: 64,000 TG1 (1.0 kW) + 64,000 H100 (1.275 kW) = 145.6 MW of GPU IT power,
        // x 1.25 overhead = 182 MW, x the target's PUE 1.2 = 218.4 MW over 128,000 GPUs = 1,706.25 W each.
        // 1,000,000 GPUs need 1.70625 GW; 1.2 GW / 1,706.25 W = 703,296.7, so about 703,296 fit.
        Evaluation evaluation = evaluate(rules, scenario()
                .phase("Phase 2", LocalDate.of(2025, 7, 1), "H100", 64_000)
                .target("Colossus-size campus", 1200, 1_000_000, null, 1.2));

        assertThat(single(evaluation, TOO_SMALL, "Colossus-size campus").message()).isEqualTo(
                "Colossus-size campus implies 1.2 kW per GPU, but the mix of the last milestone draws 1.71 kW each:"
                        + " 1,000,000 GPUs need 1.71 GW, and 1.2 GW carries about 703,296.");
    }

    @Test
    @Fires(WITHIN)
    void countsTheLastMilestonesMixWhenNoModelIsNamed() throws Exception {
        // The mix is all TG1 at the scenario's PUE: the same 1.5625 kW, 1 GW for 640,000.
        Evaluation evaluation = evaluate(rules, scenario().target("1 GW campus", 1000, 640_000, null));

        assertThat(single(evaluation, WITHIN, "1 GW campus").message()).isEqualTo(
                "1 GW campus: 640,000 GPUs (the mix of the last milestone) draw 1 GW at 1.56 kW each, within the 1 GW"
                        + " budget (which implies 1.56 kW per GPU).");
    }
}
