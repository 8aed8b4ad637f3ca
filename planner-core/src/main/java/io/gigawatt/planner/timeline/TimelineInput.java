package io.gigawatt.planner.timeline;

import java.util.List;

/**
 * The {@code timeline:} section of a scenario: when equipment is ordered, how fast crews install, dated permits,
 * future supply options, and the uncertain inputs of the Monte Carlo.
 *
 * @param installation the crews' rate, or null when installation keeps pace with GPU deliveries
 * @param risk         the uncertain inputs, or null for no Monte Carlo
 */
public record TimelineInput(Orders orders, Installation installation, List<Permit> permits,
                            List<SupplyOption> futureSupply, Risk risk) {

    public TimelineInput {
        permits = List.copyOf(permits);
        futureSupply = List.copyOf(futureSupply);
    }

    /** This input with {@code draws} Monte Carlo draws (a risk section with no spreads if it had none). */
    public TimelineInput withDraws(int draws) {
        Risk base = risk != null ? risk : new Risk(0, draws, null, null, null, null);
        return new TimelineInput(orders, installation, permits, futureSupply, base.withDraws(draws));
    }

    public TimelineInput withSeed(long seed) {
        Risk base = risk != null ? risk : new Risk(seed, Risk.DEFAULT_DRAWS, null, null, null, null);
        return new TimelineInput(orders, installation, permits, futureSupply, base.withSeed(seed));
    }

    public TimelineInput withInstallation(Installation changed) {
        return new TimelineInput(orders, changed, permits, futureSupply, risk);
    }

    public TimelineInput withFutureSupply(List<SupplyOption> changed) {
        return new TimelineInput(orders, installation, permits, changed, risk);
    }
}
