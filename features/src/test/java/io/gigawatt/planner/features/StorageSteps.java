package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;

/** Batteries: the bank that absorbs training swings and covers a generator trip within milliseconds. */
@ScenarioScoped
public final class StorageSteps {

    private final CampusWorld world;

    @Inject
    public StorageSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("its workload is left out")
    public void itsWorkloadIsLeftOut() {
        world.change("without its workload", text -> text.without("workload").without("utility").without("mitigations"));
    }

    @Then("{phase} needs {int} Megapacks giving {power}, sized by the {duty}")
    public void phaseNeedsMegapacks(int number, int units, Power power, String duty) {
        PhasePlan phase = world.phase(number);
        BatteryBank bank = phase.batteries();
        assertThat(bank.model().id()).as("battery model of %s", phase.name()).startsWith("megapack");
        assertThat(bank.units()).as("battery units for %s", phase.name()).isEqualTo(units);
        Figures.assertPower("battery power of " + phase.name(), bank.power(), power);
        assertThat(bank.sizedBy()).as("what sized the batteries of %s (swing %s, largest trip %s)", phase.name(),
                bank.swing(), bank.largestTrip()).isEqualTo(duty);
    }

    @Then("the largest turbine of {phase} gives {power} when it trips")
    public void theLargestTurbineGives(int number, Power trip) {
        PhasePlan phase = world.phase(number);
        Figures.assertPower("output lost when the largest generator of " + phase.name() + " trips",
                phase.batteries().largestTrip(), trip);
    }
}
