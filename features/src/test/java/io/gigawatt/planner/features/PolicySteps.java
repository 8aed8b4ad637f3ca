package io.gigawatt.planner.features;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Locale;

/** The planner's policy: thresholds the rules judge against, set in a file rather than in the rules. */
@ScenarioScoped
public final class PolicySteps {

    private final CampusWorld world;

    @Inject
    public PolicySteps(CampusWorld world) {
        this.world = world;
    }

    @Given("a policy that asks the grid for at least {percent} of each phase")
    public void aPolicyWithAMinimumGridShare(double share) throws IOException {
        world.usePolicy(String.format(Locale.ROOT, "thresholds:%n  minimumGridShare: %s%n", share));
    }
}
