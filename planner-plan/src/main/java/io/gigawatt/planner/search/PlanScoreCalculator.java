package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;

/** Timefold's score calculator: each candidate judged by the real models and rules (remembered once judged). */
public class PlanScoreCalculator implements EasyScoreCalculator<PlanSolution, HardMediumSoftScore> {

    @Override
    public HardMediumSoftScore calculateScore(PlanSolution solution) {
        return solution.scoring().score(solution.choice());
    }
}
