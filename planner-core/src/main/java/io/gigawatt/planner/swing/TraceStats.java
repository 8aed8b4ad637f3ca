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
        int n = x.length;
        if (n == 0) {
            return 0;
        }
        int width = Math.max(1, m) + 1;
        int[] maxQ = new int[n];
        int[] minQ = new int[n];
        int maxHead = 0;
        int maxTail = 0;
        int minHead = 0;
        int minTail = 0;
        double best = 0;
        for (int k = 0; k < n; k++) {
            while (maxTail > maxHead && x[maxQ[maxTail - 1]] <= x[k]) {
                maxTail--;
            }
            maxQ[maxTail++] = k;
            while (minTail > minHead && x[minQ[minTail - 1]] >= x[k]) {
                minTail--;
            }
            minQ[minTail++] = k;
            if (maxQ[maxHead] <= k - width) {
                maxHead++;
            }
            if (minQ[minHead] <= k - width) {
                minHead++;
            }
            best = Math.max(best, x[maxQ[maxHead]] - x[minQ[minHead]]);
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
