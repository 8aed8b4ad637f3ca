package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * A future source of firm power with the earliest date it can deliver, and how late it may slip.
 *
 * @param firm     firm power it adds from its date (after derates and spares, for on-site generation)
 * @param slipDays how many days after {@code earliest} it may come, or null when its date is taken as certain
 * @param source   where the figure and date come from, or ""
 * @param servesPhases whether the scenario's phases may draw on it; false for supply that counts toward the
 *                 targets only (a plant that feeds another building of the campus)
 */
public record SupplyOption(String name, SupplyKind kind, Power firm, LocalDate earliest, Spread slipDays,
                           String source, boolean servesPhases) {
}
