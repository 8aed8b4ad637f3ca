package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Money;

/**
 * What a battery unit costs.
 *
 * @param purchasePerKwh   the installed price per kWh of rated energy
 * @param fixedOmPerKwYear upkeep per kW of rated power and year
 * @param lifeYears        years before the unit is replaced at its purchase price (degradation to end of life)
 */
public record BatteryPrice(Money purchasePerKwh, Money fixedOmPerKwYear, double lifeYears, PriceBasis basis) {
}
