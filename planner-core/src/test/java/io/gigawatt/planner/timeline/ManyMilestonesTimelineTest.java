package io.gigawatt.planner.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Colossus example spread over many milestones ({@link ManyMilestones}): the timeline's work per phase and
 * draw does not grow with the number of phases, and its answers are those of the model before it was made to scale.
 */
class ManyMilestonesTimelineTest {

    private static final Path EXAMPLE = Path.of("../examples/colossus.yaml");

    @Test
    void aHundredMilestonesOfAMillionGpusGiveTheTimelineTheyGaveBeforeTheModelScaled() throws Exception {
        Scenario scenario = TimelineScenarios.load(ManyMilestones.of(EXAMPLE, 100, 5));
        CampusPlan plan = new Planner().plan(scenario);

        Path golden = Path.of("src/test/resources/timeline/colossus-100-milestones.expected");
        assertThat(describe(plan.timeline())).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void aPhaseIsCheckedOnAsFewDaysWhenTheCampusHasAThousandPhasesAsWhenItHasTen() throws Exception {
        Supply ten = asWritten(10);
        Supply thousand = asWritten(1000);

        // the days supply or a permit changes: readiness is checked on these after a phase's installation day
        assertThat(thousand.events).hasSizeLessThan(20).containsExactly(ten.events);
    }

    @Test
    void aHundredPhasesAreReadyOnTheDaysADailyCheckFinds() throws Exception {
        Scenario scenario = withoutSwing(100, 5);
        ColossusTimelineTest.assertReadinessIsWhatADailyCheckFinds(scenario, needs(scenario));
    }

    private static Supply asWritten(int milestones) throws Exception {
        Scenario scenario = withoutSwing(milestones, 1);
        Campus campus = new Campus(scenario.timelineInputs(), needs(scenario));
        return campus.supply(campus.asWritten());
    }

    /** The timeline reads the phases' power, generators and cooling, not their swing: left out, it plans faster. */
    private static Scenario withoutSwing(int milestones, int times) throws Exception {
        Scenario scenario = TimelineScenarios.load(ManyMilestones.of(EXAMPLE, milestones, times)).withSwing(null);
        return scenario.withTimeline(scenario.timeline().withDraws(1));
    }

    private static List<PhaseNeed> needs(Scenario scenario) {
        return Planner.needs(scenario, new Planner().plan(scenario).phases());
    }

    /** Every figure of the timeline, a line each: what the reports show of it. */
    private static String describe(TimelinePlan timeline) {
        StringBuilder text = new StringBuilder();
        for (PhaseTimeline p : timeline.phases()) {
            text.append(p.number()).append(' ').append(p.name()).append(": GPUs ").append(p.gpusArrive())
                    .append(", installed ").append(p.installed()).append(", ready ").append(p.ready())
                    .append("; held by ").append(p.heldBy().stream()
                            .map(h -> h.constraint() + " " + h.date() + " " + h.what()).toList())
                    .append("; sooner ").append(p.alternatives().stream()
                            .map(a -> a.equipment() + " +" + a.more() + " " + a).toList())
                    .append("; risk ").append(range(p.risk())).append('\n');
        }
        for (TargetTimeline t : timeline.targets()) {
            text.append(t.name()).append(": closes ").append(t.closes()).append(", on its date ")
                    .append(t.supplyOnDate()).append("; risk ").append(range(t.risk())).append('\n');
            t.road().forEach(step -> text.append("  ").append(step).append('\n'));
        }
        RiskSummary risk = timeline.risk();
        text.append("tornado of ").append(risk.subject()).append(", seed ").append(risk.seed()).append(", ")
                .append(risk.draws()).append(" draws\n");
        risk.tornado().forEach(bar -> text.append("  ").append(bar).append('\n'));
        return text.toString();
    }

    private static String range(DateRange r) {
        return "P10 " + r.p10() + ", P50 " + r.p50() + ", P90 " + r.p90() + " of " + r.draws() + " draws, "
                + r.neverShare() + " never";
    }
}
