package io.gigawatt.planner.plan;

import io.gigawatt.planner.cooling.CoolingPlan;
import io.gigawatt.planner.demand.Planned;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One phase of the build (one milestone), with every figure the rules judge. Power figures are taken on the
 * phase's date with all its GPUs installed; the generators are sized for the worst day of the phase's
 * build window, which can come before a grid tranche arrives.
 *
 * @param number         1 for the first phase
 * @param onSiteNeed     the most on-site generation must carry on any day of the window
 * @param onSiteNeedDay  the day that happens
 * @param planned        the units the planner has lined up for the phase (each null when not stated)
 * @param swing          the simulated power swing of the phase, judged, with its batteries sized; null when the
 *                       scenario has no workload to simulate
 */
public record PhasePlan(int number, String name, LocalDate date, Map<String, Long> gpus, Power it, Power facility,
                        Power grid, Power onSiteNeed, LocalDate onSiteNeedDay, GeneratorFleet generators,
                        BatteryBank batteries, CoolingPlan cooling, Planned planned, SwingAssessment swing) {

    public PhasePlan {
        gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
    }

    /** A phase without a simulated swing. */
    public PhasePlan(int number, String name, LocalDate date, Map<String, Long> gpus, Power it, Power facility,
                     Power grid, Power onSiteNeed, LocalDate onSiteNeedDay, GeneratorFleet generators,
                     BatteryBank batteries, CoolingPlan cooling, Planned planned) {
        this(number, name, date, gpus, it, facility, grid, onSiteNeed, onSiteNeedDay, generators, batteries, cooling,
                planned, null);
    }

    /** The phase with its simulated swing and the batteries that sizes. */
    public PhasePlan withSwing(SwingAssessment assessment, BatteryBank sized) {
        return new PhasePlan(number, name, date, gpus, it, facility, grid, onSiteNeed, onSiteNeedDay, generators,
                sized, cooling, planned, assessment);
    }

    public long gpuCount() {
        return gpus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of facility power the grid covers on the phase's date. */
    public double gridShare() {
        return Math.min(1, grid.shareOf(facility));
    }

    /** What the planned generators deliver at design ambient, or null when the planner did not state them. */
    public Power plannedGeneration() {
        return planned.generators() == null ? null : generators.unitOutput().times(planned.generators());
    }

    /** The planned batteries' power, or null when not stated. */
    public Power plannedBatteryPower() {
        return planned.batteries() == null ? null : batteries.model().power().times(planned.batteries());
    }

    /** The planned cooling capacity, or null when not stated. */
    public Power plannedCooling() {
        return planned.cooling() == null ? null : cooling.model().capacity().times(planned.cooling());
    }

    /** The facility power not covered by the grid on the phase's date. */
    public Power gap() {
        return facility.minus(grid).atLeast(Power.ZERO);
    }
}
