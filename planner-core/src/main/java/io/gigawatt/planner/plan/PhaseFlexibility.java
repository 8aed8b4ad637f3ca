package io.gigawatt.planner.plan;

import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the flexible grid tranches do to one phase: when it is ready with them counted and when it would be with
 * every tranche taken firm, and how it rides the curtailment events of the tranche it leans on.
 *
 * @param inService   the day the phase is judged on: ready as the timeline finds (its date without a timeline)
 * @param ready       ready with the flexible tranches counted from their flexible dates; null without a timeline
 *                    or when never ready
 * @param readyIfFirm ready with every tranche taken firm, on its firm date; null as {@code ready}
 * @param curtailment how it rides the events, or null when no flexible tranche it leans on is curtailable then
 * @param lostValue   the lost GPU-hours of a year valued as idle GPUs are (economics.idleGpus), or null without
 *                    curtailment or without a price for one of its GPU models
 */
public record PhaseFlexibility(int number, String name, LocalDate inService, LocalDate ready, LocalDate readyIfFirm,
                               Curtailment curtailment, Money lostValue) {

    /** Days the flexible tranches bring the phase's ready date forward (0 when they do not, or no date is known). */
    public long daysSooner() {
        return ready == null || readyIfFirm == null ? 0 : ChronoUnit.DAYS.between(ready, readyIfFirm);
    }

    public boolean curtailable() {
        return curtailment != null;
    }
}
