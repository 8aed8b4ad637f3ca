package io.gigawatt.planner.swing;

/**
 * How one phase is supplied, for the dispatch: the grid's share of the draw and its limits, the critical band, the
 * running generators' limits, the battery unit, and the largest generator trip. Powers in MW, ramps in MW/s, times
 * in seconds.
 *
 * @param dt         the trace's step
 * @param grid       the grid's share and the utility's limits
 * @param band       the utility's critical band
 * @param generators the running generators' limits
 * @param battery    one battery unit
 * @param trip       the largest generator's trip
 */
public record SupplySetup(double dt, GridLimits grid, BandLimit band, GeneratorLimits generators, BatteryUnit battery,
                          GeneratorTrip trip) {

    /**
     * The grid's part of the sources' draw and the utility's limits on it.
     *
     * @param share            share of the sources' draw the grid carries (the rest the generators), 0-1
     * @param rampMwPerS       the utility's ramp limit, or infinity
     * @param rampWindowSteps  steps the ramp is measured over
     * @param rangeMw          the utility's short-term range, or infinity
     * @param rangeWindowSteps steps of the range's window
     */
    public record GridLimits(double share, double rampMwPerS, int rampWindowSteps, double rangeMw,
                             int rangeWindowSteps) {
    }

    /**
     * The critical band of the grid's swing.
     *
     * @param maxShare most of the swing's energy allowed in the band, or NaN for no limit
     */
    public record BandLimit(double lowHz, double highHz, double maxShare) {
    }

    /**
     * What the running generators can follow.
     *
     * @param rampMwPerS their ramp, or infinity without generators
     * @param stepMw     their sudden load step
     */
    public record GeneratorLimits(double rampMwPerS, double stepMw) {
    }

    /**
     * One battery unit.
     *
     * @param efficiency round-trip efficiency (all losses taken on discharge)
     * @param socMin     lowest state of charge
     * @param socMax     highest state of charge
     */
    public record BatteryUnit(double mw, double mwh, double efficiency, double socMin, double socMax) {
    }

    /**
     * The largest generator tripping.
     *
     * @param mw                 its output (0 without generators)
     * @param stepMw             load step the remaining generators take at once (the model uses none: the batteries
     *                           take the trip, see {@link Dispatch})
     * @param recoveryRampMwPerS what the remaining generators then ramp at
     * @param headroomMw         most the remaining generators can add; what they cannot, the batteries carry for good
     */
    public record GeneratorTrip(double mw, double stepMw, double recoveryRampMwPerS, double headroomMw) {

        /** What the remaining generators have not picked up {@code t} seconds after the trip, MW. */
        double deficitAfter(double t) {
            double pickedUp = Math.min(headroomMw, stepMw + recoveryRampMwPerS * t);
            return Math.max(0, mw - Math.max(0, pickedUp));
        }
    }

    /**
     * The fastest the sources' total draw may change, MW per step, so that neither grid nor generators exceed a limit:
     * the generators may use their load-step allowance once a minute on top of their ramp (their limit over a minute,
     * and so also over their recovery time).
     */
    double slopePerStep() {
        double gridShare = grid.share();
        double slope = Double.POSITIVE_INFINITY;
        if (gridShare > 0) {
            slope = Math.min(slope, grid.rampMwPerS() / gridShare);
            slope = Math.min(slope, grid.rangeMw() / (gridShare * grid.rangeWindowSteps() * dt));
        }
        if (gridShare < 1) {
            double perSecond = generators.rampMwPerS() + generators.stepMw() / SwingModel.GENERATOR_MINUTE_SECONDS;
            slope = Math.min(slope, perSecond / (1 - gridShare));
        }
        return slope * dt;
    }

    boolean hasGenerators() {
        return grid.share() < 1 && Double.isFinite(generators.rampMwPerS());
    }
}
