package io.gigawatt.planner.demand;

/**
 * What the planner has lined up for a phase by its date (units contracted, on order or on site); each is
 * null when the planner did not say, and the rules then judge only what the models size.
 */
public record Planned(Integer generators, Integer batteries, Integer cooling) {

    public static final Planned NOTHING_STATED = new Planned(null, null, null);
}
