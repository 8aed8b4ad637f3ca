package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.Duration;
import java.util.List;

/**
 * A grid code's voltage ride-through envelope for large loads: how long the load must stay connected at each depth
 * of voltage dip, and how soon it must draw its power again once the voltage is back.
 *
 * @param envelope    the dips, each the longest the load must ride through below a voltage
 * @param recovery    the most the load may take to recover its draw after the dip
 * @param appliesFrom the least grid draw the code applies to, or null for any
 * @param source      where the envelope comes from
 * @param date        that source's date, or null when it gives none
 */
public record RideThrough(List<Dip> envelope, Duration recovery, Power appliesFrom, String source, String date) {

    /**
     * One step of the envelope.
     *
     * @param belowPu the voltage, per unit, the dip goes below
     * @param lasting how long the load must stay connected through it
     */
    public record Dip(double belowPu, Duration lasting) {
    }

    public RideThrough {
        envelope = List.copyOf(envelope);
    }

    /** The longest dip of the envelope the load must ride through. */
    public Duration longest() {
        return envelope.stream().map(Dip::lasting).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Whether the code applies to a phase drawing {@code grid} from the grid. */
    public boolean appliesTo(Power grid) {
        return grid.watts() > 0 && (appliesFrom == null || grid.watts() >= appliesFrom.watts());
    }

    /**
     * Whether what the plan declares meets the envelope for a phase drawing {@code facility}: a grid-facing converter
     * rated for the whole facility (at unity power factor) that keeps the load connected through the dips, or storage
     * (UPS, rack batteries) that carries the load through the longest dip and hands it back within the recovery.
     */
    public boolean metBy(RideThroughPlan plan, Power facility) {
        if (plan == null) {
            return false;
        }
        boolean converter = plan.converterMva() != null && plan.converterMva() >= facility.mw();
        boolean storage = plan.storageSeconds() != null && plan.returnSeconds() != null
                && plan.storageSeconds() * 1e9 >= longest().toNanos() && plan.returnSeconds() * 1e9 <= recovery.toNanos();
        return converter || storage;
    }

    /** "2 s below 0.9 pu, 0.5 s below 0.8 pu, 0.25 s below 0.5 pu, 0.15 s below 0.2 pu". */
    public String describe() {
        return String.join(", ", envelope.stream().map(d -> UtilityLimits.span(d.lasting()) + " below "
                + Quantities.format(d.belowPu()) + " pu").toList());
    }
}
