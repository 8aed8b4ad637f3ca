package io.gigawatt.planner.timeline;

import java.util.List;

/**
 * What the Monte Carlo was and which inputs matter most.
 *
 * @param subject the target (or, without one, the last phase) the tornado is about
 * @param tornado the uncertain inputs, the one that moves {@code subject}'s date most first
 */
public record RiskSummary(long seed, int draws, String subject, List<TornadoBar> tornado) {

    public RiskSummary {
        tornado = List.copyOf(tornado);
    }
}
