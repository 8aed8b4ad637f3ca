package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;

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
 */
public record GeneratorModel(String id, String name, String kind, Power rated, Temperature ratedUpTo,
                             double deratePerDegree, double availability, Sources sources, LeadTime leadTime,
                             double rampPerMinute, double maxLoadStep) {

    /** Ramp and load step of a model that does not state them: the slowest turbine's in the catalogue. */
    public static final double DEFAULT_RAMP_PER_MINUTE = 0.2;
    public static final double DEFAULT_MAX_LOAD_STEP = 0.1;

    public GeneratorModel {
        leadTime = leadTime == null ? LeadTime.UNKNOWN : leadTime;
    }

    /** A model whose lead times are unknown, with the default ramp and load step. */
    public GeneratorModel(String id, String name, String kind, Power rated, Temperature ratedUpTo,
                          double deratePerDegree, double availability, Sources sources) {
        this(id, name, kind, rated, ratedUpTo, deratePerDegree, availability, sources, LeadTime.UNKNOWN,
                DEFAULT_RAMP_PER_MINUTE, DEFAULT_MAX_LOAD_STEP);
    }

    /** The share of rating left at {@code ambient}, never below zero. */
    public double derateFactor(Temperature ambient) {
        return Math.max(0, 1 - deratePerDegree * ambient.degreesAbove(ratedUpTo));
    }

    public Power outputAt(Temperature ambient) {
        return rated.times(derateFactor(ambient));
    }
}
