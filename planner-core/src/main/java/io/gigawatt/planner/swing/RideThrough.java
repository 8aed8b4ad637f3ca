package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.Duration;
import java.util.List;

/**
 * A grid code's voltage ride-through envelope for large loads: how long the load must stay connected at each depth
 * of voltage dip, and how soon it must draw its power again once the voltage is back. A code whose envelope could
 * not be taken from its own text has none, and a note saying what is known ({@link #known()}).
 *
 * @param code        the code's name in the library (ERCOT-NOGRR-282), or the field a scenario writes it in
 * @param name        the code in words
 * @param envelope    the dips, each the longest the load must ride through below a voltage; empty when not known
 * @param recovery    the most the load may take to recover its draw after the dip; null when not known
 * @param appliesFrom the least grid draw the code applies to, or null for any
 * @param source      where the envelope comes from
 * @param date        that source's date, or null when it gives none
 * @param note        what is known of a code without an envelope, or null
 */
public record RideThrough(String code, String name, List<Dip> envelope, Duration recovery, Power appliesFrom,
                          String source, String date, String note) {

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

    /** Whether the library has the code's envelope to judge a plan by. */
    public boolean known() {
        return !envelope.isEmpty() && recovery != null;
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
        if (plan == null || !known()) {
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
