package io.gigawatt.planner.timeline;

import java.time.LocalDate;

/**
 * What held a phase (or target) until {@code date}: the constraint that was the last to be met.
 *
 * @param constraint one of "GPU deliveries", "installation", "grid", "supply option", "generators", "air permit",
 *                   "cooling"
 * @param what       the thing itself, in words: "the 300 MW grid tranche (second 150 MW substation)"
 */
public record Hold(String constraint, String what, LocalDate date) {

    @Override
    public String toString() {
        return what;
    }
}
