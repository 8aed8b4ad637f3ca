package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.timeline.Hold;
import io.gigawatt.planner.timeline.PhaseTimeline;
import io.gigawatt.planner.timeline.TargetTimeline;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The deployment timeline: when each phase is ready and what holds it, and when the target closes. */
@ScenarioScoped
public final class TimelineSteps {

    private final CampusWorld world;
    private final ScenarioEvaluator evaluator;

    @Inject
    public TimelineSteps(CampusWorld world, ScenarioEvaluator evaluator) {
        this.world = world;
        this.evaluator = evaluator;
    }

    @Given("the second substation, which brings the grid to {power}, slips {int} months")
    public void theSubstationSlips(Power firm, int months) {
        LocalDate date = trancheDate(world.text().yaml(), firm).plusMonths(months);
        world.change(firm + " of grid " + months + " months late", text -> text.withTrancheDate(firm, date));
    }

    @Then("{phase} is ready on {date}, held by its GPUs")
    public void isReadyHeldByItsGpus(int number, LocalDate date) {
        PhaseTimeline phase = timeline(number);
        assertThat(phase.ready()).as("the day %s is ready", phase.name()).isEqualTo(date);
        assertThat(phase.heldBy()).as("what holds %s", phase.name()).extracting(Hold::constraint)
                .containsExactly("GPU deliveries");
    }

    @Then("{phase} is ready on {date}, held by the {power} grid tranche")
    public void isReadyHeldByTheGridTranche(int number, LocalDate date, Power firm) {
        assertHeldBy(number, date, "the " + firm + " grid tranche");
    }

    @Then("{phase} is ready on {date}, held by the {power} flexible grid tranche")
    public void isReadyHeldByTheFlexibleGridTranche(int number, LocalDate date, Power firm) {
        assertHeldBy(number, date, "the " + firm + " flexible grid tranche");
    }

    private void assertHeldBy(int number, LocalDate date, String tranche) {
        PhaseTimeline phase = timeline(number);
        assertThat(phase.ready()).as("the day %s is ready", phase.name()).isEqualTo(date);
        assertThat(phase.heldBy()).as("what holds %s", phase.name()).singleElement().satisfies(hold -> {
            assertThat(hold.constraint()).isEqualTo("grid");
            assertThat(hold.what()).startsWith(tranche);
        });
    }

    @Then("{phase} is ready {int} days later than in the published scenario")
    public void isReadyLaterThanPublished(int number, int days) throws InputException {
        assertThat(shiftAgainstPublished(number)).isEqualTo(days);
    }

    @Then("{phase} is ready {int} days earlier than in the published scenario")
    public void isReadyEarlierThanPublished(int number, int days) throws InputException {
        assertThat(shiftAgainstPublished(number)).isEqualTo(-days);
    }

    @Then("with {int} more turbines than the air permit allows, {phase} would be ready on {date}")
    public void withMoreTurbines(int more, int number, LocalDate date) {
        PhaseTimeline phase = timeline(number);
        assertThat(phase.alternatives()).as("what would make %s sooner", phase.name())
                .filteredOn(a -> a.equipment().equals("generators") && a.more() == more)
                .singleElement().satisfies(a -> {
                    assertThat(a.change()).contains("than the air permit allows");
                    assertThat(a.ready()).isEqualTo(date);
                });
    }

    @Then("the target closes on {date} with {string}")
    public void theTargetCloses(LocalDate date, String supply) {
        TargetTimeline target = targetTimeline();
        assertThat(target.closes()).as("the day firm supply reaches %s", target.budget()).isEqualTo(date);
        assertThat(target.road()).last().satisfies(step -> {
            assertThat(step.date()).isEqualTo(date);
            assertThat(step.change()).contains(supply);
        });
    }

    @Then("the Monte Carlo puts the target's P50 in {int} and its P90 in {int}")
    public void theMonteCarloPuts(int p50, int p90) {
        TargetTimeline target = targetTimeline();
        assertThat(target.risk()).as("the Monte Carlo of %s", target.name()).isNotNull();
        assertThat(target.risk().p50().getYear()).as("the year of P50 (%s)", target.risk().p50()).isEqualTo(p50);
        assertThat(target.risk().p90().getYear()).as("the year of P90 (%s)", target.risk().p90()).isEqualTo(p90);
    }

    private PhaseTimeline timeline(int number) {
        String name = world.phase(number).name();
        var timeline = world.evaluation().plan().timeline();
        assertThat(timeline).as("a timeline (the scenario needs a timeline section)").isNotNull();
        return timeline.phases().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private TargetTimeline targetTimeline() {
        String name = world.target().target().name();
        return world.evaluation().plan().timeline().targets().stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow();
    }

    /** Days this scenario's phase is ready after (positive) or before the published scenario's. */
    private long shiftAgainstPublished(int number) throws InputException {
        PhaseTimeline changed = timeline(number);
        PhaseTimeline published = evaluator.evaluate(CampusWorld.COLOSSUS).plan().timeline().phases().get(number - 1);
        assertThat(changed.ready()).as("%s ready in the changed scenario", changed.name()).isNotNull();
        assertThat(published.ready()).as("%s ready in the published scenario", published.name()).isNotNull();
        return ChronoUnit.DAYS.between(published.ready(), changed.ready());
    }

    /** The date of the grid tranche of {@code firm} as the scenario writes it. */
    private static LocalDate trancheDate(String yaml, Power firm) {
        String mw = BigDecimal.valueOf(firm.mw()).stripTrailingZeros().toPlainString();
        Matcher matcher = Pattern.compile("-\\s*date:\\s*(\\d{4}-\\d{2}-\\d{2})[^\\n]*\\n\\s*firmMw:\\s*"
                + Pattern.quote(mw) + "(?:\\.0+)?\\b").matcher(yaml);
        assertThat(matcher.find()).as("a grid tranche of %s in the scenario", firm).isTrue();
        return LocalDate.parse(matcher.group(1));
    }
}
