package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import java.util.List;

/** Runs a scenario through the real planner and rules, and picks findings out of the result. */
final class RuleHarness {

    private RuleHarness() {
    }

    /** Compiles the default pack; call once per test class (it takes a couple of seconds). */
    static RuleEngine defaultRules() throws RuleCompileException {
        return RuleEngine.compile(DefaultPack.sources());
    }

    static Evaluation evaluate(RuleEngine rules, ScenarioBuilder scenario) throws InputException {
        return rules.evaluate(new Planner().plan(scenario.load()));
    }

    /** Findings of one rule, in report order. */
    static List<Finding> findingsOf(Evaluation evaluation, String rule) {
        return evaluation.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** The one finding {@code rule} made about {@code subject}; fails when it made none or several. */
    static Finding single(Evaluation evaluation, String rule, String subject) {
        List<Finding> found = findingsOf(evaluation, rule).stream().filter(f -> f.subject().equals(subject)).toList();
        assertThat(found).as("findings of '%s' about '%s' among %s", rule, subject, evaluation.findings()).hasSize(1);
        return found.get(0);
    }

    /** Names of the rules that fired, in report order. */
    static List<String> rulesFired(Evaluation evaluation) {
        return evaluation.findings().stream().map(Finding::rule).toList();
    }
}
