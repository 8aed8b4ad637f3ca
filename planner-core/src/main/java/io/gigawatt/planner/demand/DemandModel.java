package io.gigawatt.planner.demand;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.GpuModel;
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

    /** The GPUs installed once milestones {@code 0..index} are complete. */
    public static GpuMix installedAfter(Build build, Catalogue catalogue, int index) {
        return installedOn(build, catalogue, build.milestones().get(index).date());
    }

    /** The GPUs installed once each milestone is complete, milestone by milestone: {@link #installedAfter} of each. */
    public static List<GpuMix> installedAfterEach(Build build, Catalogue catalogue) {
        List<GpuMix> mixes = new ArrayList<>();
        Map<GpuModel, Double> counts = new LinkedHashMap<>();
        for (Milestone milestone : build.milestones()) {
            add(counts, catalogue, milestone, 1);
            mixes.add(new GpuMix(counts));
        }
        return mixes;
    }

    /** The GPUs installed by the end of {@code day}, with the milestone in progress prorated by days elapsed. */
    public static GpuMix installedOn(Build build, Catalogue catalogue, LocalDate day) {
        Map<GpuModel, Double> counts = new LinkedHashMap<>();
        LocalDate windowStart = build.start();
        for (Milestone milestone : build.milestones()) {
            double share = progress(windowStart, milestone.date(), day);
            if (share <= 0) {
                break;
            }
            add(counts, catalogue, milestone, share);
            windowStart = milestone.date();
        }
        return new GpuMix(counts);
    }

    /**
     * {@link #installedOn} of every day from the build start to the last milestone, in one pass: the milestones
     * complete so far are summed once, not again for each day (the same sums, in the same order).
     */
    public static List<GpuMix> installedDaily(Build build, Catalogue catalogue) {
        List<Milestone> milestones = build.milestones();
        List<GpuMix> days = new ArrayList<>();
        Map<GpuModel, Double> complete = new LinkedHashMap<>();
        LocalDate windowStart = build.start();
        int next = 0;
        LocalDate last = milestones.get(milestones.size() - 1).date();
        for (LocalDate day = build.start(); !day.isAfter(last); day = day.plusDays(1)) {
            while (next < milestones.size() && !day.isBefore(milestones.get(next).date())) {
                add(complete, catalogue, milestones.get(next), 1);
                windowStart = milestones.get(next).date();
                next++;
            }
            Map<GpuModel, Double> counts = new LinkedHashMap<>(complete);
            double share = next < milestones.size() ? progress(windowStart, milestones.get(next).date(), day) : 0;
            if (share > 0) {
                add(counts, catalogue, milestones.get(next), share);
            }
            days.add(new GpuMix(counts));
        }
        return days;
    }

    /** The load on every day from the build start to the last milestone. */
    public static List<DailyLoad> daily(Build build, Catalogue catalogue, Facility facility, GridSupply grid) {
        List<DailyLoad> days = new ArrayList<>();
        LocalDate day = build.start();
        for (GpuMix mix : installedDaily(build, catalogue)) {
            days.add(new DailyLoad(day, mix.total(), facility.it(mix.gpuItPower()), facility.facility(mix.gpuItPower()),
                    grid.firmOn(day)));
            day = day.plusDays(1);
        }
        return days;
    }

    /** Adds {@code share} of the milestone's GPUs. */
    private static void add(Map<GpuModel, Double> counts, Catalogue catalogue, Milestone milestone, double share) {
        milestone.adds().forEach((id, count) ->
                counts.merge(catalogue.gpus().get(id), count * share, Double::sum));
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
