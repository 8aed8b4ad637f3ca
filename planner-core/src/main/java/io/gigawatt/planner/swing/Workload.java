package io.gigawatt.planner.swing;

import java.time.Duration;
import java.util.List;

/**
 * What the GPUs run, for the swing simulation: the jobs, and how the campus trace is sampled.
 *
 * @param step        the campus trace's resolution: each value is the mean power over one step (10 ms to 1 s)
 * @param window      how long the simulation runs
 * @param seed        seeds the per-rack jitter and the random phases of jobs: the same seed, the same trace
 * @param jitter      standard deviation of each rack's timing offset: jobs are synchronous but not perfectly so
 * @param gpusPerRack GPUs that share one timing offset
 */
public record Workload(Duration step, Duration window, long seed, Duration jitter, int gpusPerRack, List<Job> jobs) {

    public static final Duration DEFAULT_STEP = Duration.ofMillis(100);
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    public static final Duration DEFAULT_JITTER = Duration.ofMillis(50);
    public static final int DEFAULT_GPUS_PER_RACK = 64;
    /** The most steps one simulation may take (a window of 2 h 46 min at 10 ms, 27 h at 100 ms). */
    public static final long MAX_STEPS = 1_000_000;

    public Workload {
        jobs = List.copyOf(jobs);
    }

    public int steps() {
        return (int) (window.toNanos() / step.toNanos());
    }

    public double stepSeconds() {
        return step.toNanos() / 1e9;
    }
}
