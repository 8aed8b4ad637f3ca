package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * storage.drl's judgement of a range after a band filter that starts above the swing's own frequencies, which the
 * batteries do not hold: the rule-test campus of {@link ScenarioBuilder} with the swing workload of
 * {@link SwingRulesTest} (4 s iterations, whose edges reach 1-4.9 Hz, all a 100 ms step sees) under a utility of the
 * scenario's own.
 */
class FilteredRangeRulesTest {

    private static final String FILTERED = "Grid draw beyond a filtered range the batteries do not hold";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    /** The campus under a utility whose only limit is {@code rangeMw} in {@code lowHz}-4.9 Hz, over any span. */
    private static Evaluation under(double rangeMw, double lowHz) throws Exception {
        return evaluate(rules, scenario().section(SwingRulesTest.WORKLOAD + "utilities:\n  FINE-BAND:\n    limits:\n"
                + "      - rangeMw: " + rangeMw + "\n        bandLowHz: " + lowHz + "\n        bandHighHz: 4.9\n"
                + "utility:\n  preset: FINE-BAND\n"));
    }

    @Test
    @Fires(FILTERED)
    void aRangeInABandAboveTheSwingsOwnThatTheDrawBreaksIsAnError() throws Exception {
        Finding finding = single(under(0.01, 1), FILTERED, "Phase 1");

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Phase 1's grid draw moves by ").contains(" MW in 1-4.9 Hz ",
                "beyond the utility's a range of 10 kW over any span in 1-4.9 Hz (the scenario's utilities.FINE-BAND"
                        + ".limits[0].rangeMw).");
        assertThat(finding.numbers().get("measuredMw")).isGreaterThan(0.01);
    }

    @Test
    @NearMiss(FILTERED)
    void aRangeTheDrawKeepsOrOneTheBatteriesHoldIsNotThisRulesToJudge() throws Exception {
        double measured = single(under(0.01, 1), FILTERED, "Phase 1").numbers().get("measuredMw");

        assertThat(findingsOf(under(Math.ceil(measured * 1.1 * 1000) / 1000, 1), FILTERED)).isEmpty();
        assertThat(findingsOf(under(0.01, 0.1), FILTERED)).isEmpty();
    }
}
