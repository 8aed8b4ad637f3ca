package io.gigawatt.planner.plan;

import io.gigawatt.planner.units.Power;

/**
 * Whole units of equipment a rule names: how many, and their power (rated, output or capacity as the rule says).
 *
 * @param count how many units
 * @param power what they give together
 */
public record Units(int count, Power power) {

    /** Tolerance for a share that lands a rounding error above a whole number of units. */
    private static final double ROUNDING = 1e-9;

    /** The fewest units of {@code perUnit} each that cover {@code missing}, with their {@code rating} each. */
    public static Units covering(Power missing, Power perUnit, Power rating) {
        return of((int) Math.ceil(missing.watts() / perUnit.watts() - ROUNDING), rating);
    }

    /** The most units of {@code rating} each that fit within {@code cap}. */
    public static Units within(Power cap, Power rating) {
        return of((int) Math.floor(cap.watts() / rating.watts() + ROUNDING), rating);
    }

    public static Units of(int count, Power rating) {
        return new Units(count, rating.times(count));
    }
}
