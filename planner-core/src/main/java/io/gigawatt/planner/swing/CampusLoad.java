package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.catalogue.PowerProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Builds the campus power trace of one phase from its jobs: mean power per step, in MW.
 *
 * <p>Racks are not simulated one by one. Every rack of a job gets a seeded random timing offset (its jitter); the
 * racks of a job and GPU model are sorted by offset and pooled into at most {@value #MAX_GROUPS} groups, each
 * with its mean offset and its GPUs. One GPU waveform per job and model (one iteration, about 1 ms fine) is summed
 * over the groups, each shifted by its offset, and that one jittered waveform is integrated per step: the cost
 * grows with steps x jobs x models, not with GPUs or racks: a million GPUs cost what a thousand do.
 *
 * <p>The campus draws its planned facility power when every GPU computes steadily; the GPUs' own swing is added to
 * that: the servers' other parts, networking, and cooling (which cannot follow a seconds-long swing) are held at
 * their full-load level.
 */
public final class CampusLoad {

    /** The most jitter groups per job and GPU model. */
    static final int MAX_GROUPS = 64;

    private CampusLoad() {
    }

    /**
     * @param gpus         the phase's GPUs by model
     * @param facilityMw   the phase's facility power with every GPU at its compute level
     * @param mitigations  the load-side mitigations in force (power floor, power-supply storage, ramp limit)
     * @return mean campus power per step of the workload, MW
     */
    public static double[] trace(Workload workload, Map<GpuModel, Long> gpus, double facilityMw,
                                 Mitigations mitigations) {
        return traces(workload, List.of(workload.jobs()), gpus, facilityMw, mitigations)[0];
    }

    /**
     * The traces of the workload with each of {@code schedules} as its jobs, in turn: the workload's jobs, each
     * crashing at another time or not at all. A crash changes a job's envelope, not its racks' jitter nor its
     * waveform, so those are worked out once, and the power of the jobs before the schedules first differ is summed
     * once: each trace is {@link #trace}'s of that schedule, bit for bit.
     */
    static double[][] traces(Workload workload, List<List<Job>> schedules, Map<GpuModel, Long> gpus,
                             double facilityMw, Mitigations mitigations) {
        int steps = workload.steps();
        double dt = workload.stepSeconds();
        double window = steps * dt;
        int variants = schedules.size();
        // each schedule's power so far; schedules whose jobs agreed so far share one array
        double[][] watts = new double[variants][];
        Arrays.fill(watts, new double[steps]);
        double base = facilityMw * 1e6;
        for (Map.Entry<GpuModel, Long> e : gpus.entrySet()) {
            base -= e.getValue() * e.getKey().profile().compute().watts();
        }
        RandomGenerator random = new Well19937c(workload.seed());
        double[] idleGpus = new double[gpus.size()];
        int m = 0;
        for (Map.Entry<GpuModel, Long> e : gpus.entrySet()) {
            idleGpus[m++] = e.getValue();
        }
        for (int j = 0; j < workload.jobs().size(); j++) {
            Job job = workload.jobs().get(j);
            double period = seconds(job.iteration());
            double phase = job.phase() != null ? seconds(job.phase()) : random.nextDouble() * period;
            JobEnvelope[] envelopes = envelopes(schedules, j, watts, mitigations, window);
            m = 0;
            for (Map.Entry<GpuModel, Long> e : gpus.entrySet()) {
                GpuModel model = e.getKey();
                long count = Math.round(job.share() * e.getValue());
                count = (long) Math.min(count, idleGpus[m]);
                idleGpus[m++] -= count;
                List<double[]> groups = groups(count, workload.gpusPerRack(), seconds(workload.jitter()), random);
                if (count == 0) {
                    continue;
                }
                PowerProfile p = model.profile();
                double idle = p.idle().watts();
                double trough = job.troughShare() == null ? idle : Math.max(idle, job.troughShare() * model.tdp().watts());
                double floor = Math.max(mitigations.powerFloor() == null ? 0 : mitigations.powerFloor() * model.tdp().watts(),
                        p.smoothing() == null ? 0 : p.smoothing().floor(model.tdp()).watts());
                double psu = mitigations.psuStorage() ? p.psuStorage().joules() : 0;
                GpuWaveform wave = GpuWaveform.of(p, period, job.computeDuty(), trough, floor, psu).jittered(groups);
                double offLevel = Math.max(idle, floor);
                for (int v = 0; v < variants; v++) {
                    if (envelopes[v] != null) {
                        accumulate(watts[v], dt, wave, envelopes[v], phase, count * idle, count * offLevel);
                    }
                }
            }
        }
        m = 0;
        for (Map.Entry<GpuModel, Long> e : gpus.entrySet()) {
            base += idleGpus[m++] * e.getKey().profile().idle().watts();
        }
        double[][] mw = new double[variants][steps];
        for (int v = 0; v < variants; v++) {
            for (int k = 0; k < steps; k++) {
                mw[v][k] = (base + watts[v][k]) / 1e6;
            }
        }
        return mw;
    }

    /**
     * The envelope of job {@code j} of each schedule whose power it is to be added to, null for a schedule that
     * shares its power with an earlier one of the same job: a schedule whose job differs from those it shared its
     * power with so far takes a copy of that power first.
     */
    private static JobEnvelope[] envelopes(List<List<Job>> schedules, int j, double[][] watts,
                                           Mitigations mitigations, double window) {
        JobEnvelope[] envelopes = new JobEnvelope[schedules.size()];
        for (int v = 0; v < schedules.size(); v++) {
            Job job = schedules.get(v).get(j);
            boolean shared = false;
            boolean sharing = false;
            for (int u = 0; u < v && !shared; u++) {
                if (watts[u] == watts[v]) {
                    sharing = true;
                    shared = envelopes[u] != null && schedules.get(u).get(j).equals(job);
                }
            }
            if (!shared) {
                if (sharing) {
                    watts[v] = watts[v].clone();
                }
                envelopes[v] = JobEnvelope.of(job, mitigations.ramp(), window);
            }
        }
        return envelopes;
    }

    /**
     * Racks of {@code count} GPUs, each with a seeded normal timing offset, pooled by offset into groups
     * {offset seconds, GPUs}.
     */
    static List<double[]> groups(long count, int perRack, double jitter, RandomGenerator random) {
        List<double[]> groups = new ArrayList<>();
        if (count <= 0) {
            return groups;
        }
        int racks = (int) ((count + perRack - 1) / perRack);
        double[] offsets = new double[racks];
        for (int r = 0; r < racks; r++) {
            offsets[r] = random.nextGaussian() * jitter;
        }
        Arrays.sort(offsets);
        int n = Math.min(racks, MAX_GROUPS);
        long remaining = count;
        for (int g = 0; g < n; g++) {
            int from = (int) ((long) g * racks / n);
            int to = (int) ((long) (g + 1) * racks / n);
            double sum = 0;
            for (int r = from; r < to; r++) {
                sum += offsets[r];
            }
            long gpus = g == n - 1 ? remaining : Math.min(remaining, (long) (to - from) * perRack);
            remaining -= gpus;
            groups.add(new double[] {sum / (to - from), gpus});
        }
        return groups;
    }

    /**
     * Adds the job's power to every step: the off level (idle, or the floor while the job is alive), plus the
     * activity times the jittered waveform's excess over it, plus the hold times the waveform's mean excess (GPUs
     * ramping down under a firmware limit after a stop). Starts, pauses and crashes hit every rack at once; only the
     * iterations carry each rack's jitter.
     */
    private static void accumulate(double[] watts, double dt, GpuWaveform wave, JobEnvelope env, double phase,
                                   double idle, double floorLevel) {
        int steps = watts.length;
        double perSecond = 1 / dt; // a multiplication per step rather than a division
        double mean = wave.mean();
        int seg = env.segmentAt(0, 0);
        double previous = wave.cumulative(-phase);
        for (int k = 0; k < steps; k++) {
            double u1 = k * dt;
            double u2 = u1 + dt;
            double next = wave.cumulative(u2 - phase);
            double energy;
            while (seg < env.flat.length - 1 && env.start[seg + 1] <= u1) {
                seg++;
            }
            if (env.flat[seg] && env.start[seg + 1] >= u2) {
                double a = env.activity0[seg];
                double off = idle + env.alive0[seg] * (floorLevel - idle);
                energy = off * dt + a * (next - previous - off * dt) + env.hold0[seg] * (mean - off) * dt;
            } else {
                energy = 0;
                double p1 = u1;
                int s = seg;
                while (true) {
                    double p2 = Math.min(u2, env.start[s + 1]);
                    if (p2 > p1) {
                        double mid = 0.5 * (p1 + p2);
                        double a = env.activityAt(s, mid);
                        double off = idle + env.aliveAt(s, mid) * (floorLevel - idle);
                        double w = wave.energy(p1 - phase, p2 - phase);
                        energy += off * (p2 - p1) + a * (w - off * (p2 - p1))
                                + env.holdAt(s, mid) * (mean - off) * (p2 - p1);
                    }
                    if (p2 >= u2 || s >= env.flat.length - 1) {
                        break;
                    }
                    s++;
                    p1 = p2;
                }
            }
            watts[k] += energy * perSecond;
            previous = next;
        }
    }

    private static double seconds(java.time.Duration d) {
        return d.toNanos() / 1e9;
    }
}
