package io.gigawatt.planner.swing;

/**
 * How one phase is supplied, for the dispatch: the grid's share of the draw, the limits on the grid and the
 * generators, the battery unit, and the largest generator trip. Powers in MW, ramps in MW/s, times in seconds.
 *
 * @param dt               the trace's step
 * @param gridShare        share of the sources' draw the grid carries (the rest the generators), 0-1
 * @param gridRamp         the utility's ramp limit, MW/s, or infinity
 * @param rampWindowSteps  steps the ramp is measured over
 * @param gridRange        the utility's short-term range, MW, or infinity
 * @param rangeWindowSteps steps of the range's window
 * @param bandLowHz        the critical band
 * @param bandHighHz       the critical band
 * @param bandMaxShare     most of the swing's energy allowed in the band, or NaN for no limit
 * @param generatorRamp    the running generators' ramp, MW/s, or infinity without generators
 * @param generatorStep    the running generators' sudden load step, MW
 * @param unitMw           one battery unit's power
 * @param unitMwh          one battery unit's energy
 * @param efficiency       round-trip efficiency (all losses taken on discharge)
 * @param socMin           lowest state of charge
 * @param socMax           highest state of charge
 * @param tripMw           output of the largest generator (0 without generators)
 * @param tripStepMw       load step the remaining generators take at once after a trip (the model uses none: the
 *                         batteries take the trip, see {@link Dispatch})
 * @param tripRecoveryRamp MW/s the remaining generators then ramp at
 * @param tripHeadroomMw   most the remaining generators can add; what they cannot, the batteries carry for good
 */
public record SupplySetup(double dt, double gridShare, double gridRamp, int rampWindowSteps, double gridRange,
                          int rangeWindowSteps, double bandLowHz, double bandHighHz, double bandMaxShare,
                          double generatorRamp, double generatorStep, double unitMw, double unitMwh,
                          double efficiency, double socMin, double socMax, double tripMw, double tripStepMw,
                          double tripRecoveryRamp, double tripHeadroomMw) {

    /** The fastest the sources' total draw may change, MW per step, so that neither grid nor generators exceed a limit. */
    double slopePerStep() {
        double slope = Double.POSITIVE_INFINITY;
        if (gridShare > 0) {
            slope = Math.min(slope, gridRamp / gridShare);
            slope = Math.min(slope, gridRange / (gridShare * rangeWindowSteps * dt));
        }
        if (gridShare < 1) {
            slope = Math.min(slope, generatorRamp / (1 - gridShare));
        }
        return slope * dt;
    }

    boolean hasGenerators() {
        return gridShare < 1 && Double.isFinite(generatorRamp);
    }
}
