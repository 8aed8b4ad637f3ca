package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Days;

/**
 * How long a unit of equipment takes from order to site, by the two routes the market offers. Either may be
 * unknown (null): a model with no rental route cannot be rented; a model added by a scenario without lead
 * times is taken to be on hand from the day it is ordered, and reports say its lead time is unknown.
 *
 * @param purchase days from ordering a new unit to its delivery, or null
 * @param rental   days from hiring a unit of the rental fleet to its delivery, or null when it cannot be rented
 */
public record LeadTime(Days purchase, Days rental) {

    public static final LeadTime UNKNOWN = new LeadTime(null, null);

    public boolean known() {
        return purchase != null || rental != null;
    }

    public boolean rentable() {
        return rental != null;
    }
}
