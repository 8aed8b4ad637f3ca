package io.gigawatt.planner.timeline;

import java.util.List;

/**
 * The timeline of a campus: each phase's earliest date and what holds it, each target's closing date and road,
 * the lead time of what each phase needs, the rental markets it draws on, and the Monte Carlo.
 *
 * @param installation the crews' rate, or null when installation keeps pace with deliveries
 * @param risk         the Monte Carlo, or null without a risk section
 * @param draws        each phase's ready day in each of the Monte Carlo's draws, or null without a risk section
 */
public record TimelinePlan(Orders orders, Installation installation, List<PhaseTimeline> phases,
                           List<TargetTimeline> targets, List<LeadTimeCheck> leadTimes, List<RentalShare> rentalShares,
                           List<SupplyOption> futureSupply, RiskSummary risk, ReadyDraws draws) {

    public TimelinePlan {
        phases = List.copyOf(phases);
        targets = List.copyOf(targets);
        leadTimes = List.copyOf(leadTimes);
        rentalShares = List.copyOf(rentalShares);
        futureSupply = List.copyOf(futureSupply);
    }
}
