package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * When the firm supply (grid, future supply options and permitted on-site generation at design ambient, spares
 * held back) reaches a target's facility budget, and the road there.
 *
 * @param closes        the first day from which supply stays at or above the budget; null when it never does
 * @param supplyOnDate  firm supply on the target's own date; null when unbounded
 * @param risk          the Monte Carlo's P10/P50/P90 of {@code closes}, or null
 */
public record TargetTimeline(String name, LocalDate date, Power budget, LocalDate closes, Power supplyOnDate,
                             List<RoadStep> road, DateRange risk) {

    public TargetTimeline {
        road = List.copyOf(road);
    }

    public boolean closesAtAll() {
        return closes != null;
    }

    /** Days after the target's date that supply closes it; zero or negative when in time (0 when never). */
    public long lateDays() {
        return closes == null ? 0 : ChronoUnit.DAYS.between(date, closes);
    }

    /** What the supply lacks on the target's date; zero when unbounded or enough. */
    public Power shortfallOnDate() {
        return supplyOnDate == null ? Power.ZERO : budget.minus(supplyOnDate).atLeast(Power.ZERO);
    }

    /** "P50 2029-03-27, P90 2029-11-10", or "" without a Monte Carlo. */
    public String riskText() {
        return risk == null ? "" : risk.toString();
    }

    /** The last step of the road: the most firm supply the scenario reaches, or null without any. */
    public RoadStep peak() {
        return road.isEmpty() ? null : road.get(road.size() - 1);
    }

    /** What the most firm supply the scenario reaches lacks of the budget, or null without any supply. */
    public Power peakShortfall() {
        return road.isEmpty() ? null : budget.minus(peak().firm());
    }

    public TargetTimeline withRisk(DateRange range) {
        return new TargetTimeline(name, date, budget, closes, supplyOnDate, road, range);
    }
}
