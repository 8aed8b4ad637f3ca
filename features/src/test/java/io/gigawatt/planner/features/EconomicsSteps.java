package io.gigawatt.planner.features;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import jakarta.inject.Inject;

/** What the campus costs: the prices a stakeholder may question, changed as a planner would change them. */
@ScenarioScoped
public final class EconomicsSteps {

    private final CampusWorld world;

    @Inject
    public EconomicsSteps(CampusWorld world) {
        this.world = world;
    }

    /** An idle GPU is valued at what the market pays for its hours (economics.idleGpus: rental), so this sets it. */
    @Given("the market pays only ${double} an hour to rent an H100 or an H200")
    public void theMarketPaysOnly(double rentPerGpuHour) {
        world.change("H100 and H200 renting for $" + rentPerGpuHour + " an hour", text -> text.withSection(
                "catalogue:\n  gpus:\n    H100:\n      rentPerGpuHour: " + rentPerGpuHour + "\n    H200:\n"
                        + "      rentPerGpuHour: " + rentPerGpuHour + "\n"));
    }
}
