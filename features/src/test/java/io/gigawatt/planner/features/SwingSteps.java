package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.swing.LimitMargin;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;

/** Power swings of synchronous training: the simulated swing, the utility's limits and the batteries that hold them. */
@ScenarioScoped
public final class SwingSteps {

    private final CampusWorld world;

    @Inject
    public SwingSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("battery dispatch is switched off")
    public void batteryDispatchIsSwitchedOff() {
        world.change("battery dispatch off", text -> text.replacing("battery: true", "battery: false"));
    }

    @Then("{phase} swings by between {power} and {power} peak to trough")
    public void phaseSwingsBy(int number, Power low, Power high) {
        SwingAssessment swing = swing(number);
        assertThat(swing.peakToTrough().watts()).as("peak-to-trough swing of %s", swing.phase())
                .isBetween(low.watts(), high.watts());
    }

    @Then("{phase} keeps less than {percent} of its swing's energy in the utility's band")
    public void phaseKeepsLessThan(int number, double share) {
        SwingAssessment swing = swing(number);
        assertThat(swing.bandShareBefore()).as("band share of %s before mitigation", swing.phase()).isGreaterThan(share);
        assertThat(swing.bandShareAfter()).as("band share of %s's grid draw after mitigation", swing.phase())
                .isLessThan(share);
    }

    @Then("{phase} holds its swing with {int} Megapacks")
    public void phaseHoldsItsSwingWith(int number, int units) {
        SwingAssessment swing = swing(number);
        assertThat(swing.battery().model().id()).as("battery model of %s", swing.phase()).startsWith("megapack");
        assertThat(swing.battery().units()).as("Megapacks that hold the swing of %s (%s for the limits, %s with the"
                + " largest generator trip)", swing.phase(), swing.battery().forLimits(), swing.battery().forTrip())
                .isEqualTo(units);
    }

    @Then("{phase}'s binding utility limit is {string}, with {percent} to spare")
    public void phasesBindingLimit(int number, String limit, double spare) {
        SwingAssessment swing = swing(number);
        LimitMargin binding = swing.binding().orElseThrow();
        assertThat(binding.limit().describe()).as("the limit that binds %s", swing.phase()).isEqualTo(limit);
        assertThat(binding.margin()).as("%s's margin to %s", swing.phase(), limit).isCloseTo(spare, within(5e-4));
    }

    @Then("{phase} keeps {percent} to spare under {string}")
    public void phaseKeepsMarginUnder(int number, double spare, String limit) {
        SwingAssessment swing = swing(number);
        LimitMargin margin = swing.margins().stream().filter(m -> m.limit().describe().equals(limit)).findFirst()
                .orElseThrow(() -> new AssertionError(swing.phase() + " is not judged against " + limit));
        assertThat(margin.margin()).as("%s's margin to %s", swing.phase(), limit).isCloseTo(spare, within(5e-4));
    }

    private SwingAssessment swing(int number) {
        PhasePlan phase = world.phase(number);
        assertThat(phase.swing()).as("the simulated swing of %s (the scenario needs a workload)", phase.name()).isNotNull();
        return phase.swing();
    }
}
