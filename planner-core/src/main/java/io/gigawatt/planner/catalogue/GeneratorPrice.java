package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Money;

/**
 * What a generating unit costs, bought or rented. Fuel is the model's heat rate times the scenario's gas price.
 *
 * @param purchasePerKw    the price of a new unit per kW of rating
 * @param installPerKw     installing a bought unit, per kW of rating
 * @param rentPerMonth     hiring one unit for a month, fuel not included; null when the model is not rented
 * @param fixedOmPerKwYear upkeep of a bought unit per kW of rating and year, running or not
 * @param variableOmPerMwh upkeep per MWh generated, bought or rented
 * @param lifeYears        years a bought unit serves (its value at the horizon's end is what is left of them)
 */
public record GeneratorPrice(Money purchasePerKw, Money installPerKw, Money rentPerMonth, Money fixedOmPerKwYear,
                             Money variableOmPerMwh, double lifeYears, PriceBasis basis) {

    public boolean rentable() {
        return rentPerMonth != null;
    }
}
