package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A candidate's score for a goal: hard, minus its ERROR findings (every rule must pass); medium, minus the days until
 * every phase is ready ({@code earliest}) or minus the days past the date ({@code cheapest-by}); soft, minus its
 * present cost with waiting, in thousands.
 */
final class Scoring {

    /** Days counted for a plan never ready: later than any date a plan can have. */
    static final int NEVER = 1_000_000;

    private final Judge judge;
    private final Goal goal;
    private final LocalDate start;
    private long calculations;

    Scoring(Judge judge, Goal goal, LocalDate start) {
        this.judge = judge;
        this.goal = goal;
        this.start = start;
    }

    Judge judge() {
        return judge;
    }

    /** How often the solver asked for a score (a candidate judged before costs no evaluation). */
    long calculations() {
        return calculations;
    }

    HardMediumSoftScore score(int[] choice) {
        calculations++;
        return score(judge.judge(choice));
    }

    HardMediumSoftScore score(Outcome outcome) {
        if (outcome.refused()) {
            return HardMediumSoftScore.of(-outcome.errors(), -NEVER, Integer.MIN_VALUE);
        }
        int days = outcome.ready() == null ? NEVER : (int) ChronoUnit.DAYS.between(start, outcome.ready());
        int medium = switch (goal.kind()) {
            case EARLIEST -> -days;
            case CHEAPEST -> 0;
            case CHEAPEST_BY -> outcome.ready() == null ? -NEVER
                    : -(int) Math.max(0, ChronoUnit.DAYS.between(goal.by(), outcome.ready()));
        };
        // thousands: a campus's cost in dollars does not fit in an int, in thousands up to two trillion
        long thousands = Math.round(outcome.cost().amount() / 1_000);
        return HardMediumSoftScore.of(-outcome.errors(), medium, (int) -Math.min(Integer.MAX_VALUE, thousands));
    }

    /** Feasible for the goal: no ERROR finding, and ready by the date of {@code cheapest-by}. */
    static boolean feasible(HardMediumSoftScore score, Goal goal) {
        return score.hardScore() == 0 && (goal.kind() != Goal.Kind.CHEAPEST_BY || score.mediumScore() == 0);
    }
}
