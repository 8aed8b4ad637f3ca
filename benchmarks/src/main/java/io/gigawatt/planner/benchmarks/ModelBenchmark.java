package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
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
 * The models over a loaded scenario (demand by day, grid, generators, batteries, cooling, targets, the timeline), with
 * the timeline's Monte Carlo at the scenario's own draws ({@code draws=-1}: 2,000 for Colossus) or left out (0).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ModelBenchmark {

    @Param("examples/colossus.yaml")
    public String scenario;

    @Param({"0", "-1"})
    public int draws;

    private final Planner planner = new Planner();
    private Scenario loaded;

    @Setup
    public void setUp() throws InputException {
        loaded = PlannerFixture.withDraws(PlannerFixture.load(scenario), draws);
    }

    @Benchmark
    public CampusPlan plan() {
        return planner.plan(loaded);
    }
}
