package io.gigawatt.planner.swing;

/** Figures of a power trace sampled at a fixed step (MW values): extremes, ramps, rolling ranges, energy. */
public final class TraceStats {

    private TraceStats() {
    }

    /** Highest minus lowest value, MW. */
    public static double peakToTrough(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        return x.length == 0 ? 0 : max - min;
    }

    /** The steepest change from one step to the next, MW/s. */
    public static double maxStepRamp(double[] x, double dt) {
        return maxRampOver(x, 1, dt);
    }

    /** The steepest change over {@code m} steps, divided by their duration, MW/s. */
    public static double maxRampOver(double[] x, int m, double dt) {
        int span = Math.max(1, Math.min(m, x.length - 1));
        double max = 0;
        for (int k = 0; k + span < x.length; k++) {
            max = Math.max(max, Math.abs(x[k + span] - x[k]));
        }
        return max / (span * dt);
    }

    /** The largest highest-minus-lowest within any run of {@code m + 1} consecutive values (a window of m steps), MW. */
    public static double maxRange(double[] x, int m) {
        return maxRange(x, 0, x.length, m, Double.POSITIVE_INFINITY);
    }

    /**
     * The same over {@code x[from, to)}, stopping at the first window whose range exceeds {@code above}: what is then
     * returned exceeds it, but may fall short of the largest. By blocks of a window's length (van Herk, Gil and
     * Werman): a window starting within a block ends within the next, so its extremes are the block's from the start
     * on and the next block's up to the end; no branch depends on the values, which a queue of candidates' did.
     */
    static double maxRange(double[] x, int from, int to, int m, double above) {
        int n = to - from;
        if (n <= 0) {
            return 0;
        }
        int w = Math.min(Math.max(1, m) + 1, n);
        double[] tailMax = new double[w];
        double[] tailMin = new double[w];
        double best = 0;
        for (int s = from; s + w <= to; s += w) {
            double hi = x[s + w - 1];
            double lo = hi;
            for (int o = w - 1; o >= 0; o--) {
                double v = x[s + o];
                hi = v > hi ? v : hi;
                lo = v < lo ? v : lo;
                tailMax[o] = hi;
                tailMin[o] = lo;
            }
            best = hi - lo > best ? hi - lo : best;
            double headMax = Double.NEGATIVE_INFINITY;
            double headMin = Double.POSITIVE_INFINITY;
            int windows = Math.min(w, to - s - w + 1);
            for (int o = 1; o < windows; o++) {
                double v = x[s + w + o - 1];
                headMax = v > headMax ? v : headMax;
                headMin = v < headMin ? v : headMin;
                double range = (tailMax[o] > headMax ? tailMax[o] : headMax)
                        - (tailMin[o] < headMin ? tailMin[o] : headMin);
                best = range > best ? range : best;
            }
            if (best > above) {
                return best;
            }
        }
        return best;
    }

    /** The most a trace moves in total (the sum of its step-to-step changes) within any run of {@code m} steps, MW. */
    public static double maxTotalVariation(double[] x, int m) {
        int span = Math.max(1, Math.min(m, x.length - 1));
        double window = 0;
        double best = 0;
        for (int k = 1; k < x.length; k++) {
            window += Math.abs(x[k] - x[k - 1]);
            if (k > span) {
                window -= Math.abs(x[k - span] - x[k - span - 1]);
            }
            best = Math.max(best, window);
        }
        return best;
    }

    /** The energy of a trace of mean powers, MWh. */
    public static double energyMwh(double[] x, double dt) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return sum * dt / 3600;
    }

    public static double mean(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v;
        }
        return x.length == 0 ? 0 : sum / x.length;
    }

    /** Index of the highest value (the first, when several tie). */
    public static int argMax(double[] x) {
        int best = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] > x[best]) {
                best = k;
            }
        }
        return best;
    }
}
