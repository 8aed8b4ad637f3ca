package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A candidate's score for a goal: hard, minus its ERROR findings (every rule must pass) graded by how far they are from
 * passing; medium, minus the days until every phase is ready ({@code earliest}) or minus the days past the date
 * ({@code cheapest-by}); soft, minus its present cost with waiting, in thousands.
 *
 * <p>The hard score sums, over the ERROR findings, how far each is from passing ({@link Judge#distance}) in
 * hundredths, at least 1 each: 0 only when every rule passes, and nearer to 0 the nearer the plan is to passing. A
 * count of findings gives the search nothing to climb where rules pass only in a narrow region (Colossus's air permit
 * passes only when few enough of the doubling's GPUs are in before the second substation), and it forbids the way
 * there when a step on it trips one rule more by a hair while bringing two others much nearer; the grade leads it.
 */
final class Scoring {

    /** The hard score of a candidate the loader refuses: worse than any plan that loads can score. */
    static final int REFUSED = -1_000_000_000;

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
            return HardMediumSoftScore.of(REFUSED, -NEVER, Integer.MIN_VALUE);
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
        return HardMediumSoftScore.of(-hardness(outcome), medium,
                (int) -Math.min(Integer.MAX_VALUE, thousands));
    }

    /** How far a loaded candidate is from passing every rule: its findings' distances in hundredths, at least 1 each. */
    private static int hardness(Outcome outcome) {
        return (int) Math.min(-(long) REFUSED - 1, outcome.hardness());
    }

    /** Feasible for the goal: no ERROR finding, and ready by the date of {@code cheapest-by}. */
    static boolean feasible(HardMediumSoftScore score, Goal goal) {
        return score.hardScore() == 0 && (goal.kind() != Goal.Kind.CHEAPEST_BY || score.mediumScore() == 0);
    }
}
