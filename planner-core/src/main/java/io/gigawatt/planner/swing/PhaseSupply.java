package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.units.Power;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One phase as the swing model sees it: its GPUs, its facility power at full compute, how much of it the grid
 * carries, the generators that carry the rest, and the battery model and units lined up.
 *
 * @param plannedBatteries the units the planner lined up, or null when not stated
 */
public record PhaseSupply(String phase, Map<GpuModel, Long> gpus, Power facility, double gridShare,
                          GeneratorFleet generators, BatteryModel battery, Integer plannedBatteries) {

    public PhaseSupply {
        gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
    }

    public long gpuCount() {
        return gpus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The grid's share of the draw: all of it when no generator runs. */
    double effectiveGridShare() {
        return generators == null || generators.units() == 0 ? 1 : Math.max(0, Math.min(1, gridShare));
    }

    public PhaseSupply withGpus(Map<GpuModel, Long> other) {
        return new PhaseSupply(phase, other, facility, gridShare, generators, battery, plannedBatteries);
    }

    public PhaseSupply withFacility(Power other) {
        return new PhaseSupply(phase, gpus, other, gridShare, generators, battery, plannedBatteries);
    }
}
