package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Money;

/**
 * What a cooling unit costs; its electricity is in the facility's PUE, so in the energy bought.
 *
 * @param purchase       the price of a new unit
 * @param install        installing a bought unit
 * @param rentPerMonth   hiring one unit for a month; null when the model is not rented
 * @param fixedOmPerYear upkeep of a bought unit per year
 * @param lifeYears      years a bought unit serves
 */
public record CoolingPrice(Money purchase, Money install, Money rentPerMonth, Money fixedOmPerYear, double lifeYears,
                           PriceBasis basis) {
}
