package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.timeline.ManyMilestones;
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
 * The plan of a scenario with a workload whose milestones are spread into 10, 100 or 1,000 smaller ones
 * ({@link ManyMilestones}): every phase's swing simulated (an hour at 100 ms for Colossus) and its batteries searched,
 * by a fresh swing model each time, so nothing is remembered between runs; the timeline's Monte Carlo at one draw.
 * The budget (issue 13): 1,000 milestones with the example's timeline and workload within 5 s for the whole command.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ManyPhasesSwingBenchmark {

    @Param("examples/colossus.yaml")
    public String scenario;

    @Param({"10", "100", "1000"})
    public int milestones;

    private Scenario loaded;

    @Setup
    public void setUp() throws InputException {
        Scenario read = PlannerFixture.LOADER.load(scenario,
                ManyMilestones.of(PlannerFixture.file(scenario), milestones, 1));
        if (read.swing() == null) {
            throw new IllegalStateException(scenario + " has no workload: section to simulate");
        }
        loaded = read.timeline() == null ? read : read.withTimeline(read.timeline().withDraws(1));
    }

    @Benchmark
    public CampusPlan plan() {
        return new Planner(new SwingModel()).plan(loaded);
    }

    /**
     * The same under the flags the launcher starts {@code evaluate} with (the C1 compiler only, the serial collector):
     * what a run of the command spends on it, where the optimising compiler never starts.
     */
    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"})
    public CampusPlan planAsEvaluateRunsIt() {
        return plan();
    }
}
