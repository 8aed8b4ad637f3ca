package io.gigawatt.planner.demand;

import io.gigawatt.planner.units.Power;

/**
 * The one place facility power is worked out from the GPUs' power (and back), for the plan, the timeline's Monte
 * Carlo (in plain watts, at a drawn PUE) and the sites alike.
 *
 * @param pue           facility power over IT power (cooling, power conversion, lighting)
 * @param overheadShare networking, storage and CPU halls, as a share of the GPUs' IT power
 */
public record Facility(double pue, double overheadShare) {

    /** IT power, in watts, of GPUs drawing {@code gpuItWatts}: theirs plus networking, storage and CPU halls. */
    public double itWatts(double gpuItWatts) {
        return gpuItWatts * (1 + overheadShare);
    }

    /** Facility power, in watts, of GPUs drawing {@code gpuItWatts}, at {@code pue} (this facility's or a draw's). */
    public double facilityWatts(double gpuItWatts, double pue) {
        return itWatts(gpuItWatts) * pue;
    }

    /** IT power of GPUs drawing {@code gpuIt}. */
    public Power it(Power gpuIt) {
        return Power.watts(itWatts(gpuIt.watts()));
    }

    /** Facility power of GPUs drawing {@code gpuIt}. */
    public Power facility(Power gpuIt) {
        return Power.watts(facilityWatts(gpuIt.watts(), pue));
    }

    /** The IT power (the heat to reject) of a facility drawing {@code facility}: {@link #facility} inverted. */
    public Power itOf(Power facility) {
        return facility.times(1 / pue);
    }

    /** This facility at another PUE, or as it is when {@code otherPue} is null. */
    public Facility atPue(Double otherPue) {
        return otherPue == null ? this : new Facility(otherPue, overheadShare);
    }
}
