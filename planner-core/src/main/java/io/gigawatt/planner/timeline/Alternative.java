package io.gigawatt.planner.timeline;

import java.time.LocalDate;

/**
 * A change that would make a phase ready sooner, and the date it would then be ready:
 * "2 more smt-130 than the air permit allows (17 instead of 15)" -> 2025-05-15.
 *
 * @param equipment "generators", "cooling" or "installation"
 * @param more      how many more units (or crews) it takes
 */
public record Alternative(String equipment, String change, int more, LocalDate ready) {

    @Override
    public String toString() {
        return "with " + change + ": " + ready;
    }
}
