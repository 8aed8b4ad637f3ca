package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;

/**
 * An on-site generating unit.
 *
 * @param rated               output at rating conditions
 * @param ratedUpTo           air temperature up to which the unit holds its rating (15 C for gas turbines, ISO)
 * @param deratePerDegree     share of rated output lost per degree above {@code ratedUpTo}
 * @param availability        probability that a unit is not on forced outage when needed
 * @param heatRateBtuPerKwh   fuel a unit burns per kWh it delivers at full load (lower is more efficient)
 * @param acresPerMw          land the units take per MW of rating, with spacing, fuel handling and access
 */
public record GeneratorModel(String id, String name, String kind, Power rated, Temperature ratedUpTo,
                             double deratePerDegree, double availability, Sources sources, double heatRateBtuPerKwh,
                             double acresPerMw) {

    /** Heat rate for a model added without the figure: a simple-cycle turbine of ~34% efficiency. */
    public static final double DEFAULT_HEAT_RATE_BTU_PER_KWH = 10_000;

    /** Land for a model added without the figure: a tenth of an acre per MW, more than any catalogue unit takes. */
    public static final double DEFAULT_ACRES_PER_MW = 0.1;

    /** Whether the unit burns pipeline gas ("gas turbine", "gas engine"); diesel comes by truck. */
    public boolean burnsPipelineGas() {
        return kind.toLowerCase(java.util.Locale.ROOT).contains("gas");
    }

    /** The land one unit takes. */
    public Area landPerUnit() {
        return Area.acres(rated.mw() * acresPerMw);
    }

    /** The gas one unit burns in a day at {@code output}; none for units that do not burn pipeline gas. */
    public GasFlow gasAt(Power output) {
        return burnsPipelineGas() ? GasFlow.burning(output, heatRateBtuPerKwh) : GasFlow.ZERO;
    }

    /** The share of rating left at {@code ambient}, never below zero. */
    public double derateFactor(Temperature ambient) {
        return Math.max(0, 1 - deratePerDegree * ambient.degreesAbove(ratedUpTo));
    }

    public Power outputAt(Temperature ambient) {
        return rated.times(derateFactor(ambient));
    }
}
