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

    /** What the on-site generators can serve at design ambient: the planned units, else every unit sized, spares included. */
    public Power backupGeneration() {
        return generators.unitOutput().times(planned.generators() != null ? planned.generators() : generators.units());
    }

    /** The phase's storage by time scale, and the events it faces (curtailment when it leans on a curtailable tranche). */
    public StorageTiers storageTiers(boolean curtailable) {
        return StorageTiers.of(this, curtailable);
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

    /** The firm grid that covers {@code share} of its facility power. */
    public Power gridFor(double share) {
        return facility.times(share);
    }

    /** The firm grid the phase lacks to reach {@code share} of its facility power on its date. */
    public Power gridShortOf(double share) {
        return gridFor(share).minus(grid);
    }

    /** The cooling its IT heat needs with {@code margin} on top. */
    public Power coolingNeeded(double margin) {
        return it.times(1 + margin);
    }

    /** The cooling units (and their capacity) to add to the planned ones to carry the heat with {@code margin}. */
    public Units coolingShortOf(double margin) {
        Power capacity = cooling.model().capacity();
        return Units.covering(coolingNeeded(margin).minus(plannedCooling()), capacity, capacity);
    }

    /** The cooling units it needs beyond the rental market's, with their capacity. */
    public Units coolingBeyondMarket() {
        return Units.of(cooling.units() - cooling.rentalMarketUnits(), cooling.model().capacity());
    }

    /** The battery units (and their power) to add to the planned ones to carry a trip of the largest generator. */
    public Units batteriesShortOfTrip() {
        return batteriesShortOf(batteries.largestTrip());
    }

    /** The battery units (and their power) to add to the planned ones to absorb the training swing. */
    public Units batteriesShortOfSwing() {
        return batteriesShortOf(batteries.swing());
    }

    private Units batteriesShortOf(Power needed) {
        Power unit = batteries.model().power();
        return Units.covering(needed.minus(plannedBatteryPower()), unit, unit);
    }

    /** The on-site need its planned generators leave unpowered at design ambient. */
    public Power unpowered() {
        return onSiteNeed.minus(plannedGeneration());
    }

    /** The generators (and their rating) to add to the planned ones to power the on-site need. */
    public Units generatorsShortOfNeed() {
        return Units.covering(unpowered(), generators.unitOutput(), generators.model().rated());
    }

    /** Planned generators beyond those that must run. */
    public int plannedSpareGenerators() {
        return planned.generators() - generators.running();
    }

    /** The generators (and their rating) to add to the planned ones for {@code spares} spare units. */
    public Units generatorsShortOfSpares(double spares) {
        return Units.of(generators.running() + (int) spares - planned.generators(), generators.model().rated());
    }

    /** The generators above a permit's cap of {@code cap} units, with what they give at design ambient. */
    public Units generatorsAbove(int cap) {
        return Units.of(generators.units() - cap, generators.unitOutput());
    }

    /** The most generators (and their rating) a permit's rated-capacity {@code cap} allows. */
    public Units generatorsWithin(Power cap) {
        return Units.within(cap, generators.model().rated());
    }
}
