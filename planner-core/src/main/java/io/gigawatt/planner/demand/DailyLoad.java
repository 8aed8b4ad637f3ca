package io.gigawatt.planner.demand;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/** The campus on one day: GPUs in place, their power, and the grid's firm supply. */
public record DailyLoad(LocalDate day, double gpus, Power it, Power facility, Power grid) {

    /**
     * The share of the facility's power the grid's firm supply carries that day, at most 1; null before any load (a
     * share of nothing). The report's daily series and the rules' {@link BuildDays} read it here.
     */
    public Double gridShare() {
        return facility.watts() == 0 ? null : Math.min(1, grid.shareOf(facility));
    }

    /** What on-site generation must carry that day. */
    public Power onSiteNeed() {
        return facility.minus(grid).atLeast(Power.ZERO);
    }
}
