package io.gigawatt.planner.supply;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The utility's supply over time: on a day, the level of the latest tranche delivered on or before it, else zero (a
 * flexible tranche counts from its flexible date). The one reading of the tranches, for the plan, the timeline's
 * draws (on slipped dates, in plain numbers) and the rules.
 */
public final class GridSupply {

    private final List<GridTranche> tranches;
    /** Each tranche's epoch day, in date order, and its level in watts. */
    private final long[] days;
    private final double[] watts;

    /** @param tranches in the order they are delivered (as the loader checks) */
    public GridSupply(List<GridTranche> tranches) {
        this(List.copyOf(tranches), tranches.stream().mapToLong(t -> t.from().toEpochDay()).toArray(),
                tranches.stream().mapToDouble(t -> t.firm().watts()).toArray());
    }

    private GridSupply(List<GridTranche> tranches, long[] days, double[] watts) {
        this.tranches = tranches;
        this.days = days;
        this.watts = watts;
    }

    /** The same tranches arriving on other epoch days (a draw's slipped dates, still in order); nothing is copied. */
    public GridSupply arrivingOn(long[] otherDays) {
        return new GridSupply(tranches, otherDays, watts);
    }

    public List<GridTranche> tranches() {
        return tranches;
    }

    /**
     * The same tranches with every flexible one taken firm, on its firm date: the supply without flexibility. A
     * flexible tranche with no firm date is left out: without its flexible terms the utility would not deliver it.
     */
    public GridSupply takenFirm() {
        return new GridSupply(tranches.stream().map(GridTranche::takenFirm).filter(Objects::nonNull).toList());
    }

    public boolean hasFlexible() {
        return tranches.stream().anyMatch(GridTranche::isFlexible);
    }

    /**
     * The flexible tranche the level on {@code day} leans on, still curtailable then: the latest delivered by then,
     * if it is; null when it is not (a later firm tranche ends the curtailment of a flexible one with no firm date).
     */
    public GridTranche curtailableOn(LocalDate day) {
        GridTranche latest = null;
        for (GridTranche tranche : tranches) {
            if (!tranche.from().isAfter(day)) {
                latest = tranche;
            }
        }
        return latest != null && latest.curtailableOn(day) ? latest : null;
    }

    /** The days the level changes, as epoch days. */
    public long[] days() {
        return days.clone();
    }

    /** The level on {@code epochDay}, in watts: firm, but for a flexible tranche's until its firm date. */
    public double wattsOn(long epochDay) {
        double level = 0;
        for (int i = 0; i < days.length && days[i] <= epochDay; i++) {
            level = watts[i];
        }
        return level;
    }

    /** The level on {@code day}, a flexible tranche's from its flexible date ({@link #takenFirm}: firm only). */
    public Power firmOn(LocalDate day) {
        return Power.watts(wattsOn(day.toEpochDay()));
    }

    /** The first tranche after {@code day} whose level reaches {@code neededWatts}, or null when none does. */
    public GridTranche firstReaching(LocalDate day, double neededWatts) {
        long after = day.toEpochDay();
        for (int i = 0; i < days.length; i++) {
            if (days[i] > after && watts[i] >= neededWatts) {
                return tranches.get(i);
            }
        }
        return null;
    }

    /**
     * The first tranche after {@code day} that brings firm grid supply to {@code share} of {@code facility}, or null
     * when none does.
     */
    public GridReach reaching(LocalDate day, Power facility, double share) {
        GridTranche tranche = firstReaching(day, facility.watts() * share);
        return tranche == null ? null : new GridReach(tranche, ChronoUnit.DAYS.between(day, tranche.from()),
                tranche.firm().shareOf(facility));
    }
}
