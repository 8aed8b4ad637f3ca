package io.gigawatt.planner.decisions;

import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * A grid tranche the utility offers ({@code decisions.grid.offers}): taken, it becomes one of the scenario's
 * {@code grid.tranches}, from {@code date} the firm supply {@code firm} in all.
 *
 * @param interconnection its one-off cost in the economics' currency, or null: priced per kW it adds, as any tranche
 */
public record GridOffer(String name, LocalDate date, Power firm, Money interconnection) {
}
