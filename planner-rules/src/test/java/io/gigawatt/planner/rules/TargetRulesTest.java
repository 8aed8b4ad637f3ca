package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.targets.TargetAssessment;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * targets.drl. Counted in the test GPU, one GPU draws 1.0 kW x 1.25 (overhead) x 1.25 (PUE) = 1.5625 kW of
 * facility power, so 640,000 of them need exactly 1 GW (1,562.5 W x 640,000 = 1e9 W, exact in binary).
 */
class TargetRulesTest {

    private static final String WITHIN = "Target within its power budget";
    private static final String TOO_SMALL = "Target power budget too small for its GPUs";
    private static final String IMPLIED = "Implied power per GPU far from the catalogue's";

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
        assertThat(rulesFired(evaluation)).doesNotContain(TOO_SMALL, IMPLIED);
        assertFinding(single(evaluation, WITHIN, "1 GW campus"), new Finding(WITHIN, "targets", Severity.INFO,
                "1 GW campus: 640,000 GPUs (TG1) draw 1 GW at 1.56 kW each, within the 1 GW budget"
                        + " (which implies 1.56 kW per GPU).",
                "1 GW campus", numbers("neededMw", 1000, "budgetMw", 1000, "impliedKwPerGpu", 1.5625,
                        "catalogueKwPerGpu", 1.5625), null));
    }

    @Test
    @Fires(TOO_SMALL)
    @NearMiss(WITHIN)
    void rejectsABudgetOneMegawattShort() throws Exception {
        // 999 MW for GPUs that need 1,000 MW: floor(999,000,000 W / 1,562.5 W) = 639,360 GPUs fit.
        Evaluation evaluation = evaluate(rules, scenario().target("Campus target", 999, 640_000, GPU));

        assertThat(rulesFired(evaluation)).doesNotContain(WITHIN);
        // Note: both per-GPU figures show as 1.56 kW (1.5609 vs 1.5625 kW), three significant figures.
        assertFinding(single(evaluation, TOO_SMALL, "Campus target"), new Finding(TOO_SMALL, "targets",
                Severity.ERROR,
                "Campus target implies 1.56 kW per GPU, but TG1 draws 1.56 kW each: 640,000 GPUs need 1 GW,"
                        + " and 999 MW carries about 639,360.",
                "Campus target", numbers("neededMw", 1000, "budgetMw", 999, "gpusWithinBudget", 639_360),
                "raise the budget to 1 GW, or plan 639,360 GPUs, or cap each GPU's power"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires({TOO_SMALL, IMPLIED})
    void countsTheLastMilestonesMixAtTheTargetsPue() throws Exception {
        // Mix after Phase 2: 64,000 TG1 (1.0 kW) + 64,000 H100 (1.275 kW) = 145.6 MW of GPU IT power,
        // x 1.25 overhead = 182 MW, x the target's PUE 1.2 = 218.4 MW over 128,000 GPUs = 1,706.25 W each.
        // 1,000,000 GPUs need 1.70625 GW; 1.2 GW / 1,706.25 W = 703,296.7, so about 703,296 fit.
        // The 1.2 kW the budget implies is 1.2 / 1.70625 - 1 = -29.7% off the catalogue's figure.
        Evaluation evaluation = evaluate(rules, scenario()
                .phase("Phase 2", LocalDate.of(2025, 7, 1), "H100", 64_000)
                .target("Colossus-size campus", 1200, 1_000_000, null, 1.2));

        assertFinding(single(evaluation, TOO_SMALL, "Colossus-size campus"), new Finding(TOO_SMALL, "targets",
                Severity.ERROR,
                "Colossus-size campus implies 1.2 kW per GPU, but the mix of the last milestone draws 1.71 kW each:"
                        + " 1,000,000 GPUs need 1.71 GW, and 1.2 GW carries about 703,296.",
                "Colossus-size campus", numbers("neededMw", 1706.25, "budgetMw", 1200, "gpusWithinBudget", 703_296),
                "raise the budget to 1.71 GW, or plan 703,296 GPUs, or cap each GPU's power"));
        assertFinding(single(evaluation, IMPLIED, "Colossus-size campus"), new Finding(IMPLIED, "targets",
                Severity.WARNING,
                "Colossus-size campus implies 1.2 kW per GPU, 29.7% below the 1.71 kW the catalogue gives for the mix"
                        + " of the last milestone (more than 25% apart).",
                "Colossus-size campus", numbers("impliedKwPerGpu", 1.2, "catalogueKwPerGpu", 1.70625,
                        "deviation", 1.2 / 1.70625 - 1, "maximumKwPerGpuDeviation", 0.25), null));
    }

    @Test
    @Fires(WITHIN)
    void countsTheLastMilestonesMixWhenNoModelIsNamed() throws Exception {
        // The mix is all TG1 at the scenario's PUE: the same 1.5625 kW, 1 GW for 640,000.
        Evaluation evaluation = evaluate(rules, scenario().target("1 GW campus", 1000, 640_000, null));

        assertFinding(single(evaluation, WITHIN, "1 GW campus"), new Finding(WITHIN, "targets", Severity.INFO,
                "1 GW campus: 640,000 GPUs (the mix of the last milestone) draw 1 GW at 1.56 kW each, within the 1 GW"
                        + " budget (which implies 1.56 kW per GPU).",
                "1 GW campus", numbers("neededMw", 1000, "budgetMw", 1000, "impliedKwPerGpu", 1.5625,
                        "catalogueKwPerGpu", 1.5625), null));
    }

    @Test
    @Fires(IMPLIED)
    void warnsWhenTheBudgetImpliesFarMorePowerPerGpu() throws Exception {
        // 1.3 GW for 640,000 GPUs: 2.03125 kW each, 1.3 times the catalogue's 1.5625 kW. Within budget, but the
        // target counts in a bigger GPU, PUE or power cap than the plan.
        Evaluation evaluation = evaluate(rules, scenario().target("Roomy target", 1300, 640_000, GPU));

        assertThat(rulesFired(evaluation)).contains(WITHIN).doesNotContain(TOO_SMALL);
        assertFinding(single(evaluation, IMPLIED, "Roomy target"), new Finding(IMPLIED, "targets", Severity.WARNING,
                "Roomy target implies 2.03 kW per GPU, 30% above the 1.56 kW the catalogue gives for TG1"
                        + " (more than 25% apart).",
                "Roomy target", numbers("impliedKwPerGpu", 2.03125, "catalogueKwPerGpu", 1.5625, "deviation", 0.3,
                        "maximumKwPerGpuDeviation", 0.25), null));
    }

    @Test
    @Fires(IMPLIED)
    void warnsWhenTheBudgetImpliesFarLessPowerPerGpu() throws Exception {
        // 700 MW for 640,000 GPUs: 1.09375 kW each, 0.7 times the catalogue's figure.
        Evaluation evaluation = evaluate(rules, scenario().target("Tight target", 700, 640_000, GPU));

        assertFinding(single(evaluation, IMPLIED, "Tight target"), new Finding(IMPLIED, "targets", Severity.WARNING,
                "Tight target implies 1.09 kW per GPU, 30% below the 1.56 kW the catalogue gives for TG1"
                        + " (more than 25% apart).",
                "Tight target", numbers("impliedKwPerGpu", 1.09375, "catalogueKwPerGpu", 1.5625, "deviation", -0.3,
                        "maximumKwPerGpuDeviation", 0.25), null));
    }

    /**
     * 1,250 MW and 750 MW for 640,000 GPUs imply 1.953125 and 1.171875 kW, exactly 25% either side of 1.5625 kW
     * (all exact in binary): not more than 25% apart. 1,300 MW and 700 MW fire (above).
     */
    @ParameterizedTest(name = "{0} MW for 640,000 GPUs")
    @CsvSource({"1250, 0.25", "750, -0.25"})
    @NearMiss(IMPLIED)
    void staysQuietAtTheAllowedDeviation(double budgetMw, double deviation) throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().target("Edge target", budgetMw, 640_000, GPU));

        TargetAssessment target = evaluation.plan().targets().get(0);
        assertThat(target.impliedPerGpu().watts() / target.facilityPerGpu().watts() - 1).isEqualTo(deviation);
        assertThat(rulesFired(evaluation)).doesNotContain(IMPLIED);
    }
}
