package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * One step on the road to a target: what changed on {@code date}, and the firm supply after it.
 *
 * @param firm grid, future supply and permitted on-site generation together; null when on-site generation is
 *             unbounded (no permit cap and no market limit on a model that can be bought)
 */
public record RoadStep(LocalDate date, String change, Power firm) {
}
