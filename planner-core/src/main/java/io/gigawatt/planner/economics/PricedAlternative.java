package io.gigawatt.planner.economics;

import io.gigawatt.planner.timeline.Alternative;
import io.gigawatt.planner.units.Money;

/**
 * A change that makes a phase ready sooner, priced: what more supply it takes (present cost) and what it saves in
 * GPUs that no longer wait.
 *
 * @param cost   the plan's supply cost with the change, less without it (discounted)
 * @param saving the waiting cost without the change, less with it (discounted)
 */
public record PricedAlternative(int phase, String phaseName, Alternative alternative, Money cost, Money saving) {

    /** What it saves beyond what it costs: positive when the remedy pays for itself. */
    public Money net() {
        return saving.minus(cost);
    }

    public boolean paysForItself() {
        return saving.isAbove(cost);
    }
}
