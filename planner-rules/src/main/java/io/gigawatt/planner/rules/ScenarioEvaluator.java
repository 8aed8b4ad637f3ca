package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.scenario.Scenario;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;

/** The whole path for one scenario file: load and validate, compute the plan, judge it with the rules. */
public final class ScenarioEvaluator {

    private final ScenarioLoader loader;
    private final Planner planner;
    // A provider: the rule base compiles on first use, so a broken scenario is reported without waiting for it.
    private final Provider<RuleEngine> rules;

    @Inject
    public ScenarioEvaluator(ScenarioLoader loader, Planner planner, Provider<RuleEngine> rules) {
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
    }

    public Evaluation evaluate(Path scenarioFile) throws InputException {
        return evaluate(loader.load(scenarioFile));
    }

    /** Evaluates a scenario file with the given rules (a planner's, compiled with or without the default pack). */
    public Evaluation evaluate(Path scenarioFile, RuleEngine rules) throws InputException {
        return rules.evaluate(planner.plan(loader.load(scenarioFile)));
    }

    /** Evaluates scenario text, reported under {@code name} (for variations made in memory). */
    public Evaluation evaluate(String name, String text) throws InputException {
        return evaluate(loader.load(name, text));
    }

    private Evaluation evaluate(Scenario scenario) {
        return rules.get().evaluate(planner.plan(scenario));
    }
}
