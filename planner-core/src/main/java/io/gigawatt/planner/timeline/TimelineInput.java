package io.gigawatt.planner.timeline;

import java.util.List;

/**
 * The {@code timeline:} section of a scenario: when equipment is ordered, how fast crews install, dated permits,
 * future supply options, and the uncertain inputs of the Monte Carlo.
 *
 * @param installation the crews' rate, or null when installation keeps pace with GPU deliveries
 * @param futureSupply the future supply options contracted: each brings its firm power and its price
 * @param risk         the uncertain inputs, or null for no Monte Carlo
 * @param uncontracted the names of the options written but not contracted ({@code contracted: false}): they bring
 *                     neither power nor price, and a price the scenario gives them is not an error
 */
public record TimelineInput(Orders orders, Installation installation, List<Permit> permits,
                            List<SupplyOption> futureSupply, Risk risk, List<String> uncontracted) {

    public TimelineInput {
        permits = List.copyOf(permits);
        futureSupply = List.copyOf(futureSupply);
        uncontracted = List.copyOf(uncontracted);
    }

    /** This input without a Monte Carlo. */
    public TimelineInput withoutRisk() {
        return new TimelineInput(orders, installation, permits, futureSupply, null, uncontracted);
    }

    /** This input with {@code draws} Monte Carlo draws (a risk section with no spreads if it had none). */
    public TimelineInput withDraws(int draws) {
        Risk base = risk != null ? risk : new Risk(0, draws, null, null, null, null);
        return new TimelineInput(orders, installation, permits, futureSupply, base.withDraws(draws), uncontracted);
    }

    public TimelineInput withSeed(long seed) {
        Risk base = risk != null ? risk : new Risk(seed, Risk.DEFAULT_DRAWS, null, null, null, null);
        return new TimelineInput(orders, installation, permits, futureSupply, base.withSeed(seed), uncontracted);
    }

    public TimelineInput withInstallation(Installation changed) {
        return new TimelineInput(orders, changed, permits, futureSupply, risk, uncontracted);
    }

    public TimelineInput withFutureSupply(List<SupplyOption> changed) {
        return new TimelineInput(orders, installation, permits, changed, risk, uncontracted);
    }
}
