package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.cooling.CoolingPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;

/** Cooling: the heat each phase rejects and the rented chillers that reject it. */
@ScenarioScoped
public final class CoolingSteps {

    private final CampusWorld world;

    @Inject
    public CoolingSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("the rental market holds about {int} chillers")
    public void theRentalMarketHolds(int units) {
        world.change("a rental market of " + units + " chillers", text -> text.withValueIn("cooling", "rentalMarketUnits", units));
    }

    @Then("{phase} rejects {power} of heat with {int} rented chillers")
    public void phaseRejectsHeat(int number, Power heat, int units) {
        PhasePlan phase = world.phase(number);
        CoolingPlan cooling = phase.cooling();
        Figures.assertPower("heat rejected by " + phase.name(), cooling.heat(), heat);
        assertThat(cooling.model().rental()).as("%s cools with rented units", phase.name()).isTrue();
        assertThat(cooling.units()).as("chillers for %s", phase.name()).isEqualTo(units);
    }

    @Then("{phase} rents {percent} of the chillers for rent")
    public void phaseRentsShare(int number, double share) {
        PhasePlan phase = world.phase(number);
        CoolingPlan cooling = phase.cooling();
        assertThat(cooling.marketShare()).as("market share of %s (is the market size set?)", phase.name()).isNotNull();
        Figures.assertShare(phase.name() + "'s share of the rentable fleet of " + cooling.rentalMarketUnits(),
                cooling.marketShare(), share);
    }
}
