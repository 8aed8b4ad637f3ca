package io.gigawatt.planner.targets;

import io.gigawatt.planner.demand.DemandModel;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.scenario.Facility;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Target;
import io.gigawatt.planner.units.Power;
import java.util.Map;

/** Sets each target's power budget against what its GPUs draw by the catalogue. */
public final class TargetModel {

    private TargetModel() {
    }

    public static TargetAssessment assess(Target target, Scenario scenario) {
        Facility facility = new Facility(target.pue() != null ? target.pue() : scenario.facility().pue(),
                scenario.facility().overheadShare());
        GpuMix mix;
        String countedIn;
        if (target.gpuModel() != null) {
            mix = new GpuMix(Map.of(target.gpuModel(), 1.0));
            countedIn = target.gpuModel().id();
        } else {
            mix = DemandModel.installedAfter(scenario, scenario.build().milestones().size() - 1);
            countedIn = "the mix of the last milestone";
        }
        Power perGpu = DemandModel.facilityPower(mix, facility).times(1.0 / mix.total());
        return new TargetAssessment(target, countedIn, perGpu, perGpu.times(target.gpus()));
    }
}
