package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Days;
import java.time.LocalDate;

/**
 * When the equipment one phase needs reaches site, by the quickest route that supplies all of it.
 *
 * @param equipment "generators", "batteries" or "cooling"
 * @param route     "rental", "purchase", or "unknown" when the catalogue gives no lead time (taken as none)
 * @param phaseDate the phase's date in the build plan
 */
public record LeadTimeCheck(String phase, LocalDate phaseDate, String equipment, String model, int units,
                            String route, Days leadTime, LocalDate ordered, LocalDate arrives) {

    /** Days between arrival and the phase's date: negative when the equipment comes after the GPUs. */
    public long slackDays() {
        return Days.between(arrives, phaseDate).count();
    }

    /** The last day to order for the equipment to arrive {@code slackDays} before the phase. */
    public LocalDate latestOrder(double slackDays) {
        return phaseDate.minusDays(leadTime.count() + (long) Math.ceil(slackDays));
    }

    /** "hiring" or "buying", as the sentence needs it. */
    public String routeVerb() {
        return route.equals("rental") ? "hiring" : route.equals("purchase") ? "buying" : "getting";
    }
}
