package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;

/**
 * The batteries the swing model sized by search: the fewest units of the scenario's model that keep every limit
 * (utility and generators) through the simulated window and end it with the charge they started with, and the fewest
 * that also ride through a trip of the largest generator at the worst of the moments the search tries
 * ({@link SwingModel#worstMoments}).
 *
 * @param enabled   whether the scenario switches battery dispatch on
 * @param planned   units the planner lined up for the phase, or null when not stated
 * @param forLimits fewest units that keep every limit, or null when no count up to the search's ceiling does
 * @param forTrip   fewest units that also ride through the largest generator's trip, or null likewise
 * @param inUse     units the phase's figures after mitigation are simulated with: the planned ones, else the
 *                  needed ones; none when dispatch is off or no count holds
 */
public record SwingBattery(BatteryModel model, boolean enabled, Integer planned, Integer forLimits, Integer forTrip,
                           int inUse) {

    /** Units the phase needs: the larger of the two duties; null when no count holds them. */
    public Integer needed() {
        return forLimits == null || forTrip == null ? null : Math.max(forLimits, forTrip);
    }

    /** Whether some count of units holds every limit and the trip. */
    public boolean sized() {
        return needed() != null;
    }

    /** Units needed, zero when none holds (read with {@link #sized()}). */
    public int units() {
        Integer needed = needed();
        return needed == null ? 0 : needed;
    }

    public Power power() {
        return model.power().times(units());
    }

    public Energy energy() {
        return model.energy().times(units());
    }

    /** Units the plan lacks: needed minus planned, when both are known and dispatch is on; else zero. */
    public int shortfall() {
        Integer needed = needed();
        return enabled && planned != null && needed != null ? Math.max(0, needed - planned) : 0;
    }

    /** Which duty sized the bank: "the utility's limits", "the largest generator trip". */
    public String sizedBy() {
        return forTrip != null && forLimits != null && forTrip > forLimits ? "the largest generator trip" : "the limits";
    }
}
