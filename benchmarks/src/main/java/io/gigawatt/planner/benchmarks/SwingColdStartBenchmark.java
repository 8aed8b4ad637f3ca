package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingRun;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same 1,000,000-GPU hour as {@link SwingBenchmark}, but the first simulation in a fresh JVM (one shot per
 * fork, nothing warmed up), as a planner running {@code planner evaluate} once meets it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class SwingColdStartBenchmark {

    private Scenario scenario;
    private PhaseSupply supply;
    private final SwingModel model = new SwingModel();

    @Setup
    public void load() throws IOException, InputException {
        scenario = SwingBenchmark.millionGpus(100);
        supply = SwingPhases.supplyOf(scenario, new Planner().plan(scenario.withSwing(null)).phases().get(0));
    }

    @Benchmark
    public SwingRun firstSwingAssessment() {
        return model.simulate(scenario.swing(), supply);
    }
}
