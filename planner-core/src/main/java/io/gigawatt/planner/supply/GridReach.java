package io.gigawatt.planner.supply;

/**
 * The first grid tranche that lifts a phase to a share of its facility power, after the phase's date.
 *
 * @param tranche the tranche
 * @param days    days from the phase's date to the day the tranche is delivered
 * @param share   the share of the phase's facility power the grid's firm supply reaches with it
 */
public record GridReach(GridTranche tranche, long days, double share) {
}
