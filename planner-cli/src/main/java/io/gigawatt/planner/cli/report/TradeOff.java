package io.gigawatt.planner.cli.report;

import java.util.List;

/**
 * The trade-off between time and cost among the plans {@code planner plan} judged with the fewest errors, soonest
 * first, each cheaper than every one before it: what its HTML report charts.
 *
 * @param currency the currency of the costs
 * @param points   the plans, soonest first
 */
public record TradeOff(String currency, List<Point> points) {

    public TradeOff {
        points = List.copyOf(points);
    }

    /**
     * One plan of the trade-off.
     *
     * @param ready     when its last phase is ready (ISO-8601)
     * @param cost      its present cost with waiting, in {@code currency}
     * @param decisions its levers' values, as the summary writes them
     * @param proposed  whether it is the plan proposed
     */
    public record Point(String ready, double cost, String decisions, boolean proposed) {
    }
}
