package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.SwingProgress;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The whole path for one scenario file: load and validate, compute the plan, judge it with the rules. */
public final class ScenarioEvaluator {

    private final ScenarioLoader loader;
    private final Planner planner;
    // A provider: the rule base compiles on first use, so a broken scenario is reported without waiting for it.
    private final Provider<RuleEngine> rules;
    private volatile boolean preparing;

    @Inject
    public ScenarioEvaluator(ScenarioLoader loader, Planner planner, Provider<RuleEngine> rules) {
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
    }

    /** This evaluator reading scenarios with {@code other} (one with a planner's catalogue files, say). */
    public ScenarioEvaluator with(ScenarioLoader other) {
        return other == loader ? this : new ScenarioEvaluator(other, planner, rules);
    }

    public Evaluation evaluate(Path scenarioFile) throws InputException {
        return evaluate(loader.load(scenarioFile), null);
    }

    /** Evaluates with the thresholds of {@code policyFile} over the defaults, whatever policy the scenario names. */
    public Evaluation evaluate(Path scenarioFile, Path policyFile) throws InputException {
        return evaluate(loader.load(scenarioFile), policyFile);
    }

    /**
     * Evaluates a scenario file changed in memory first ({@code adjust}: more Monte Carlo draws, another seed),
     * with the thresholds of {@code policyFile} over the defaults (null: the scenario's, else the default policy),
     * the rules stopped after {@code ruleTimeLimit}; {@code progress} hears of the phases' swings as they are
     * assessed.
     */
    public Evaluation evaluate(Path scenarioFile, Path policyFile, Duration ruleTimeLimit, UnaryOperator<Scenario> adjust,
                               SwingProgress progress) throws InputException {
        prepareRules();
        Scenario scenario = adjust.apply(loader.load(scenarioFile));
        return rules.get().withTimeLimit(ruleTimeLimit).evaluate(planner.plan(scenario, progress),
                PolicyReader.chosen(policyFile, scenario.policyFile()));
    }

    /**
     * Starts getting the rule base ready on another core while this one loads and plans the scenario: on a cold
     * start, reading (or compiling) the rules takes as long as the rest. A scenario that does not load is still
     * reported at once; the evaluation waits for the rules (and hears of any failure) when it needs them.
     */
    private void prepareRules() {
        if (preparing) {
            return;
        }
        preparing = true;
        Thread thread = new Thread(() -> {
            try {
                rules.get().warmUp();
            } catch (RuntimeException e) {
                // the evaluation asks again, and reports it
            }
        }, "planner-rules");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * As {@link #evaluate(Path, Path, Duration, UnaryOperator, SwingProgress)}, with the given rules (a planner's, with
     * or without the pack).
     */
    public Evaluation evaluate(Path scenarioFile, RuleEngine rules, Path policyFile, UnaryOperator<Scenario> adjust,
                               SwingProgress progress) throws InputException {
        Scenario scenario = adjust.apply(loader.load(scenarioFile));
        return rules.evaluate(planner.plan(scenario, progress), PolicyReader.chosen(policyFile, scenario.policyFile()));
    }

    /** Evaluates scenario text, reported under {@code name}, with the given rules (for {@code rules check}'s dry run). */
    public Evaluation evaluate(String name, String text, RuleEngine rules, Path policyFile) throws InputException {
        Scenario scenario = loader.load(name, text);
        return rules.evaluate(planner.plan(scenario), PolicyReader.chosen(policyFile, scenario.policyFile()));
    }

    /** Evaluates scenario text, reported under {@code name} (for variations made in memory). */
    public Evaluation evaluate(String name, String text) throws InputException {
        return evaluate(loader.load(name, text), null);
    }

    /** Evaluates scenario text with the thresholds of {@code policyFile} over the defaults. */
    public Evaluation evaluate(String name, String text, Path policyFile) throws InputException {
        return evaluate(loader.load(name, text), policyFile);
    }

    private Evaluation evaluate(Scenario scenario, Path policyFile) throws InputException {
        return rules.get().evaluate(planner.plan(scenario), PolicyReader.chosen(policyFile, scenario.policyFile()));
    }
}
