package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Phases and their supply: what the grid carries, and the on-site generators that carry the rest. */
@ScenarioScoped
public final class SupplySteps {

    private final CampusWorld world;

    @Inject
    public SupplySteps(CampusWorld world) {
        this.world = world;
    }

    @Given("the {power} substation is connected on {date}")
    public void theSubstationIsConnectedOn(Power firm, LocalDate date) {
        world.change(firm + " of grid on " + date, text -> text.withTrancheDate(firm, date));
    }

    @Given("the air permit allows {int} turbines and {power}")
    public void theAirPermitAllows(int units, Power rated) {
        world.change("a permit for " + units + " units and " + rated, text -> text
                .withValue("permitCapUnits", units)
                .withValue("permitCapMw", rated.mw()));
    }

    @Then("the grid covers {percent} of {phase}: {power} of a {power} facility")
    public void theGridCovers(double share, int number, Power grid, Power facility) {
        PhasePlan phase = world.phase(number);
        Figures.assertShare("grid share of " + phase.name(), phase.gridShare(), share);
        Figures.assertPower("firm grid supply of " + phase.name() + " on " + phase.date(), phase.grid(), grid);
        Figures.assertPower("facility power of " + phase.name(), phase.facility(), facility);
    }

    @Then("on-site generation carries {power} of {phase}")
    public void onSiteGenerationCarries(Power gap, int number) {
        PhasePlan phase = world.phase(number);
        Figures.assertPower("facility power of " + phase.name() + " the grid does not cover", phase.gap(), gap);
    }

    @Then("{phase} needs {int} turbines, {int} of them running, {power} rated")
    public void phaseNeedsTurbines(int number, int units, int running, Power rated) {
        PhasePlan phase = world.phase(number);
        GeneratorFleet fleet = phase.generators();
        assertThat(fleet.units()).as("generating units for %s", phase.name()).isEqualTo(units);
        assertThat(fleet.running()).as("units running for %s", phase.name()).isEqualTo(running);
        Figures.assertPower("rated generation of " + phase.name(), fleet.rated(), rated);
    }

    @Then("each turbine of {phase} gives {power} on a {int} °C day")
    public void eachTurbineGives(int number, Power output, int celsius) {
        PhasePlan phase = world.phase(number);
        assertThat(world.evaluation().plan().scenario().site().designAmbient().celsius())
                .as("the site's design ambient temperature, in °C").isEqualTo(celsius);
        Figures.assertPower("output of one " + phase.generators().model().id() + " at " + celsius + " °C",
                phase.generators().unitOutput(), output);
    }
}
