package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Power;
import java.util.Objects;

/**
 * An accelerator as the campus sees it.
 *
 * @param tdp         the chip's power limit
 * @param itPerGpu    IT power per accelerator at full load, with its share of what {@code itIncludes} names
 * @param idle        the chip's power when it waits (troughs of synchronous training)
 * @param profile     how the chip's power moves under synchronous training (compute level, overshoot, timing)
 * @param gpusPerRack how many of these GPUs one rack holds (64 H100 at Colossus, 72 in an NVL72 rack)
 * @param rackFloor   hall floor one rack takes, with its share of aisles and of in-hall power and cooling
 * @param itIncludes  what {@code itPerGpu} takes in: the chip alone, its server's share, its rack's, or its pod's
 */
public record GpuModel(String id, String name, Power tdp, Power itPerGpu, Power idle, Sources sources,
                       PowerProfile profile, int gpusPerRack, Area rackFloor, ItScope itIncludes) {

    /** GPUs per rack for a model added without the figure: four 8-GPU servers. */
    public static final int DEFAULT_GPUS_PER_RACK = 32;

    /** Floor per rack for a model added without the figure: ~30 sq ft with aisles, doubled for power and cooling. */
    public static final double DEFAULT_RACK_FLOOR_SQ_FT = 60;

    /** A model with the default swing profile for its TDP and idle power, the default rack figures, no IT scope. */
    public GpuModel(String id, String name, Power tdp, Power itPerGpu, Power idle, Sources sources) {
        this(id, name, tdp, itPerGpu, idle, sources, PowerProfile.defaultsFor(tdp, idle), DEFAULT_GPUS_PER_RACK,
                Area.squareFeet(DEFAULT_RACK_FLOOR_SQ_FT), ItScope.UNSTATED);
    }

    /** The model with its GPUs' power smoothing set to {@code smoothing}. */
    public GpuModel withSmoothing(PowerSmoothing smoothing) {
        return new GpuModel(id, name, tdp, itPerGpu, idle, sources, profile.withSmoothing(smoothing), gpusPerRack,
                rackFloor, itIncludes);
    }

    /** Whole racks for {@code gpus} of this model: a part-filled rack still takes its floor. */
    public long racksFor(double gpus) {
        return (long) Math.ceil(gpus / gpusPerRack - 1e-9);
    }

    /** The power one GPU swings by between computing and waiting. */
    public Power swing() {
        return tdp.minus(idle);
    }

    /**
     * The id alone: equal models share it. Models key the maps of every day's demand and a sweep's remembered
     * swings, and hashing every figure with its source text each time showed in sweep profiles.
     */
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
