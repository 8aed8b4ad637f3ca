package io.gigawatt.planner.benchmarks;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
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
 * Rule evaluation of one scenario in a warm engine (budget: 20 ms): the default pack compiled once, a fresh session
 * per evaluation with the policy's thresholds and the plan's facts, every rule fired, findings collected and ordered.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RuleEvaluationBenchmark {

    @Param("examples/colossus.yaml")
    public String scenario;

    private RuleEngine rules;
    private CampusPlan plan;
    private Policy policy;

    @Setup
    public void setUp() throws Exception {
        rules = RuleEngine.compile(DefaultPack.sources());
        plan = new Planner().plan(PlannerFixture.load(scenario));
        policy = PolicyReader.defaultPolicy();
    }

    @Benchmark
    public Evaluation evaluate() {
        return rules.evaluate(plan, policy);
    }
}
