package io.gigawatt.planner.swing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One utility limit measured on a phase's grid draw after mitigation.
 *
 * @param limit    the limit
 * @param measured the grid draw's figure in the limit's unit (MW/s, MW, share); NaN when the trace's step cannot see
 *                 the limit's band (5-55 Hz at 100 ms steps, which see up to 5 Hz)
 */
public record LimitMargin(UtilityLimit limit, double measured) {

    /** The share of the limit left: 0.25 is a quarter to spare, negative is broken; NaN when not judged. */
    public double margin() {
        return limit.value() == 0 ? (measured > 0 ? Double.NEGATIVE_INFINITY : 0) : 1 - measured / limit.value();
    }

    public boolean judged() {
        return !Double.isNaN(measured);
    }

    /** The limit with the least margin of those judged: the one that binds. */
    public static Optional<LimitMargin> binding(List<LimitMargin> margins) {
        return margins.stream().filter(LimitMargin::judged).min(Comparator.comparingDouble(LimitMargin::margin));
    }

    /**
     * Every limit of {@code limits} measured on {@code grid} (MW every {@code dt} seconds). A band share is the one the
     * compliance measured ({@code bandShare}); a range after a band filter is measured on the draw through that
     * filter ({@link BandFilter}), as far as the step sees the band, leaving out a period of its lowest frequency at
     * each end.
     */
    static List<LimitMargin> measure(UtilityLimits limits, double[] grid, double dt, double bandShare) {
        List<LimitMargin> margins = new ArrayList<>(limits.limits().size());
        for (UtilityLimit l : limits.limits()) {
            margins.add(new LimitMargin(l, switch (l.kind()) {
                case RAMP -> TraceStats.maxRampOver(grid, steps(l, dt, grid.length), dt);
                case RANGE -> range(l, grid, dt);
                case BAND_SHARE -> bandShare;
            }));
        }
        return List.copyOf(margins);
    }

    private static double range(UtilityLimit l, double[] grid, double dt) {
        if (!l.filtered()) {
            return TraceStats.maxRange(grid, steps(l, dt, grid.length));
        }
        double nyquist = 0.5 / dt;
        if (l.lowHz() >= nyquist) {
            return Double.NaN;
        }
        // the filter settles from the trace's ends: a period of its lowest frequency at each end is left out
        double[] passed = BandFilter.passed(grid, dt, l.lowHz(), l.highHz());
        int settle = (int) Math.min(Math.round(1 / (l.lowHz() * dt)), (passed.length - 1) / 2);
        int settled = passed.length - 2 * settle;
        return TraceStats.maxRange(passed, settle, settle + settled, steps(l, dt, settled), Double.POSITIVE_INFINITY);
    }

    /** A window in steps; the whole trace ({@code length} values) for a range over any span. */
    private static int steps(UtilityLimit l, double dt, int length) {
        return l.window() == null ? length : (int) Math.max(1, Math.round(l.window().toNanos() / 1e9 / dt));
    }
}
