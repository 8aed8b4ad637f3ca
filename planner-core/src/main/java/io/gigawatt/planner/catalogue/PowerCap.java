package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * A power limit set on every GPU of one model ({@code nvidia-smi -pl}): the chip draws at most {@code cap}, and
 * computes more slowly for it. Every model reads the capped GPU ({@link #capped()}): demand, cooling, the targets'
 * power per GPU and the swing's amplitude; the cost model prices the compute it forgoes ({@link #throughputShare()}).
 * The figures and their sources: docs/power-caps.md.
 *
 * @param rated the model as the catalogue gives it, drawing up to its TDP
 * @param cap   the chip's power limit, from {@link #floor} up to the TDP
 */
public record PowerCap(GpuModel rated, Power cap) {

    /**
     * The lowest limit a GPU accepts, as a share of its TDP: an H100 SXM's power limit is settable from 200 W to its
     * 700 W (docs/power-caps.md); other models are assumed to keep the same share.
     */
    public static final double FLOOR_SHARE = 200.0 / 700.0;

    /**
     * Throughput falls as the cap's share of TDP to this power: fitted to H100 transformer pretraining losing about
     * 12.5% of its step throughput at 600 W of 700 W (docs/power-caps.md), and taken over the whole range, which
     * prices deep caps conservatively.
     */
    public static final double THROUGHPUT_EXPONENT = Math.log(1 - 0.125) / Math.log(600.0 / 700.0);

    /** The lowest cap {@code model} accepts: {@link #FLOOR_SHARE} of its TDP, and never below its idle power. */
    public static Power floor(GpuModel model) {
        return model.tdp().times(FLOOR_SHARE).atLeast(model.idle());
    }

    /** The share of its uncapped throughput a GPU keeps under the cap (1 at its TDP). */
    public double throughputShare() {
        return Math.pow(Math.min(1, cap.shareOf(rated.tdp())), THROUGHPUT_EXPONENT);
    }

    /**
     * The GPU as the campus sees it under the cap: its TDP is the cap, its IT power per GPU is lower by what the chip
     * no longer draws (the server's CPUs, memory and fans as before), and it computes at no more than the cap.
     */
    public GpuModel capped() {
        Power cut = rated.tdp().minus(cap);
        PowerProfile p = rated.profile();
        Power compute = p.compute().isAbove(cap) ? cap : p.compute();
        PowerProfile profile = new PowerProfile(p.idle(), compute, p.overshoot(), p.overshootDuration(),
                p.transition(), p.psuStorage(), p.smoothing());
        return new GpuModel(rated.id(), rated.name(), cap, rated.itPerGpu().minus(cut), rated.idle(), rated.sources(),
                profile, rated.gpusPerRack(), rated.rackFloor(), rated.itIncludes());
    }
}
