package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * A dated change to the air permit: from {@code date} on-site generation may run up to these caps (a level, as
 * grid tranches are). Before the first dated permit the equipment's own permit caps apply. A null cap is no cap.
 */
public record Permit(String name, LocalDate date, Integer generatorUnits, Power generatorMw) {
}
