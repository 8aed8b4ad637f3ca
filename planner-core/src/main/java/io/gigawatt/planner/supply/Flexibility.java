package io.gigawatt.planner.supply;

import java.time.LocalDate;

/**
 * A flexible grid tranche's terms: the utility connects it on an earlier date than it can deliver it firm, and may
 * curtail it until then (Duke's "Rethinking Load Growth": 0.5% of the year, about 44 h, in events of about two hours,
 * https://hdl.handle.net/10161/32077).
 *
 * @param date              the utility's earlier date for the tranche taken flexible
 * @param hoursPerYear      the curtailment budget: the most hours a year the utility may curtail it
 * @param longestEventHours the longest single event
 * @param noticeHours       how long before an event the utility calls it
 * @param calledBy          who may call an event ("ERCOT", "TVA"); null when the scenario does not say
 */
public record Flexibility(LocalDate date, double hoursPerYear, double longestEventHours, double noticeHours,
                          String calledBy) {

    /** Events a year, each of the longest length, that spend the budget (the last may be a part of one). */
    public double eventsPerYear() {
        return hoursPerYear / longestEventHours;
    }
}
