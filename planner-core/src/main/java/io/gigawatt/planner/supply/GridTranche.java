package io.gigawatt.planner.supply;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/** From {@code date} on, the utility delivers {@code firm} in all (a level, not an increment). */
public record GridTranche(LocalDate date, Power firm, String note) {
}
