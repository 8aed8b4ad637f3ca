package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.junit.jupiter.api.Test;

/**
 * The engine's battery count against the fewest units any dispatch could do with, worked out here on a minute of
 * Colossus 1's swing (4 s iterations, a scheduled checkpoint pause) under the engine's own limits: where the turbines
 * bind, a linear program over the sources' draw (Commons Math's simplex); where only the grid's range binds, the bound
 * every dispatch pays (within any range window, the load moves at most the grid's allowance plus the batteries' power
 * both ways). Both leave out what is no linear limit (the band's share, the charge's bounds and its end), so they are at most the
 * optimum: the engine may not beat them, and must come within 10% of them.
 */
class BatteryOptimumTest {

    private static final double CLOSE = 1.10;

    @Test
    void whereTheTurbinesBindTheEngineNeedsAtMostATenthMoreThanTheOptimum() throws Exception {
        Scenario colossus = colossus();
        PhaseSupply phase = firstPhase(colossus);
        SwingSettings settings = colossus.swing().withWorkload(minuteWithACheckpoint(colossus));
        SwingRun run = new SwingModel().simulate(settings, phase);
        SupplySetup setup = SwingModel.setup(settings.utility(), GeneratorMode.LOAD_FOLLOWING, phase, run.load(),
                run.stepSeconds());
        assertThat(setup.hasGenerators()).isTrue();

        int optimum = units(leastPowerByLinearProgram(run.load(), setup), setup);
        int engine = run.assessment().battery().forLimits();

        assertThat(optimum).isGreaterThan(10);
        assertThat(engine).isBetween(optimum, (int) Math.floor(optimum * CLOSE));
    }

    @Test
    void whereTheGridsRangeBindsTheEngineNeedsAtMostATenthMoreThanTheOptimum() throws Exception {
        Scenario colossus = colossus();
        PhaseSupply turbines = firstPhase(colossus);
        PhaseSupply gridOnly = new PhaseSupply(turbines.phase(), turbines.gpus(), turbines.facility(), 1, null,
                turbines.battery(), null);
        SwingSettings settings = colossus.swing().withWorkload(minuteWithACheckpoint(colossus))
                .withUtility(UtilityLibrary.shipped().limits("ERCOT-2026").orElseThrow());
        SwingRun run = new SwingModel().simulate(settings, gridOnly);
        SupplySetup setup = SwingModel.setup(settings.utility(), GeneratorMode.LOAD_FOLLOWING, gridOnly, run.load(),
                run.stepSeconds());
        assertThat(setup.hasGenerators()).isFalse();

        double range = TraceStats.maxRange(run.load(), setup.grid().rangeWindowSteps());
        int optimum = units((range - setup.grid().rangeMw()) / 2, setup);
        int engine = run.assessment().battery().forLimits();

        assertThat(optimum).isGreaterThan(10);
        assertThat(engine).isBetween(optimum, (int) Math.floor(optimum * CLOSE));
    }

    private static Scenario colossus() throws Exception {
        return new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml"));
    }

    private static PhaseSupply firstPhase(Scenario scenario) {
        return SwingPhases.supplyOf(scenario, new Planner().plan(scenario.withSwing(null)).phases().get(0));
    }

    /** The example's pretraining job alone for a minute at 200 ms steps, pausing 8 s for a checkpoint at 30 s. */
    private static Workload minuteWithACheckpoint(Scenario scenario) {
        Workload w = scenario.swing().workload();
        Job pretraining = w.jobs().get(0).withCheckpoints(Duration.ofSeconds(90), Duration.ofSeconds(30));
        return new Workload(Duration.ofMillis(500), Duration.ofMinutes(3), w.seed(), w.jitter(), w.gpusPerRack(),
                List.of(pretraining));
    }

    private static int units(double mw, SupplySetup setup) {
        return (int) Math.ceil(mw / setup.battery().mw() - 1e-9);
    }

    /**
     * The least battery power P (MW) for which some draw S of grid and generators keeps |load - S| <= P at every step
     * and every linear limit the compliance check judges: the generators' total movement within their recovery time
     * and their change over a minute (each a load step plus their ramp), the grid's ramp over its window and its range.
     * Variables: P, S[k], and each step's rise u[k] and fall v[k] of S (S[k+1] - S[k] = u[k] - v[k]).
     */
    static double leastPowerByLinearProgram(double[] load, SupplySetup s) {
        int n = load.length;
        int vars = 1 + n + 2 * (n - 1);
        double dt = s.dt();
        double g = s.grid().share();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            constraints.add(new LinearConstraint(row(vars, 0, 1, s(k), 1), Relationship.GEQ, load[k]));
            constraints.add(new LinearConstraint(row(vars, 0, 1, s(k), -1), Relationship.GEQ, -load[k]));
        }
        for (int k = 0; k + 1 < n; k++) {
            constraints.add(new LinearConstraint(row(vars, s(k + 1), 1, s(k), -1, u(n, k), -1, v(n, k), 1),
                    Relationship.EQ, 0));
        }
        if (s.hasGenerators()) {
            double share = 1 - g;
            int recovery = (int) Math.max(1, Math.round(SwingModel.GENERATOR_RECOVERY_SECONDS / dt));
            int span = Math.min(recovery, n - 1);
            double allowed = (s.generators().stepMw() + s.generators().rampMwPerS() * recovery * dt) / share;
            for (int end = span; end < n; end++) {
                double[] c = new double[vars];
                for (int k = end - span; k < end; k++) {
                    c[u(n, k)] = 1;
                    c[v(n, k)] = 1;
                }
                constraints.add(new LinearConstraint(c, Relationship.LEQ, allowed));
            }
            int minute = (int) Math.max(1, Math.round(60 / dt));
            if (minute < n) {
                double perMinute = (s.generators().stepMw() + s.generators().rampMwPerS() * minute * dt) / share;
                apart(constraints, vars, n, minute, perMinute);
            }
        }
        if (g > 0) {
            int span = Math.max(1, Math.min(s.grid().rampWindowSteps(), n - 1));
            apart(constraints, vars, n, span, s.grid().rampMwPerS() * span * dt / g);
            if (Double.isFinite(s.grid().rangeMw())) {
                throw new IllegalArgumentException("the program leaves the grid's range to the bound");
            }
        }
        double[] objective = new double[vars];
        objective[0] = 1;
        return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true)).getValue();
    }

    /** |S[k + span] - S[k]| <= most, for every k. */
    private static void apart(List<LinearConstraint> constraints, int vars, int n, int span, double most) {
        for (int k = 0; k + span < n; k++) {
            constraints.add(new LinearConstraint(row(vars, s(k + span), 1, s(k), -1), Relationship.LEQ, most));
            constraints.add(new LinearConstraint(row(vars, s(k + span), -1, s(k), 1), Relationship.LEQ, most));
        }
    }

    private static int s(int k) {
        return 1 + k;
    }

    private static int u(int n, int k) {
        return 1 + n + k;
    }

    private static int v(int n, int k) {
        return 1 + n + (n - 1) + k;
    }

    /** A row of zeros but for (index, coefficient) pairs. */
    private static double[] row(int vars, double... pairs) {
        double[] c = new double[vars];
        for (int i = 0; i < pairs.length; i += 2) {
            c[(int) pairs[i]] += pairs[i + 1];
        }
        return c;
    }
}
