package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.cli.sweep.Axis;
import io.gigawatt.planner.cli.sweep.Shard;
import io.gigawatt.planner.cli.sweep.SweepOutput;
import io.gigawatt.planner.cli.sweep.SweepRow;
import io.gigawatt.planner.cli.sweep.SweepRunner;
import io.gigawatt.planner.cli.sweep.SweepSummary;
import io.gigawatt.planner.cli.sweep.Variants;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleEngine;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sweep throughput in variants per second: {@value #VARIANTS} variants of the scenario per invocation (the air
 * permit's unit and MW caps, which leave the workload unchanged), evaluated as {@code planner sweep} does (one rule
 * base, a fixed pool of {@code threads} threads, rows in order into a CSV table, the summary kept), with the timeline's
 * Monte Carlo at the scenario's own draws ({@code draws=-1}), at {@code draws} draws, or left out ({@code 0}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class SweepBenchmark {

    static final int VARIANTS = 1000;

    @Param("examples/colossus.yaml")
    public String scenario;

    @Param({"0", "-1"})
    public int draws;

    /** 0: the number of cores. */
    @Param("0")
    public int threads;

    private SweepRunner runner;
    private Variants variants;
    private SweepRow.Columns columns;

    @Setup
    public void setUp() throws Exception {
        Path file = PlannerFixture.file(scenario);
        Node tree = YamlFiles.read(file);
        variants = new Variants(null, List.of(Axis.parse("equipment.generators.permitCapUnits=1..100"),
                Axis.parse("equipment.generators.permitCapMw=100..1000:count=10")));
        RuleEngine rules = RuleEngine.compile(DefaultPack.sources());
        runner = new SweepRunner(PlannerFixture.LOADER, new Planner(), rules, tree, file.toString(),
                file.toAbsolutePath().getParent(), null, s -> PlannerFixture.withDraws(s, draws), variants,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), null);
        Report base = runner.base();
        columns = SweepRow.Columns.of(variants.keys(), base);
    }

    @Benchmark
    @OperationsPerInvocation(VARIANTS)
    public int sweep() throws InterruptedException {
        SweepOutput output = new SweepOutput(Writer.nullWriter(), true, SweepOutput.Format.CSV, columns,
                new SweepSummary(variants, List.of()), Map.of());
        output.begin();
        int rows = runner.run(output, (done, of) -> { }, Shard.ALL);
        output.finish(true);
        return rows;
    }
}
