package io.gigawatt.planner.swing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a job works, over the simulation window, as three piecewise-linear functions of time, merged into segments
 * on which all three are linear (for the load synthesis to integrate over):
 * <ul>
 * <li>activity: 1 computing its iterations, 0 waiting at a checkpoint, before its start or after a crash; it
 *     ramps up over the job's start ramp (or the firmware ramp limit, if longer) and on resuming under the limit;
 * <li>hold: under a firmware ramp limit, a job that stops (a checkpoint pause, a crash) no longer iterates, but its
 *     GPUs keep burning their mean power and ramp it down to the off level over the limit: 1 at the stop, then 0;
 * <li>alive: started and not crashed (a power floor holds only then).
 * </ul>
 */
final class JobEnvelope {

    /** Times far enough before and after the window that jitter never reaches past them. */
    private static final double BEFORE = -1e5;
    private static final double AFTER = 1e7;

    /** Segment {@code i} runs from {@code start[i]} to {@code start[i + 1]}; the last ends at {@link #AFTER}. */
    final double[] start;
    final double[] activity0;
    final double[] activity1;
    final double[] hold0;
    final double[] hold1;
    final double[] alive0;
    final double[] alive1;
    final boolean[] flat;

    private JobEnvelope(List<double[]> segments) {
        int n = segments.size();
        start = new double[n + 1];
        activity0 = new double[n];
        activity1 = new double[n];
        hold0 = new double[n];
        hold1 = new double[n];
        alive0 = new double[n];
        alive1 = new double[n];
        flat = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] s = segments.get(i);
            start[i] = s[0];
            activity0[i] = s[2];
            activity1[i] = s[3];
            hold0[i] = s[4];
            hold1[i] = s[5];
            alive0[i] = s[6];
            alive1[i] = s[7];
            flat[i] = s[2] == s[3] && s[4] == s[5] && s[6] == s[7];
        }
        start[n] = segments.get(n - 1)[1];
    }

    /**
     * @param job         the job as the scenario describes it
     * @param rampLimit   the least time a start, pause, resume or crash may take (firmware ramp limit), or null
     * @param window      the simulated window, seconds
     */
    static JobEnvelope of(Job job, Duration rampLimit, double window) {
        double limit = rampLimit == null ? 0 : seconds(rampLimit);
        double startAt = job.startAt() == null ? Double.NaN : seconds(job.startAt());
        double crashAt = job.crashAt() == null ? Double.NaN : seconds(job.crashAt());
        double startRamp = Math.max(seconds(job.startRamp()), limit);
        boolean starts = !Double.isNaN(startAt);
        boolean crashes = !Double.isNaN(crashAt);
        double end = crashes ? crashAt : window + 3600;

        List<Event> activity = new ArrayList<>();
        List<Event> hold = new ArrayList<>();
        List<Event> alive = new ArrayList<>();
        double initial = starts ? 0 : 1;
        if (starts) {
            activity.add(new Event(startAt, 1, rate(startRamp)));
            alive.add(new Event(startAt, 1, rate(startRamp)));
        }
        if (job.checkpointEvery() != null) {
            double every = seconds(job.checkpointEvery());
            double pause = seconds(job.checkpointPause());
            double from = starts ? startAt : 0;
            for (double c = from + every; c < end && c < window + every; c += every) {
                stop(activity, hold, c, limit);
                if (c + pause < end) {
                    activity.add(new Event(c + pause, 1, rate(limit)));
                }
            }
        }
        if (crashes) {
            stop(activity, hold, crashAt, limit);
            alive.add(new Event(crashAt, 0, rate(limit)));
        }
        return merge(List.of(ramped(initial, activity), ramped(0, hold), ramped(starts ? 0 : 1, alive)));
    }

    /** The job stops iterating at {@code t}; under a ramp limit its GPUs hold their mean power and ramp it down. */
    private static void stop(List<Event> activity, List<Event> hold, double t, double limit) {
        activity.add(new Event(t, 0, Double.POSITIVE_INFINITY));
        if (limit > 0) {
            hold.add(new Event(t, 1, Double.POSITIVE_INFINITY));
            hold.add(new Event(t, 0, rate(limit)));
        }
    }

    private static double rate(double rampSeconds) {
        return rampSeconds <= 0 ? Double.POSITIVE_INFINITY : 1 / rampSeconds;
    }

    private record Event(double time, double target, double rate) {
    }

    /**
     * A value that moves toward each event's target at the event's rate (jumping when the rate is infinite), as
     * segments {from, to, valueFrom, valueTo}.
     */
    private static List<double[]> ramped(double initial, List<Event> events) {
        events.sort(Comparator.comparingDouble(Event::time));
        List<double[]> segments = new ArrayList<>();
        double t = BEFORE;
        double v = initial;
        double target = initial;
        double rate = Double.POSITIVE_INFINITY;
        for (Event e : events) {
            double[] moved = move(segments, t, v, target, rate, e.time());
            t = e.time();
            v = moved[0];
            target = e.target();
            rate = e.rate();
            if (Double.isInfinite(rate)) {
                v = target;
            }
        }
        move(segments, t, v, target, rate, AFTER);
        return segments;
    }

    /** Appends the segments from {@code t} to {@code until}, moving {@code v} toward {@code target}; returns the end value. */
    private static double[] move(List<double[]> segments, double t, double v, double target, double rate, double until) {
        if (until <= t) {
            return new double[] {v};
        }
        if (v == target || Double.isInfinite(rate)) {
            segments.add(new double[] {t, until, target, target});
            return new double[] {target};
        }
        double reach = t + Math.abs(target - v) / rate;
        if (reach >= until) {
            double end = v + Math.signum(target - v) * rate * (until - t);
            segments.add(new double[] {t, until, v, end});
            return new double[] {end};
        }
        segments.add(new double[] {t, reach, v, target});
        segments.add(new double[] {reach, until, target, target});
        return new double[] {target};
    }

    /** Segments on which every function is linear: {from, to, then each function's value at from and at to}. */
    private static JobEnvelope merge(List<List<double[]>> functions) {
        List<double[]> merged = new ArrayList<>();
        int[] at = new int[functions.size()];
        double t = BEFORE;
        while (true) {
            double to = Double.POSITIVE_INFINITY;
            for (int f = 0; f < functions.size(); f++) {
                to = Math.min(to, functions.get(f).get(at[f])[1]);
            }
            if (to > t) {
                double[] segment = new double[2 + 2 * functions.size()];
                segment[0] = t;
                segment[1] = to;
                for (int f = 0; f < functions.size(); f++) {
                    double[] s = functions.get(f).get(at[f]);
                    segment[2 + 2 * f] = value(s, t);
                    segment[3 + 2 * f] = value(s, to);
                }
                merged.add(segment);
            }
            t = to;
            boolean done = false;
            for (int f = 0; f < functions.size(); f++) {
                if (functions.get(f).get(at[f])[1] <= t) {
                    at[f]++;
                    done |= at[f] >= functions.get(f).size();
                }
            }
            if (done) {
                return new JobEnvelope(merged);
            }
        }
    }

    private static double value(double[] segment, double t) {
        double span = segment[1] - segment[0];
        if (span <= 0) {
            return segment[3];
        }
        return segment[2] + (segment[3] - segment[2]) * (t - segment[0]) / span;
    }

    /** The segment holding {@code t}, searching forward from {@code from}. */
    int segmentAt(double t, int from) {
        int i = Math.max(0, from);
        while (i < flat.length - 1 && start[i + 1] <= t) {
            i++;
        }
        return i;
    }

    double activityAt(int segment, double t) {
        return interpolate(activity0[segment], activity1[segment], segment, t);
    }

    double holdAt(int segment, double t) {
        return interpolate(hold0[segment], hold1[segment], segment, t);
    }

    double aliveAt(int segment, double t) {
        return interpolate(alive0[segment], alive1[segment], segment, t);
    }

    private double interpolate(double v0, double v1, int segment, double t) {
        if (v0 == v1) {
            return v0;
        }
        return v0 + (v1 - v0) * (t - start[segment]) / (start[segment + 1] - start[segment]);
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
