package io.gigawatt.planner.swing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * When a job works, over the simulation window: its activity (1 computing its iterations, 0 waiting at a checkpoint,
 * before its start or after a crash) and whether it is alive (started and not crashed: a power floor holds only
 * then). Both are piecewise linear in time, ramping where the job's start ramp or the firmware ramp limit says.
 * The two are merged into segments on which both are linear, for the load synthesis to integrate over.
 */
final class JobEnvelope {

    /** Times far enough before and after the window that jitter never reaches past them. */
    private static final double BEFORE = -1e5;
    private static final double AFTER = 1e7;

    /** Segment {@code i} runs from {@code start[i]} to {@code start[i + 1]}; the last ends at {@link #AFTER}. */
    final double[] start;
    final double[] activity0;
    final double[] activity1;
    final double[] alive0;
    final double[] alive1;
    final boolean[] flat;

    private JobEnvelope(List<double[]> segments) {
        int n = segments.size();
        start = new double[n + 1];
        activity0 = new double[n];
        activity1 = new double[n];
        alive0 = new double[n];
        alive1 = new double[n];
        flat = new boolean[n];
        for (int i = 0; i < n; i++) {
            double[] s = segments.get(i);
            start[i] = s[0];
            activity0[i] = s[2];
            activity1[i] = s[3];
            alive0[i] = s[4];
            alive1[i] = s[5];
            flat[i] = s[2] == s[3] && s[4] == s[5];
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
                activity.add(new Event(c, 0, rate(limit)));
                if (c + pause < end) {
                    activity.add(new Event(c + pause, 1, rate(limit)));
                }
            }
        }
        if (crashes) {
            activity.add(new Event(crashAt, 0, rate(limit)));
            alive.add(new Event(crashAt, 0, rate(limit)));
        }
        return merge(ramped(initial, activity), ramped(starts ? 0 : 1, alive));
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

    /** Segments on which both functions are linear: {from, to, a0, a1, alive0, alive1}. */
    private static JobEnvelope merge(List<double[]> a, List<double[]> b) {
        List<double[]> merged = new ArrayList<>();
        int i = 0;
        int j = 0;
        double t = BEFORE;
        while (i < a.size() && j < b.size()) {
            double[] sa = a.get(i);
            double[] sb = b.get(j);
            double to = Math.min(sa[1], sb[1]);
            if (to > t) {
                merged.add(new double[] {t, to, value(sa, t), value(sa, to), value(sb, t), value(sb, to)});
            }
            t = to;
            if (sa[1] <= t) {
                i++;
            }
            if (sb[1] <= t) {
                j++;
            }
        }
        return new JobEnvelope(merged);
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
