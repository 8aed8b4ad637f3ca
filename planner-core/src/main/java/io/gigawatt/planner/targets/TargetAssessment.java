package io.gigawatt.planner.targets;

import io.gigawatt.planner.units.Power;

/**
 * A target set against the catalogue.
 *
 * @param countedIn           the GPUs the target is counted in ("GB200", or the mix of the last milestone)
 * @param facilityPerGpu      facility power per GPU of that kind, from the catalogue, overhead and PUE
 * @param needed              facility power the target's GPUs draw at that figure
 */
public record TargetAssessment(Target target, String countedIn, Power facilityPerGpu, Power needed) {

    /** The facility power per GPU the target's own numbers imply (1.2 GW / 1M GPUs = 1.2 kW). */
    public Power impliedPerGpu() {
        return target.facility().times(1.0 / target.gpus());
    }

    /** Products of decimal figures carry binary noise; a budget equal to the need to a millionth of a watt is met. */
    private static final double TOLERANCE_WATTS = 1e-6;

    /** Whether the target's power budget covers its GPUs at the catalogue's figure. */
    public boolean reachable() {
        return needed.watts() <= target.facility().watts() + TOLERANCE_WATTS;
    }

    /** GPUs the power budget supports at the catalogue's figure. */
    public long gpusWithinBudget() {
        return (long) Math.floor((target.facility().watts() + TOLERANCE_WATTS) / facilityPerGpu.watts());
    }

    /** How far the implied power per GPU strays from the catalogue's, as a fraction: negative when below it. */
    public double deviation() {
        return impliedPerGpu().watts() / facilityPerGpu.watts() - 1;
    }

    /** The size of {@link #deviation()}, below or above. */
    public double deviationSize() {
        return Math.abs(deviation());
    }
}
