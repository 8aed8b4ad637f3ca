package io.gigawatt.planner.supply;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;

/**
 * How a phase rides the curtailment events of the flexible tranche it leans on. Every event is taken at the longest
 * length the terms allow, as many as spend the year's budget. In an event the grid falls to its firm level; what the
 * phase drew above it ({@code shortfall}) comes first from the generators' headroom under the air permit, then from
 * the batteries (their power, or their energy spread over the event if that is less), then from the GPUs: power caps
 * and jobs paused at checkpoints, up to the share of the load the workload can shed (a 155,410-GPU production trace
 * found 6.35% really curtailable, https://arxiv.org/abs/2609.05406). What is still missing is load the campus drops.
 * The GPUs' part and the dropped load stop GPUs for the event: those are the lost GPU-hours.
 *
 * @param tranche            the flexible tranche
 * @param shortfall          what the grid's firm level leaves of the phase's draw in an event
 * @param generators         what the generators add in an event, within their headroom under the permit
 * @param batteries          what the batteries hold for a whole event
 * @param reliefShare        the share of the load the workload can shed, as the scenario assumes
 * @param gpuRelief          what the GPUs shed in an event (within {@code reliefShare} of the load)
 * @param uncovered          what nothing the plan has covers: load dropped
 * @param facility           the phase's facility power
 * @param gpus               the phase's GPUs
 */
public record Curtailment(GridTranche tranche, Power shortfall, Power generators, Power batteries,
                          double reliefShare, Power gpuRelief, Power uncovered, Power facility, long gpus) {

    private static final double HOURS_A_YEAR = 8760;
    /** The share of a training campus's load a 155,410-GPU production trace found really curtailable. */
    public static final double MEASURED_SHARE = 0.0635;

    /**
     * The phase's ride through its tranche's events.
     *
     * @param drawn     the grid the phase draws outside events
     * @param firmLevel the grid's firm level, what stays in an event
     * @param generatorsPermitted what the generators the phase has and the permit lets run deliver at design ambient
     * @param generatorsCarrying  what they carry outside events
     */
    public static Curtailment ride(GridTranche tranche, Power facility, long gpus, Power drawn, Power firmLevel,
                                   Power generatorsPermitted, Power generatorsCarrying, Power batteryPower,
                                   Energy batteryEnergy, double reliefShare) {
        Flexibility terms = tranche.flexible();
        Power shortfall = drawn.minus(firmLevel).atLeast(Power.ZERO);
        Power headroom = generatorsPermitted.minus(generatorsCarrying).atLeast(Power.ZERO);
        Power sustained = Power.watts(batteryEnergy.wattHours() / terms.longestEventHours());
        Power battery = lesser(sustained, batteryPower);
        Power generators = lesser(headroom, shortfall);
        Power batteries = lesser(battery, shortfall.minus(generators));
        Power left = shortfall.minus(generators).minus(batteries);
        Power gpuRelief = lesser(facility.times(reliefShare), left);
        return new Curtailment(tranche, shortfall, generators, batteries, reliefShare, gpuRelief,
                left.minus(gpuRelief), facility, gpus);
    }

    private static Power lesser(Power a, Power b) {
        return a.isBelow(b) ? a : b;
    }

    public Flexibility terms() {
        return tranche.flexible();
    }

    /** Whether the generators' headroom and the batteries give nothing to ride an event with while it needs some. */
    public boolean nothingToRideWith() {
        return shortfall.watts() > 0 && generators.watts() == 0 && batteries.watts() == 0;
    }

    /** What the GPUs bear in an event: what they shed and the load dropped (generators or batteries could carry it). */
    public Power borneByGpus() {
        return gpuRelief.plus(uncovered);
    }

    /** GPUs stopped in each event: the GPUs' relief and the dropped load, at the phase's facility power per GPU. */
    public long gpusStopped() {
        double perGpu = facility.watts() / gpus;
        return perGpu == 0 ? 0 : Math.round(borneByGpus().watts() / perGpu);
    }

    /** GPU-hours lost a year: the GPUs stopped in each event, for every hour of the budget. */
    public double lostGpuHours() {
        return gpusStopped() * terms().hoursPerYear();
    }

    /** The lost GPU-hours as a share of the phase's GPU-hours in a year. */
    public double lostShare() {
        return gpus == 0 ? 0 : lostGpuHours() / (gpus * HOURS_A_YEAR);
    }

    /** "22 events of 2 h (44 h a year) x 1,230 GPUs stopped = 54,120 GPU-hours": the report's arithmetic. */
    public String arithmetic() {
        Flexibility terms = terms();
        return Quantities.format(terms.eventsPerYear()) + " events of " + Quantities.format(terms.longestEventHours())
                + " h (" + Quantities.format(terms.hoursPerYear()) + " h a year) x " + Quantities.count(gpusStopped())
                + " GPUs stopped = " + Quantities.count(Math.round(lostGpuHours())) + " GPU-hours";
    }
}
