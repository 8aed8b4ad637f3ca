package io.gigawatt.planner.targets;

import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.units.Power;

/** Sets each target's power budget against what its GPUs draw by the catalogue. */
public final class TargetModel {

    private TargetModel() {
    }

    /**
     * @param campus        the campus's facility (the target may name its own PUE)
     * @param lastMilestone the GPUs installed once the last milestone is complete
     */
    public static TargetAssessment assess(Target target, Facility campus, GpuMix lastMilestone) {
        GpuMix mix = target.countedIn(lastMilestone);
        String countedIn = target.gpuModel() != null ? target.gpuModel().id() : "the mix of the last milestone";
        Power perGpu = target.facilityAt(campus).facility(mix.gpuItPower()).times(1.0 / mix.total());
        return new TargetAssessment(target, countedIn, perGpu, perGpu.times(target.gpus()));
    }
}
