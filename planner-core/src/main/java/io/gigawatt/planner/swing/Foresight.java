package io.gigawatt.planner.swing;

/**
 * What the dispatch knows ahead: the training schedule (iterations, checkpoint pauses, starts) is deterministic, so
 * the load it makes is known in advance, as a campus's controller knows its jobs' schedule; an unscheduled event (a
 * job's crash) is learnt only when it happens, and from then on the load is known with it. Revision {@code i} is the
 * load as known from step {@code from[i]} (the first from 0) until the next revision.
 */
record Foresight(int[] from, double[][] known) {

    /** A load known in full from the start: nothing in it is unscheduled. */
    static Foresight exact(double[] load) {
        return new Foresight(new int[] {0}, new double[][] {load});
    }

    /** The step the revision after {@code i} starts at, or {@code n} after the last. */
    int until(int i, int n) {
        return i + 1 < from.length ? from[i + 1] : n;
    }
}
