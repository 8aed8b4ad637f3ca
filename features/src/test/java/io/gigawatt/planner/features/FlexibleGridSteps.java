package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.plan.PhaseFlexibility;
import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A flexible grid tranche: the ready dates it brings forward, and the curtailment events the plan must ride. */
@ScenarioScoped
public final class FlexibleGridSteps {

    /** The Texas example: an ERCOT campus that takes its substation flexible. */
    private static final Path TEXAS = Path.of("..", "examples", "texas.yaml");

    private final CampusWorld world;

    @Inject
    public FlexibleGridSteps(CampusWorld world) {
        this.world = world;
    }

    @Given("the Texas example as published")
    public void theTexasExampleAsPublished() throws IOException {
        world.startFrom(TEXAS);
    }

    @Given("the flexible tranche is taken firm")
    public void theFlexibleTrancheIsTakenFirm() {
        world.change("the flexible tranche taken firm", ScenarioText::withFlexibleTrancheTakenFirm);
    }

    @Given("the workload is assumed to shed {percent} of the load in an event")
    public void theWorkloadIsAssumedToShed(Double share) {
        world.change("curtailable share " + share, text -> text.withValue("curtailableShare", share));
    }

    @Then("{phase} is ready on {date} with the flexible tranche, and on {date} with every tranche firm")
    public void isReadyWithAndWithoutTheFlexibleTranche(int number, LocalDate ready, LocalDate readyIfFirm) {
        PhaseFlexibility phase = flexibility(number);
        assertThat(phase.ready()).as("the day %s is ready", phase.name()).isEqualTo(ready);
        assertThat(phase.readyIfFirm()).as("the day %s would be ready, every tranche firm", phase.name())
                .isEqualTo(readyIfFirm);
    }

    @Then("{phase} is ready on {date}")
    public void isReadyOn(int number, LocalDate ready) {
        assertThat(world.evaluation().plan().timeline().phases().get(number - 1).ready()).isEqualTo(ready);
    }

    @Then("each curtailment event cuts {power} from {phase}, of which its batteries ride {power}")
    public void eachEventCuts(Power shortfall, int number, Power batteries) {
        Curtailment events = curtailment(number);
        assertThat(events.shortfall().toString()).isEqualTo(shortfall.toString());
        assertThat(events.batteries().toString()).isEqualTo(batteries.toString());
    }

    @Then("{phase}'s turbines ride every curtailment event")
    public void turbinesRideEveryEvent(int number) {
        Curtailment events = curtailment(number);
        assertThat(events.generators()).isEqualTo(events.shortfall());
        assertThat(events.lostGpuHours()).isZero();
    }

    @Then("{phase} loses {count} GPU-hours a year to curtailment")
    public void losesGpuHours(int number, Long gpuHours) {
        assertThat(Math.round(curtailment(number).lostGpuHours())).isEqualTo(gpuHours);
    }

    @Then("{phase} is not curtailed")
    public void isNotCurtailed(int number) {
        PhaseFlexibility phase = flexibility(number);
        assertThat(phase.curtailment()).as("%s's curtailment", phase.name()).isNull();
    }

    @Then("no phase is curtailed")
    public void noPhaseIsCurtailed() {
        assertThat(world.evaluation().plan().flexibility()).noneMatch(PhaseFlexibility::curtailable);
    }

    private PhaseFlexibility flexibility(int number) {
        List<PhaseFlexibility> phases = world.evaluation().plan().flexibility();
        assertThat(phases).as("phases with a flexible grid").hasSizeGreaterThan(number - 1);
        return phases.get(number - 1);
    }

    private Curtailment curtailment(int number) {
        PhaseFlexibility phase = flexibility(number);
        assertThat(phase.curtailment()).as("%s's curtailment", phase.name()).isNotNull();
        return phase.curtailment();
    }
}
