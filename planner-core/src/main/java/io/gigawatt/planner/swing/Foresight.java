package io.gigawatt.planner.swing;

/**
 * What the dispatch knows ahead: the training schedule (iterations, checkpoint pauses, starts) is deterministic, so
 * the load it makes is known in advance, as a campus's controller knows its jobs' schedule; an unscheduled event (a
 * job's crash) is learnt only when it happens, and from then on the load is known with it. Revision {@code i} is the
 * load as known from step {@code from[i]} (the first from 0) until the next revision; {@code aim} is, at each step,
 * the load's average over {@value #AVERAGE_SECONDS} s around it as then known (what the draw aims at, worked out once
 * for every dispatch of the phase).
 */
record Foresight(int[] from, double[][] known, double[] aim) {

    /** The known load's average the draw aims at, centred on each step: long enough to hold through a pause. */
    static final double AVERAGE_SECONDS = 600;

    /** What is known from each step of {@code from} on, with the average each step's draw aims at ({@link #aim}). */
    static Foresight of(int[] from, double[][] known, double dt) {
        int n = known[0].length;
        double[] aim = new double[n];
        int half = (int) Math.round(AVERAGE_SECONDS / 2 / dt);
        double[] sum = new double[n + 1];
        for (int i = 0; i < from.length; i++) {
            for (int k = 0; k < n; k++) {
                sum[k + 1] = sum[k] + known[i][k];
            }
            int until = i + 1 < from.length ? from[i + 1] : n;
            for (int k = from[i]; k < until; k++) {
                int a = Math.max(0, k - half);
                int b = Math.min(n, k + half + 1);
                aim[k] = (sum[b] - sum[a]) / (b - a);
            }
        }
        return new Foresight(from, known, aim);
    }

    /** A load known in full from the start: nothing in it is unscheduled. */
    static Foresight exact(double[] load, double dt) {
        return of(new int[] {0}, new double[][] {load}, dt);
    }

    /** The step the revision after {@code i} starts at, or {@code n} after the last. */
    int until(int i, int n) {
        return i + 1 < from.length ? from[i + 1] : n;
    }
}
