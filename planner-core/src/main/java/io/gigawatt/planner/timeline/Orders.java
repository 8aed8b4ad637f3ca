package io.gigawatt.planner.timeline;

import java.time.LocalDate;

/** When the planner orders (or hires) each kind of equipment; lead times run from these dates. */
public record Orders(LocalDate generators, LocalDate batteries, LocalDate cooling) {
}
