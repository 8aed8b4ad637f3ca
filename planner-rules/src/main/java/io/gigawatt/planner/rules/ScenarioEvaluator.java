package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.nio.file.Path;

/** The whole path for one scenario file: load and validate, compute the plan, judge it with the rules. */
public final class ScenarioEvaluator {

    private final ScenarioLoader loader;
    private final Planner planner;
    private final RuleEngine rules;

    @Inject
    public ScenarioEvaluator(ScenarioLoader loader, Planner planner, RuleEngine rules) {
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
    }

    public Evaluation evaluate(Path scenarioFile) throws InputException {
        return rules.evaluate(planner.plan(loader.load(scenarioFile)));
    }
}
