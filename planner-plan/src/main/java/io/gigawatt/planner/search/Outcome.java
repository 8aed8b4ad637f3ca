package io.gigawatt.planner.search;

import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What the models and rules made of one candidate plan.
 *
 * @param errors   findings of severity ERROR (for a candidate the loader refuses: {@link #REFUSED_ERRORS})
 * @param blocking the rules of those findings, or the loader's first problem for a refused candidate
 * @param ready    when the last phase is ready (the timeline's date, else the last milestone's), null: never
 * @param cost     present cost of the plan with the waiting GPUs' cost ({@code CampusCost.presentWithWaiting})
 * @param hardness how far its ERROR findings are from passing: each one's {@link Judge#distance} in hundredths, at
 *                 least 1, summed; 0 with none
 */
public record Outcome(int errors, List<String> blocking, LocalDate ready, Money cost, long hardness) {

    /** A candidate the loader refuses (milestones out of order, say) counts as this many errors. */
    public static final int REFUSED_ERRORS = 1_000;

    public Outcome {
        blocking = List.copyOf(blocking);
    }

    public boolean refused() {
        return errors >= REFUSED_ERRORS;
    }
}
