package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.CoolingModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.demand.DemandModel;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.WaterFlow;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one phase or target asks of a site at full load: facility power, heat, racks and their floor, water,
 * and the training swing the batteries must absorb.
 *
 * @param due the phase's or target's date
 */
public record SiteDemand(String name, LocalDate due, Power facility, Power it, long racks, Area floor,
                         WaterFlow water, Power swing) {

    /** A phase with all its GPUs installed, cooled by the plan's cooling model. */
    public static SiteDemand of(PhasePlan phase, Scenario scenario) {
        long racks = 0;
        Area floor = Area.ZERO;
        for (Map.Entry<String, Long> gpus : phase.gpus().entrySet()) {
            GpuModel model = scenario.catalogue().gpus().get(gpus.getKey());
            long modelRacks = model.racksFor(gpus.getValue());
            racks += modelRacks;
            floor = floor.plus(model.rackFloor().times(modelRacks));
        }
        return new SiteDemand(phase.name(), phase.date(), phase.facility(), phase.it(), racks, floor,
                water(phase.it(), scenario), phase.batteries().swing());
    }

    /**
     * A target: its power budget at the facility, its heat (the budget over the target's PUE), and racks for its
     * GPUs counted in its GPU model or, without one, in the mix of the last milestone.
     */
    public static SiteDemand of(TargetAssessment assessment, Scenario scenario) {
        var target = assessment.target();
        Power it = target.facilityAt(scenario.facility()).itOf(target.facility());
        GpuMix mix = target.countedIn(DemandModel.installedAfter(scenario.build(), scenario.catalogue(),
                scenario.build().milestones().size() - 1));
        long racks = 0;
        Area floor = Area.ZERO;
        Power swing = Power.ZERO;
        for (Map.Entry<GpuModel, Double> share : mix.counts().entrySet()) {
            double gpus = target.gpus() * share.getValue() / mix.total();
            long modelRacks = share.getKey().racksFor(gpus);
            racks += modelRacks;
            floor = floor.plus(share.getKey().rackFloor().times(modelRacks));
            swing = swing.plus(share.getKey().swing().times(gpus));
        }
        return new SiteDemand(target.name(), target.date(), target.facility(), it, racks, floor, water(it, scenario),
                swing);
    }

    private static WaterFlow water(Power heat, Scenario scenario) {
        CoolingModel cooling = scenario.equipment().cooling().model();
        return WaterFlow.rejecting(heat, cooling.waterLitresPerKwh());
    }
}
