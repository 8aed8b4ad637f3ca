package io.gigawatt.planner.demand;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.scenario.Facility;
import io.gigawatt.planner.scenario.Milestone;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Power the campus draws. GPUs of a milestone are installed at an even pace between the previous milestone
 * (or the build start) and the milestone's date, and draw their full IT power once installed.
 */
public final class DemandModel {

    private DemandModel() {
    }

    /** IT power: GPUs plus networking, storage and CPU halls. */
    public static Power itPower(GpuMix mix, Facility facility) {
        return mix.gpuItPower().times(1 + facility.overheadShare());
    }

    public static Power facilityPower(GpuMix mix, Facility facility) {
        return itPower(mix, facility).times(facility.pue());
    }

    /** The GPUs installed once milestones {@code 0..index} are complete. */
    public static GpuMix installedAfter(Scenario scenario, int index) {
        return installedOn(scenario, scenario.build().milestones().get(index).date());
    }

    /** The GPUs installed once each milestone is complete, milestone by milestone: {@link #installedAfter} of each. */
    public static List<GpuMix> installedAfterEach(Scenario scenario) {
        List<GpuMix> mixes = new ArrayList<>();
        Map<GpuModel, Double> counts = new LinkedHashMap<>();
        for (Milestone milestone : scenario.build().milestones()) {
            add(counts, scenario, milestone, 1);
            mixes.add(new GpuMix(counts));
        }
        return mixes;
    }

    /** The GPUs installed by the end of {@code day}, with the milestone in progress prorated by days elapsed. */
    public static GpuMix installedOn(Scenario scenario, LocalDate day) {
        Map<GpuModel, Double> counts = new LinkedHashMap<>();
        LocalDate windowStart = scenario.build().start();
        for (Milestone milestone : scenario.build().milestones()) {
            double share = progress(windowStart, milestone.date(), day);
            if (share <= 0) {
                break;
            }
            add(counts, scenario, milestone, share);
            windowStart = milestone.date();
        }
        return new GpuMix(counts);
    }

    /**
     * {@link #installedOn} of every day from the build start to the last milestone, in one pass: the milestones
     * complete so far are summed once, not again for each day (the same sums, in the same order).
     */
    public static List<GpuMix> installedDaily(Scenario scenario) {
        List<Milestone> milestones = scenario.build().milestones();
        List<GpuMix> days = new ArrayList<>();
        Map<GpuModel, Double> complete = new LinkedHashMap<>();
        LocalDate windowStart = scenario.build().start();
        int next = 0;
        LocalDate last = milestones.get(milestones.size() - 1).date();
        for (LocalDate day = scenario.build().start(); !day.isAfter(last); day = day.plusDays(1)) {
            while (next < milestones.size() && !day.isBefore(milestones.get(next).date())) {
                add(complete, scenario, milestones.get(next), 1);
                windowStart = milestones.get(next).date();
                next++;
            }
            Map<GpuModel, Double> counts = new LinkedHashMap<>(complete);
            double share = next < milestones.size() ? progress(windowStart, milestones.get(next).date(), day) : 0;
            if (share > 0) {
                add(counts, scenario, milestones.get(next), share);
            }
            days.add(new GpuMix(counts));
        }
        return days;
    }

    /** The load on every day from the build start to the last milestone. */
    public static List<DailyLoad> daily(Scenario scenario) {
        List<DailyLoad> days = new ArrayList<>();
        LocalDate day = scenario.build().start();
        for (GpuMix mix : installedDaily(scenario)) {
            days.add(new DailyLoad(day, mix.total(), itPower(mix, scenario.facility()),
                    facilityPower(mix, scenario.facility()), GridSupply.firmOn(scenario.grid(), day)));
            day = day.plusDays(1);
        }
        return days;
    }

    /** Adds {@code share} of the milestone's GPUs. */
    private static void add(Map<GpuModel, Double> counts, Scenario scenario, Milestone milestone, double share) {
        milestone.adds().forEach((id, count) ->
                counts.merge(scenario.catalogue().gpus().get(id), count * share, Double::sum));
    }

    /** Share of a milestone's GPUs in place by {@code day}: 0 before its window, 1 from its date on. */
    private static double progress(LocalDate windowStart, LocalDate due, LocalDate day) {
        if (!day.isBefore(due)) {
            return 1;
        }
        if (!day.isAfter(windowStart)) {
            return 0;
        }
        return (double) ChronoUnit.DAYS.between(windowStart, day) / ChronoUnit.DAYS.between(windowStart, due);
    }
}
