package io.gigawatt.planner.swing;

import java.time.Duration;

/**
 * One training job of the workload: a share of each phase's GPUs that compute and communicate together.
 *
 * @param share           share of the phase's GPUs (of every model) the job runs on
 * @param iteration       one training iteration: compute, then communication (the trough)
 * @param computeDuty     share of the iteration spent computing
 * @param troughShare     power in the communication trough as a share of TDP, or null for the idle level
 * @param checkpointEvery time between checkpoint pauses, or null for none
 * @param checkpointPause how long the GPUs wait while a checkpoint is written
 * @param startAt         when the job starts within the window (it ramps up from idle), or null: it runs from the start
 * @param startRamp       how long the job's own start takes to reach full swing
 * @param crashAt         when the job crashes (every GPU drops to idle at once), or null
 * @param phase           offset of the job's iterations, or null for a seeded random one (jobs independent of each other)
 */
public record Job(String name, double share, Duration iteration, double computeDuty, Double troughShare,
                  Duration checkpointEvery, Duration checkpointPause, Duration startAt, Duration startRamp,
                  Duration crashAt, Duration phase) {

    /** A job computing {@code computeDuty} of each {@code iteration} from before the window to its end. */
    public static Job steady(String name, double share, Duration iteration, double computeDuty) {
        return new Job(name, share, iteration, computeDuty, null, null, Duration.ZERO, null, Duration.ZERO, null, null);
    }

    public Job withPhase(Duration offset) {
        return new Job(name, share, iteration, computeDuty, troughShare, checkpointEvery, checkpointPause, startAt,
                startRamp, crashAt, offset);
    }

    public Job withShare(double newShare) {
        return new Job(name, newShare, iteration, computeDuty, troughShare, checkpointEvery, checkpointPause, startAt,
                startRamp, crashAt, phase);
    }

    public Job withCrashAt(Duration at) {
        return new Job(name, share, iteration, computeDuty, troughShare, checkpointEvery, checkpointPause, startAt,
                startRamp, at, phase);
    }

    public Job withStart(Duration at, Duration ramp) {
        return new Job(name, share, iteration, computeDuty, troughShare, checkpointEvery, checkpointPause, at, ramp,
                crashAt, phase);
    }

    public Job withCheckpoints(Duration every, Duration pause) {
        return new Job(name, share, iteration, computeDuty, troughShare, every, pause, startAt, startRamp, crashAt,
                phase);
    }
}
