package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;

/**
 * How long a plan rents a model, against buying it: a unit rented for longer than {@code breakEvenMonths} would have
 * cost less bought (its price and installation, before what is left of it at the end).
 *
 * @param equipment     "generators" or "cooling"
 * @param phase         the phase in service when the most units were first rented (a finding is about it)
 * @param mostUnits     the most units rented at once
 * @param unitMonths    unit-months rented over the horizon
 * @param rentPerMonth  one unit's rent for a month
 * @param buyPerUnit    buying and installing one unit instead
 */
public record Rental(String equipment, String model, String phase, int mostUnits, double unitMonths, Money rentPerMonth,
                     Money buyPerUnit) {

    /** How long each of the most units is rented, on average, in months. */
    public double monthsPerUnit() {
        return mostUnits == 0 ? 0 : unitMonths / mostUnits;
    }

    /** Months of rent that cost as much as buying a unit. */
    public double breakEvenMonths() {
        return rentPerMonth.amount() == 0 ? Double.POSITIVE_INFINITY : buyPerUnit.amount() / rentPerMonth.amount();
    }
}
