package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.swing.CampusLoad;
import io.gigawatt.planner.swing.Mitigations;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingRun;
import io.gigawatt.planner.swing.Workload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * The swing budget of docs/design.md: a 1,000,000-GPU campus simulated for one hour at 100 ms steps within 2 s.
 * {@code campusTrace} is the simulation of the campus's power (36,000 steps, four jobs, per-rack jitter);
 * {@code swingAssessment} is everything the planner does for a phase it has not seen: the trace before and after
 * mitigation, the FFT band shares, and the battery search (a dispatch per candidate count, with and without a
 * generator trip); {@code anotherSupply} is what a sweep's variant pays when it supplies a phase seen before in
 * another way (grid share, generators, batteries, the utility's limits): the battery search alone, on the campus
 * trace the model remembers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SwingBenchmark {

    /** The trace's step: 100 ms is the budget's; 10 ms is the finest the scenario allows (360,000 steps). */
    @Param({"100"})
    public int stepMs;

    /**
     * The utility's limits: the campus file's Southern Company ramp; ERCOT's range after a 0.1-55 Hz filter and LIPA's
     * two filtered ranges add an FFT each to the limits measured after the search.
     */
    @Param({"SOUTHERN-COMPANY"})
    public String utility;

    private Scenario scenario;
    private PhaseSupply supply;
    private final SwingModel model = new SwingModel();

    @Setup
    public void load() throws IOException, InputException {
        scenario = millionGpus(stepMs, utility);
        PhasePlan phase = new io.gigawatt.planner.plan.Planner().plan(scenario.withSwing(null)).phases().get(0);
        supply = SwingPhases.supplyOf(scenario, phase);
        if (supply.gpuCount() != 1_000_000 || scenario.swing().workload().window().toMinutes() != 60) {
            throw new IllegalStateException("the benchmark campus is not 1,000,000 GPUs for one hour");
        }
    }

    /** The benchmark campus of million-gpus.yaml, its trace at {@code stepMs}. */
    static Scenario millionGpus(int stepMs) throws IOException, InputException {
        return millionGpus(stepMs, "SOUTHERN-COMPANY");
    }

    /** The same under {@code utility}'s limits. */
    static Scenario millionGpus(int stepMs, String utility) throws IOException, InputException {
        try (InputStream in = SwingBenchmark.class.getClassLoader().getResourceAsStream("million-gpus.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("stepMs: 100", "stepMs: " + stepMs)
                    .replace("preset: SOUTHERN-COMPANY", "preset: " + utility);
            return new ScenarioLoader(CatalogueReader.loadDefault()).load("million-gpus.yaml", text);
        }
    }

    @Benchmark
    public double[] campusTrace() {
        return CampusLoad.trace(scenario.swing().workload(), supply.gpus(), supply.facility().mw(), Mitigations.none());
    }

    /** A seed the model has not simulated lately, so that nothing is remembered between calls. */
    private long seed = 1_000;

    @Benchmark
    public SwingRun swingAssessment() {
        Workload w = scenario.swing().workload();
        Workload unseen = new Workload(w.step(), w.window(), ++seed, w.jitter(), w.gpusPerRack(), w.jobs());
        return model.simulate(scenario.swing().withWorkload(unseen), supply);
    }

    @Benchmark
    public SwingRun anotherSupply() {
        return model.simulate(scenario.swing(), supply);
    }
}
