package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a scenario through the real planner and rules, and picks findings out of the result. */
final class RuleHarness {

    /**
     * How far a number may stray from the one a test works out by hand: products of decimal figures carry binary
     * noise in the last bits (16.5 MW x 0.86 is 14.190000000000001 MW), nothing a report could show.
     */
    private static final double NOISE = 1e-9;

    private RuleHarness() {
    }

    /** Compiles the default pack; call once per test class (it takes a couple of seconds). */
    static RuleEngine defaultRules() throws RuleCompileException {
        return RuleEngine.compile(DefaultPack.sources());
    }

    /** Compiles the default pack with a planner's own rule files after it. */
    static RuleEngine defaultRulesWith(RuleSource... extra) throws RuleCompileException {
        List<RuleSource> sources = new ArrayList<>(DefaultPack.sources());
        sources.addAll(List.of(extra));
        return RuleEngine.compile(sources);
    }

    /**
     * Plans and judges the scenario with the policy it names ({@link ScenarioBuilder#policyFile}), else the
     * default policy, as {@link ScenarioEvaluator} does.
     */
    static Evaluation evaluate(RuleEngine rules, ScenarioBuilder scenario) throws InputException {
        Scenario loaded = scenario.load();
        Policy policy = loaded.policyFile() == null ? PolicyReader.defaultPolicy() : PolicyReader.read(loaded.policyFile());
        return rules.evaluate(new Planner().plan(loaded), policy);
    }

    /** Plans and judges the scenario with {@code policy}, whatever policy the scenario names. */
    static Evaluation evaluate(RuleEngine rules, ScenarioBuilder scenario, Policy policy) throws InputException {
        return rules.evaluate(new Planner().plan(scenario.load()), policy);
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

    /** A finding's numbers, in the order the rule names them: {@code numbers("gridShare", 0.4, "gridMw", 40.0)}. */
    static Map<String, Double> numbers(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("expected names and values in pairs");
        }
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            numbers.put((String) namesAndValues[i], ((Number) namesAndValues[i + 1]).doubleValue());
        }
        return numbers;
    }

    /**
     * Checks every component of {@code actual}: rule, family, severity, sentence, subject and recommendation exactly,
     * the numbers by the same names in the same order, each value equal to the expected one but for {@link #NOISE}.
     */
    static void assertFinding(Finding actual, Finding expected) {
        assertThat(actual.rule()).as("rule").isEqualTo(expected.rule());
        assertThat(actual.family()).as("family of '%s'", expected.rule()).isEqualTo(expected.family());
        assertThat(actual.severity()).as("severity of '%s'", expected.rule()).isEqualTo(expected.severity());
        assertThat(actual.message()).as("sentence of '%s'", expected.rule()).isEqualTo(expected.message());
        assertThat(actual.subject()).as("subject of '%s'", expected.rule()).isEqualTo(expected.subject());
        assertThat(actual.recommendation()).as("recommendation of '%s'", expected.rule())
                .isEqualTo(expected.recommendation());
        assertThat(actual.numbers().keySet()).as("names of the numbers of '%s'", expected.rule())
                .containsExactlyElementsOf(expected.numbers().keySet());
        expected.numbers().forEach((name, value) -> assertThat(actual.numbers().get(name))
                .as("number '%s' of '%s' (all: %s)", name, expected.rule(), actual.numbers())
                .isCloseTo(value, within(NOISE * Math.max(1, Math.abs(value)))));
    }
}
