package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/** Timefold's planning solution: a choice for every lever, the judge that scores them, and their score. */
@PlanningSolution
public class PlanSolution {

    @PlanningEntityCollectionProperty
    private List<LeverChoice> choices;
    @PlanningScore
    private HardMediumSoftScore score;
    // not a problem fact: shared by every clone, it holds the outcomes judged so far
    private Scoring scoring;

    /** For Timefold's cloning. */
    PlanSolution() {
    }

    PlanSolution(List<LeverChoice> choices, Scoring scoring) {
        this.choices = choices;
        this.scoring = scoring;
    }

    /** Lever i's value index at {@code [i]}. */
    int[] choice() {
        int[] choice = new int[choices.size()];
        for (LeverChoice c : choices) {
            choice[c.lever()] = c.value();
        }
        return choice;
    }

    Scoring scoring() {
        return scoring;
    }

    HardMediumSoftScore score() {
        return score;
    }
}
