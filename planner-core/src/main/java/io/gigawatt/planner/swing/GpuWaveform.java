package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.PowerProfile;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * One iteration of one GPU's power under a training job, in watts, sampled finely (about 1 ms) and kept as a
 * running integral, so the energy over any interval of any length is two look-ups. The iteration starts with the
 * rise into compute: the power climbs from the trough to the overshoot peak over the transition time, holds the
 * peak for the overshoot duration, settles at the compute level until the duty cycle ends, then falls back to the
 * trough over the transition time. The waveform repeats with the iteration period.
 */
public final class GpuWaveform {

    private static final double RESOLUTION_SECONDS = 0.001;
    private static final int MIN_SAMPLES = 200;
    private static final int MAX_SAMPLES = 20_000;

    private final double period;
    private final double dt;
    /** Periods and samples per second: {@link #cumulative}, run per step of every job and model, divides by neither. */
    private final double perPeriod;
    private final double perSample;
    private final double[] w;
    private final double[] cum;
    private final double periodEnergy;

    private GpuWaveform(double period, double[] w) {
        this.period = period;
        this.w = w;
        this.dt = period / w.length;
        this.perPeriod = 1 / period;
        this.perSample = w.length / period;
        this.cum = new double[w.length + 1];
        for (int i = 0; i < w.length; i++) {
            cum[i + 1] = cum[i] + w[i] * dt;
        }
        this.periodEnergy = cum[w.length];
    }

    /**
     * @param period      the iteration, seconds
     * @param duty        share of the iteration spent computing
     * @param trough      power in the communication trough, watts
     * @param floor       power the GPU holds at least while the job runs (filler work), watts; 0 for none
     * @param psuJoules   energy the power supplies store per GPU to shave peaks and fill troughs; 0 for none
     */
    public static GpuWaveform of(PowerProfile profile, double period, double duty, double trough, double floor,
                                 double psuJoules) {
        int n = (int) Math.max(MIN_SAMPLES, Math.min(MAX_SAMPLES, Math.round(period / RESOLUTION_SECONDS)));
        double dt = period / n;
        double compute = profile.compute().watts();
        double peak = profile.peak().watts();
        double low = Math.max(trough, floor);
        double tau = profile.transition().toNanos() / 1e9;
        double overshoot = profile.overshootDuration().toNanos() / 1e9;
        double on = duty * period;
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double u = (i + 0.5) * dt;
            double v;
            if (u < on) {
                if (u < tau) {
                    v = low + (peak - low) * u / tau;
                } else if (u < tau + overshoot) {
                    v = peak;
                } else {
                    v = compute;
                }
            } else {
                double x = u - on;
                double from = on < tau ? low + (peak - low) * on / tau : on < tau + overshoot ? peak : compute;
                v = x < tau ? from + (low - from) * x / tau : low;
            }
            w[i] = v;
        }
        // the chip smooths its own power first; the power supplies' store then shaves what reaches the shelf
        if (profile.smoothing() != null) {
            profile.smoothing().smooth(w, dt);
        }
        if (psuJoules > 0) {
            shave(w, dt, psuJoules);
        }
        return new GpuWaveform(period, w);
    }

    /**
     * Power-supply storage: the highest power is shaved to a level whose excess energy per iteration equals the
     * store, and the lowest filled by the same energy (the store refills in the troughs), so the mean is unchanged.
     * Both levels are found with Commons Math's Brent solver.
     */
    static void shave(double[] w, double dt, double joules) {
        double mean = 0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double v : w) {
            mean += v;
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        mean /= w.length;
        if (max - min < 1e-9) {
            return;
        }
        double aboveMean = excess(w, dt, mean);
        double hi;
        double lo;
        BrentSolver solver = new BrentSolver(1e-9, 1e-9);
        if (aboveMean <= joules) {
            hi = mean;
            lo = mean;
        } else {
            hi = solver.solve(200, h -> excess(w, dt, h) - joules, mean, max);
            double shaved = excess(w, dt, hi);
            lo = solver.solve(200, l -> deficit(w, dt, l) - shaved, min, mean);
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.max(lo, Math.min(hi, w[i]));
        }
    }

    private static double excess(double[] w, double dt, double level) {
        double e = 0;
        for (double v : w) {
            e += Math.max(0, v - level);
        }
        return e * dt;
    }

    private static double deficit(double[] w, double dt, double level) {
        double e = 0;
        for (double v : w) {
            e += Math.max(0, level - v);
        }
        return e * dt;
    }

    /**
     * The summed waveform of groups of GPUs {offset seconds, GPUs}, each group shifted by its offset: a job's
     * racks, pooled by their timing jitter, as one waveform (watts for all of them).
     */
    public GpuWaveform jittered(java.util.List<double[]> groups) {
        int n = w.length;
        double[] sum = new double[n];
        for (double[] g : groups) {
            int shift = (int) Math.round(g[0] / dt);
            shift = ((shift % n) + n) % n;
            double gpus = g[1];
            // the waveform shifted round: its last samples first, then the rest
            for (int i = 0; i < shift; i++) {
                sum[i] += gpus * w[i - shift + n];
            }
            for (int i = shift; i < n; i++) {
                sum[i] += gpus * w[i - shift];
            }
        }
        return new GpuWaveform(period, sum);
    }

    /** The energy from time 0 to {@code t} (seconds, any sign), joules. */
    public double cumulative(double t) {
        // Math.floor's value without its call: evaluate's C1 compiler does not inline it, and this runs per step
        double periods = t * perPeriod;
        double q = (long) periods;
        if (q > periods) {
            q -= 1;
        }
        double x = t - q * period;
        int j = (int) (x * perSample);
        if (j >= w.length) {
            j = w.length - 1;
        } else if (j < 0) {
            j = 0;
        }
        return q * periodEnergy + cum[j] + w[j] * (x - j * dt);
    }

    /** The energy over {@code [a, b]}, joules. */
    public double energy(double a, double b) {
        return cumulative(b) - cumulative(a);
    }

    /** The power at {@code t}, watts. */
    public double at(double t) {
        double x = t - Math.floor(t / period) * period;
        int j = Math.min(w.length - 1, Math.max(0, (int) (x / dt)));
        return w[j];
    }

    public double mean() {
        return periodEnergy / period;
    }

    public double period() {
        return period;
    }

    public double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : w) {
            max = Math.max(max, v);
        }
        return max;
    }

    public double min() {
        double min = Double.POSITIVE_INFINITY;
        for (double v : w) {
            min = Math.min(min, v);
        }
        return min;
    }
}
