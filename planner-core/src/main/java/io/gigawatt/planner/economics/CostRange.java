package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;

/**
 * The plan's present cost (supply and waiting) over the Monte Carlo's draws, nearest rank: the cost 10%, 50% and 90%
 * of draws stay within. Each draw takes the timeline's ready dates of that draw and a gas price drawn from its spread.
 */
public record CostRange(Money p10, Money p50, Money p90, int draws) {
}
