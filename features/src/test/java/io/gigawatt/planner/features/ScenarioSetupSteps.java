package io.gigawatt.planner.features;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import io.gigawatt.planner.input.InputException;
import jakarta.inject.Inject;
import java.io.IOException;

/** Choosing the campus scenario, changing its build plan, and asking the planner to evaluate it. */
@ScenarioScoped
public final class ScenarioSetupSteps {

    private final CampusWorld world;

    @Inject
    public ScenarioSetupSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("the Colossus scenario as published")
    public void theColossusScenarioAsPublished() throws IOException {
        world.startFrom(CampusWorld.COLOSSUS);
    }

    @Given("{phase} installs {count} {word} GPUs instead")
    public void phaseInstallsInstead(int phase, long gpus, String model) {
        world.change("phase " + phase + " installing " + gpus + " " + model,
                text -> text.withMilestoneGpus(phase, model, gpus));
    }

    @Given("the generator model is mistyped as {string}")
    public void theGeneratorModelIsMistypedAs(String model) {
        world.change("generator model " + model, text -> text.replacing("model: smt-130", "model: " + model));
    }

    @When("the planner evaluates the scenario")
    public void thePlannerEvaluatesTheScenario() throws InputException {
        world.evaluate();
    }
}
