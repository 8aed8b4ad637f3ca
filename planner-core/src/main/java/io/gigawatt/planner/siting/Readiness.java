package io.gigawatt.planner.siting;

import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * When a site can first carry a phase or target, and what it waited for; or, when no date in the site file will
 * do, what it lacks.
 *
 * @param date       the first day the site carries the demand, or null for never
 * @param waitsFor   what that day brought ("the 50 MW grid tranche of 2024-08-01", "its halls (ready ...)")
 * @param grid       the firm grid on that day (on the last day considered, for never)
 * @param generators the on-site fleet that carries the rest on that day (none when the grid carries it all)
 * @param lacking    for never: what the site lacks, with its numbers; null otherwise
 */
public record Readiness(LocalDate date, String waitsFor, Power grid, GeneratorFleet generators, String lacking) {

    public boolean reachable() {
        return date != null;
    }

    static Readiness never(String lacking, Power grid, GeneratorFleet generators) {
        return new Readiness(null, null, grid, generators, lacking);
    }

    /** "50 MW of grid and 12 x smt-130", "150 MW of grid", "16 x smt-130": what carries the demand. */
    public String carriedBy() {
        String grid = this.grid + " of grid";
        if (generators == null || generators.units() == 0) {
            return grid;
        }
        String fleet = generators.units() + " x " + generators.model().id();
        return this.grid.isAbove(Power.ZERO) ? grid + " and " + fleet : fleet;
    }
}
