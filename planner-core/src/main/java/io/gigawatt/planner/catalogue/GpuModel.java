package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/**
 * An accelerator as the campus sees it.
 *
 * @param tdp         the chip's power limit
 * @param itPerGpu    server- or rack-level IT power per accelerator at full load (chip, CPU, memory, NICs, fans)
 * @param idle        the chip's power when it waits (troughs of synchronous training)
 * @param profile     how the chip's power moves under synchronous training (compute level, overshoot, timing)
 */
public record GpuModel(String id, String name, Power tdp, Power itPerGpu, Power idle, Sources sources,
                       PowerProfile profile) {

    /** A model whose swing profile is the default for its TDP and idle power ({@link PowerProfile#defaultsFor}). */
    public GpuModel(String id, String name, Power tdp, Power itPerGpu, Power idle, Sources sources) {
        this(id, name, tdp, itPerGpu, idle, sources, PowerProfile.defaultsFor(tdp, idle));
    }

    /** The power one GPU swings by between computing and waiting. */
    public Power swing() {
        return tdp.minus(idle);
    }
}
