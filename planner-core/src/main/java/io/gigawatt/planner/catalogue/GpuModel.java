package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * An accelerator as the campus sees it.
 *
 * @param tdp         the chip's power limit
 * @param itPerGpu    server- or rack-level IT power per accelerator at full load (chip, CPU, memory, NICs, fans)
 * @param idle        the chip's power when it waits (troughs of synchronous training)
 */
public record GpuModel(String id, String name, Power tdp, Power itPerGpu, Power idle, Sources sources) {

    /** The power one GPU swings by between computing and waiting. */
    public Power swing() {
        return tdp.minus(idle);
    }
}
