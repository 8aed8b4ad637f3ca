package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import java.util.Objects;

/**
 * An on-site generating unit.
 *
 * @param rated               output at rating conditions
 * @param ratedUpTo           air temperature up to which the unit holds its rating (15 C for gas turbines, ISO)
 * @param deratePerDegree     share of rated output lost per degree above {@code ratedUpTo}
 * @param availability        probability that a unit is not on forced outage when needed
 * @param leadTime            days from order to site, bought or rented (the timeline reads it)
 * @param rampPerMinute       share of its rating a running unit can add or shed per minute (the swing model)
 * @param maxLoadStep         share of its rating a running unit accepts as a sudden load step
 * @param heatRateBtuPerKwh   fuel per unit of output at full load (siting: gas supply)
 * @param acresPerMw          land per MW of rating (siting)
 */
public record GeneratorModel(String id, String name, String kind, Power rated, Temperature ratedUpTo,
                             double deratePerDegree, double availability, Sources sources, LeadTime leadTime,
                             double rampPerMinute, double maxLoadStep, double heatRateBtuPerKwh, double acresPerMw) {

    /** Ramp and load step of a model that does not state them: the slowest turbine's in the catalogue. */
    public static final double DEFAULT_RAMP_PER_MINUTE = 0.2;
    public static final double DEFAULT_MAX_LOAD_STEP = 0.1;

    /** Heat rate for a model added without the figure: a simple-cycle turbine of ~34% efficiency. */
    public static final double DEFAULT_HEAT_RATE_BTU_PER_KWH = 10_000;

    /** Land for a model added without the figure: a tenth of an acre per MW, more than any catalogue unit takes. */
    public static final double DEFAULT_ACRES_PER_MW = 0.1;

    public GeneratorModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A model whose lead times are unknown, with the default ramp, load step, heat rate and land. */
    public GeneratorModel(String id, String name, String kind, Power rated, Temperature ratedUpTo,
                          double deratePerDegree, double availability, Sources sources) {
        this(id, name, kind, rated, ratedUpTo, deratePerDegree, availability, sources, LeadTime.UNKNOWN,
                DEFAULT_RAMP_PER_MINUTE, DEFAULT_MAX_LOAD_STEP, DEFAULT_HEAT_RATE_BTU_PER_KWH, DEFAULT_ACRES_PER_MW);
    }

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

    /** The id alone, as {@link GpuModel#hashCode()} explains. */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
