package io.gigawatt.planner.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
