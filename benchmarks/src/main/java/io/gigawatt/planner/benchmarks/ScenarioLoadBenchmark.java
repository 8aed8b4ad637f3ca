package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.scenario.Scenario;
import java.nio.file.Path;
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
 * Loading a scenario in a warm JVM: from the file (read, YAML parse with locations, every check, catalogue), and from
 * its YAML tree parsed already (what a sweep does per variant).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScenarioLoadBenchmark {

    @Param("examples/colossus.yaml")
    public String scenario;

    private Path file;
    private Node tree;

    @Setup
    public void setUp() throws InputException {
        file = PlannerFixture.file(scenario);
        tree = YamlFiles.read(file);
    }

    @Benchmark
    public Scenario fromFile() throws InputException {
        return PlannerFixture.LOADER.load(file);
    }

    @Benchmark
    public Scenario fromTree() throws InputException {
        return PlannerFixture.LOADER.load(tree, scenario, file.toAbsolutePath().getParent());
    }
}
