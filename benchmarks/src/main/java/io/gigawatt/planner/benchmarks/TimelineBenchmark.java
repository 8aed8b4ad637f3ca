package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.timeline.ManyMilestones;
import io.gigawatt.planner.timeline.MonteCarlo;
import io.gigawatt.planner.timeline.PhaseNeed;
import io.gigawatt.planner.timeline.TimelineModel;
import io.gigawatt.planner.timeline.TimelinePlan;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timeline of a scenario and its Monte Carlo, and how they grow with the number of phases: the scenario as
 * written ({@code milestones=0}) or its milestones spread into 10, 100 or 1,000 smaller ones over the years to its
 * target ({@link ManyMilestones}), at the scenario's own draws ({@code draws=-1}: 2,000 for Colossus) or at
 * {@code draws}. The phases' needs are sized once, without the swing model (the timeline does not read it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TimelineBenchmark {

    @Param("examples/colossus.yaml")
    public String scenario;

    @Param({"0", "10", "100", "1000"})
    public int milestones;

    @Param("-1")
    public int draws;

    private Scenario loaded;
    private List<PhaseNeed> needs;

    @Setup
    public void setUp() throws InputException {
        Scenario read = milestones == 0 ? PlannerFixture.load(scenario) : PlannerFixture.LOADER.load(
                scenario, ManyMilestones.of(PlannerFixture.file(scenario), milestones, 1));
        if (read.timeline() == null) {
            throw new IllegalStateException(scenario + " has no timeline: section to draw from");
        }
        loaded = PlannerFixture.withDraws(read, draws);
        Scenario sized = loaded.withSwing(null).withTimeline(loaded.timeline().withDraws(1));
        needs = Planner.needs(sized, new Planner().plan(sized).phases());
    }

    /** Every phase's and target's dates over the draws, and the tornado. */
    @Benchmark
    public MonteCarlo.Result monteCarlo() {
        return TimelineModel.monteCarlo(loaded.timelineInputs(), needs, loaded.timeline().risk().draws());
    }

    /** The whole timeline: each phase's ready date, what holds it and what would make it sooner, targets, Monte Carlo. */
    @Benchmark
    public TimelinePlan timeline() {
        return TimelineModel.plan(loaded.timelineInputs(), needs);
    }
}
