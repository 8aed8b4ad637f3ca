package io.gigawatt.planner.siting;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * The halls a candidate site offers for the racks: an existing building, or one still to be built.
 *
 * @param existing    whether the building stands today (a brownfield factory) rather than being built
 * @param floor       hall floor that can take racks
 * @param powerOnSite the electric service the site already has, kept from the first day (a factory's connection)
 * @param readyBy     the day the halls can take racks: structure, power distribution and cooling loops in place
 * @param state       the structural and electrical state in the planner's words
 */
public record Building(boolean existing, Area floor, Power powerOnSite, LocalDate readyBy, String state) {
}
