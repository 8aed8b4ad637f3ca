package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.search.DecisionText;
import io.gigawatt.planner.search.Goal;
import io.gigawatt.planner.search.Judge;
import io.gigawatt.planner.search.PlanSearch;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;

/** {@code planner plan}'s search over the scenario's decisions, with the real loader, models and rule pack. */
@ScenarioScoped
public final class PlanningSteps {

    /** No wall clock in a test: the search ends by its count of unimproved steps, the same plan each run. */
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    private final CampusWorld world;
    private final ScenarioLoader loader;
    private final Planner planner;
    private final RuleEngine rules;
    private final ScenarioEvaluator evaluator;
    private Scenario written;
    private PlanSearch.Result proposed;
    private Evaluation evaluation;

    @Inject
    public PlanningSteps(CampusWorld world, ScenarioLoader loader, Planner planner, RuleEngine rules,
                         ScenarioEvaluator evaluator) {
        this.world = world;
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
        this.evaluator = evaluator;
    }

    @When("the planner searches for the earliest plan")
    public void thePlannerSearchesForTheEarliestPlan() throws InputException {
        String text = world.text().yaml();
        written = loader.load("colossus.yaml", text);
        DecisionText decisions = new DecisionText("colossus.yaml", text, written);
        Judge judge = new Judge(loader, planner, rules, PolicyReader.defaultPolicy(), decisions,
                CampusWorld.COLOSSUS.getParent(), s -> s, written.decisions().levers());
        proposed = new PlanSearch().search(judge, Goal.earliest(), written.build().start(), 1, NO_LIMIT);
        evaluation = evaluator.evaluate("proposed.yaml", decisions.with(judge.levers(), proposed.choice()));
    }

    @Then("the proposed plan passes every rule")
    public void theProposedPlanPassesEveryRule() {
        assertThat(proposed.feasible()).isTrue();
        assertThat(evaluation.feasible()).as("planner evaluate on the proposed plan").isTrue();
    }

    @Then("the air permit still allows {int} turbines")
    public void theAirPermitStillAllows(int units) {
        assertThat(evaluation.plan().scenario().equipment().generators().permitCapUnits()).isEqualTo(units);
    }

    @Then("the doubling's GPUs arrive {int} days later, on {string}")
    public void theDoublingsGpusArrive(int days, String date) {
        LocalDate asWritten = written.build().milestones().get(1).date();
        LocalDate arrive = evaluation.plan().scenario().build().milestones().get(1).date();
        assertThat(arrive).isEqualTo(LocalDate.parse(date)).isEqualTo(asWritten.plusDays(days));
    }

    @Then("every {word} is capped at {int} W, keeping {int}% of its throughput")
    public void everyGpuIsCapped(String model, int watts, int percent) {
        PowerCap cap = evaluation.plan().scenario().equipment().powerCaps().get(model);
        assertThat(cap.cap().watts()).isEqualTo(watts);
        assertThat(Math.round(100 * cap.throughputShare())).isEqualTo(percent);
    }

    @Then("the doubling is powered on {string}")
    public void theDoublingIsPoweredOn(String date) {
        assertThat(proposed.outcome().ready()).isEqualTo(LocalDate.parse(date));
    }
}
