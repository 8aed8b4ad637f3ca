package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import jakarta.inject.Inject;
import java.io.IOException;

/** The command line: {@code planner evaluate SCENARIO}, its report, its verdict and its exit code. */
@ScenarioScoped
public final class CommandLineSteps {

    private final CampusWorld world;

    @Inject
    public CommandLineSteps(CampusWorld world) {
        this.world = world;
    }

    @When("the planner evaluates the scenario from the command line")
    public void thePlannerEvaluatesFromTheCommandLine() throws IOException {
        world.runCommandLine();
    }

    @Then("the report ends with {string}")
    public void theReportEndsWith(String verdict) {
        CampusWorld.CommandLineRun run = world.commandLine();
        assertThat(run.out().strip()).as("the report of %s; errors:%n%s", run.scenario(), run.err())
                .endsWith(verdict);
    }

    @Then("the exit code is {int}")
    public void theExitCodeIs(int code) {
        CampusWorld.CommandLineRun run = world.commandLine();
        assertThat(run.exitCode()).as("exit code of planner evaluate %s; errors:%n%s", run.scenario(), run.err())
                .isEqualTo(code);
    }

    @Then("the error points at the line that names {string} and suggests {string}")
    public void theErrorPointsAt(String typed, String suggestion) {
        CampusWorld.CommandLineRun run = world.commandLine();
        int line = world.text().lineOf(typed);
        assertThat(run.err()).as("what the command line printed on error")
                .contains(run.scenario() + ":" + line + ":")
                .contains("'" + typed + "'")
                .contains("did you mean '" + suggestion + "'?");
    }
}
