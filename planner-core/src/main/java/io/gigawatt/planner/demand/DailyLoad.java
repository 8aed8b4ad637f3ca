package io.gigawatt.planner.demand;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/** The campus on one day: GPUs in place, their power, and the grid's firm supply. */
public record DailyLoad(LocalDate day, double gpus, Power it, Power facility, Power grid) {

    /** What on-site generation must carry that day. */
    public Power onSiteNeed() {
        return facility.minus(grid).atLeast(Power.ZERO);
    }
}
