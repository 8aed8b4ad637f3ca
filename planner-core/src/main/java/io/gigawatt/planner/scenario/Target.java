package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * An ambition such as "1.2 GW for 1,000,000 GPUs by 2027".
 *
 * @param gpuModel the GPU the target counts in, or null to count in the mix of the last milestone
 * @param pue      the facility's PUE at the target, or null to keep the scenario's
 */
public record Target(String name, LocalDate date, Power facility, long gpus, GpuModel gpuModel, Double pue) {
}
