package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;

/** Targets: an ambition's power budget set against what its GPUs draw by the catalogue. */
@ScenarioScoped
public final class TargetSteps {

    private final CampusWorld world;

    @Inject
    public TargetSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("the target is {count} GPUs in {power}")
    public void theTargetIs(long gpus, Power budget) {
        world.change("a target of " + gpus + " GPUs in " + budget, text -> text
                .withValueIn("targets", "gpus", gpus)
                .withValue("facilityMw", budget.mw()));
    }

    @Then("the target implies {power} per GPU, but each GPU draws {power}")
    public void theTargetImpliesButEachDraws(Power implied, Power perGpu) {
        TargetAssessment target = world.target();
        Figures.assertPower("facility power per GPU implied by " + target.target().name(), target.impliedPerGpu(),
                implied);
        Figures.assertPower("facility power per GPU of " + target.countedIn(), target.facilityPerGpu(), perGpu);
    }

    @Then("the target is unreachable: its budget carries about {count} GPUs")
    public void theTargetIsUnreachable(long gpus) {
        TargetAssessment target = world.target();
        assertThat(target.reachable()).as("%s is reachable (needs %s of %s)", target.target().name(),
                target.needed(), target.target().facility()).isFalse();
        assertThat(target.gpusWithinBudget()).as("GPUs within the budget of %s", target.target().name())
                .isCloseTo(gpus, withPercentage(Figures.POWER_TOLERANCE_PERCENT));
    }

    @Then("the target is reachable")
    public void theTargetIsReachable() {
        TargetAssessment target = world.target();
        assertThat(target.reachable()).as("%s is reachable (needs %s of %s)", target.target().name(),
                target.needed(), target.target().facility()).isTrue();
    }
}
