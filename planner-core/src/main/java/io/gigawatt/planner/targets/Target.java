package io.gigawatt.planner.targets;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.Map;

/**
 * An ambition such as "1.2 GW for 1,000,000 GPUs by 2027".
 *
 * @param gpuModel the GPU the target counts in, or null to count in the mix of the last milestone
 * @param pue      the facility's PUE at the target, or null to keep the scenario's
 */
public record Target(String name, LocalDate date, Power facility, long gpus, GpuModel gpuModel, Double pue) {

    /** The campus's facility at the target's PUE, where the target names one. */
    public Facility facilityAt(Facility campus) {
        return campus.atPue(pue);
    }

    /** The GPUs the target counts in: its GPU model alone, else {@code lastMilestone}, the last milestone's mix. */
    public GpuMix countedIn(GpuMix lastMilestone) {
        return gpuModel != null ? new GpuMix(Map.of(gpuModel, 1.0)) : lastMilestone;
    }
}
