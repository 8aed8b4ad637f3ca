package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.PhasePlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * grid.drl's rules on a jurisdiction's law on large loads, with Texas SB 6 as the library gives it for ERCOT: loads of
 * 75 MW or more, demand reductions on 24 hours' notice, backup generation serving 50% or more of the load disclosed.
 * The rule-test campus of {@link ScenarioBuilder} (Phase 1: 64,000 GPUs at 1,562.5 W, 100 MW, on 40 MW of grid and
 * generators for the rest) runs the swing workload of {@link SwingRulesTest} under ERCOT.
 */
class LargeLoadLawRulesTest {

    private static final String LAW = "A large load under the jurisdiction's law";
    private static final String DISCLOSE = "Backup generation to disclose under the jurisdiction's law";
    private static final String UNDER_ERCOT = SwingRulesTest.WORKLOAD + "utility:\n  preset: ERCOT-2026\n";
    private static final String SB6 = "https://capitol.texas.gov/tlodocs/89R/billtext/html/SB00006F.htm";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(LAW)
    void aLoadOf75MwOrMoreInErcotIsALargeLoadUnderSb6() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().section(UNDER_ERCOT));

        Finding finding = single(evaluation, LAW, "Phase 1");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.message()).isEqualTo("Phase 1's load of 100 MW is a large load under Texas SB 6 (2025)"
                + " (75 MW or more): demand reductions may be called on 24 h notice, and in an energy emergency it may"
                + " be directed to curtail or run its backup generation (" + SB6 + ").");
    }

    @Test
    @NearMiss(LAW)
    void aLoadJustBelow75MwIsNot() throws Exception {
        // 47,990 GPUs at 1,562.5 W draw 74.98 MW; 48,000 draw 75 MW
        assertThat(findingsOf(evaluate(rules, scenario().gpus(47_990).section(UNDER_ERCOT)), LAW)).isEmpty();
        assertThat(findingsOf(evaluate(rules, scenario().gpus(48_000).section(UNDER_ERCOT)), LAW)).hasSize(1);
        assertThat(findingsOf(evaluate(rules, scenario().section(SwingRulesTest.WORKLOAD
                + "utility:\n  preset: CAISO-2026\n")), LAW)).isEmpty();
    }

    @Test
    @Fires(DISCLOSE)
    void backupGenerationServingHalfTheLoadOrMoreIsToBeDisclosed() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().section(UNDER_ERCOT));
        PhasePlan phase = evaluation.plan().phases().get(0);

        Finding finding = single(evaluation, DISCLOSE, "Phase 1");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Phase 1's on-site generation can serve " + phase.backupGeneration()
                + " of its 100 MW load, " + Math.round(phase.backupGeneration().mw()) + "%, at or above the 50% Texas"
                + " SB 6 (2025) asks to be disclosed to the interconnecting utility (" + SB6 + ").");
    }

    @Test
    @NearMiss(DISCLOSE)
    void backupGenerationJustBelowHalfTheLoadIsNot() throws Exception {
        double unitMw = evaluate(rules, scenario().section(UNDER_ERCOT)).plan().phases().get(0).generators()
                .unitOutput().mw();
        int atHalf = (int) Math.ceil(50 / unitMw);

        assertThat(findingsOf(evaluate(rules, scenario().plannedGenerators(atHalf - 1).section(UNDER_ERCOT)),
                DISCLOSE)).isEmpty();
        assertThat(findingsOf(evaluate(rules, scenario().plannedGenerators(atHalf).section(UNDER_ERCOT)),
                DISCLOSE)).hasSize(1);
        assertThat(findingsOf(evaluate(rules, scenario().gridMw(200).section(UNDER_ERCOT)), DISCLOSE)).isEmpty();
    }
}
