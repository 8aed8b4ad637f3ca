package io.gigawatt.planner.siting;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * What the air permit of a candidate site allows on-site generation.
 *
 * @param capUnits      the most generating units that may run on site, or null when the permit sets no such cap
 * @param capMw         the most rated generating capacity, or null
 * @param nonattainment whether the site lies in a nonattainment area, where a larger permit needs emission offsets
 * @param grantedBy     the first day generators may run, or null when they may already
 * @param note          the permit's situation in the planner's words
 */
public record AirPermit(Integer capUnits, Power capMw, boolean nonattainment, LocalDate grantedBy, String note) {

    /** The permit of a site whose file says nothing about one: no caps known, generators from the first day. */
    public static final AirPermit NOT_STATED = new AirPermit(null, null, false, null, "not stated");

    /** Whether the permit sets any cap. */
    public boolean capped() {
        return capUnits != null || capMw != null;
    }

    /** The unit cap to compare a fleet with: {@link Integer#MAX_VALUE} when the permit sets none. */
    public int unitCap() {
        return capUnits == null ? Integer.MAX_VALUE : capUnits;
    }

    /** The capacity cap in watts to compare a fleet's rating with: infinite when the permit sets none. */
    public double capacityCapWatts() {
        return capMw == null ? Double.POSITIVE_INFINITY : capMw.watts();
    }
}
