package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.gigawatt.planner.decisions.Lever;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The search over the levers, by Timefold Solver's local search (late acceptance over moves that change one lever's
 * value or swap two levers' values), from the plan as written. Every score is a judgement of the real models and
 * rules ({@link Judge}). Seeded and stopped by a count of steps without improvement, it proposes the same plan each
 * run; the time limit stops it sooner on a slow machine (the best plan so far, whole), as does {@link #stop}. Its
 * best plan is then polished: each lever's neighbouring values tried until none is better.
 */
public final class PlanSearch {

    /** Steps without a better plan after which the search ends: enough to try every lever's neighbours a few times. */
    static final int UNIMPROVED_STEPS = 100;

    /** What the search proposes: the best choice, its outcome, its score, and the evaluations it took. */
    public record Result(int[] choice, Outcome outcome, boolean feasible, int evaluations, long scoreCalculations) {
    }

    private final AtomicReference<Solver<PlanSolution>> running = new AtomicReference<>();
    private volatile boolean stopped;

    /** Ends a running search: it returns the best plan so far. */
    public void stop() {
        stopped = true;
        Solver<PlanSolution> solver = running.get();
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    public Result search(Judge judge, Goal goal, LocalDate buildStart, long seed, Duration timeLimit) {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        List<Lever> levers = judge.levers();
        Scoring scoring = new Scoring(judge, goal, buildStart);
        List<LeverChoice> choices = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            choices.add(new LeverChoice(i, levers.get(i).values().size(), levers.get(i).writtenIndex()));
        }
        PlanSolution start = new PlanSolution(choices, scoring);
        SolverConfig config = new SolverConfig()
                .withSolutionClass(PlanSolution.class)
                .withEntityClasses(LeverChoice.class)
                .withEasyScoreCalculatorClass(PlanScoreCalculator.class)
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(seed)
                .withPhases(new LocalSearchPhaseConfig())
                .withTerminationConfig(new TerminationConfig()
                        .withUnimprovedStepCountLimit(UNIMPROVED_STEPS)
                        .withSpentLimit(timeLimit));
        Solver<PlanSolution> solver = SolverFactory.<PlanSolution>create(config).buildSolver();
        running.set(solver);
        PlanSolution best = stopped ? start : solver.solve(start);
        running.set(null);
        // a lever the search moved without gain goes back as written: what is proposed is what matters; then the
        // polish, which moves a lever only for a gain, starts from the plan proposed
        int[] choice = polished(reverted(best.choice(), scoring, levers), scoring, levers, deadline);
        HardMediumSoftScore score = scoring.score(choice);
        Outcome outcome = judge.judge(choice);
        return new Result(choice, outcome, Scoring.feasible(score, goal), judge.evaluations(),
                scoring.calculations());
    }

    /** The choice with each lever that scores no worse as written put back as written. */
    private static int[] reverted(int[] best, Scoring scoring, List<Lever> levers) {
        int[] choice = best;
        HardMediumSoftScore score = scoring.score(choice);
        for (int i = 0; i < choice.length; i++) {
            int written = levers.get(i).writtenIndex();
            if (choice[i] != written) {
                int[] reverted = choice.clone();
                reverted[i] = written;
                HardMediumSoftScore without = scoring.score(reverted);
                if (without.compareTo(score) >= 0) {
                    choice = reverted;
                    score = without;
                }
            }
        }
        return choice;
    }

    /**
     * The choice with each lever moved one value up or down while that scores better, until none does (or the time
     * limit passes, or the search is stopped): Timefold's moves give a lever any of its values, and the optimum is often
     * a neighbour of the best plan they find.
     */
    private int[] polished(int[] best, Scoring scoring, List<Lever> levers, long deadline) {
        int[] choice = best;
        HardMediumSoftScore score = scoring.score(choice);
        boolean better = true;
        while (better && !stopped && System.nanoTime() < deadline) {
            better = false;
            for (int i = 0; i < choice.length; i++) {
                for (int step : new int[] {-1, 1}) {
                    int value = choice[i] + step;
                    if (value < 0 || value >= levers.get(i).values().size()) {
                        continue;
                    }
                    int[] neighbour = choice.clone();
                    neighbour[i] = value;
                    HardMediumSoftScore near = scoring.score(neighbour);
                    if (near.compareTo(score) > 0) {
                        choice = neighbour;
                        score = near;
                        better = true;
                    }
                }
            }
        }
        return choice;
    }
}
