package io.gigawatt.planner.swing;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * Where a swing's energy sits in frequency, by Commons Math's FFT. The trace's mean is removed (a steady draw is no
 * swing), it is padded with zeros to a power of two, and the energy of each frequency bin summed. Frequencies above
 * half the sampling rate cannot be seen: at 100 ms steps the band ends at 5 Hz.
 */
public final class Spectrum {

    private final double[] energy;
    private final double binHz;
    private final double total;

    private Spectrum(double[] energy, double binHz) {
        this.energy = energy;
        this.binHz = binHz;
        double sum = 0;
        for (double e : energy) {
            sum += e;
        }
        this.total = sum;
    }

    /** The FFT's length for a trace of {@code length} values: the next power of two. */
    static int paddedLength(int length) {
        int n = Integer.highestOneBit(Math.max(2, length - 1)) << 1;
        return n / 2 >= length ? n / 2 : n;
    }

    /**
     * All of the swing energy of {@code x} in the spectrum's units, without the FFT (Parseval: the energy summed over
     * the frequencies is the padded length times the summed squares). An upper bound on any band's energy.
     */
    static double totalEnergyOf(double[] x) {
        double mean = TraceStats.mean(x);
        double sum = 0;
        for (double v : x) {
            sum += (v - mean) * (v - mean);
        }
        return sum * paddedLength(x.length);
    }

    /**
     * The spectrum of {@code x} sampled every {@code dt} seconds. A real trace's spectrum from one complex FFT of half
     * the length: the even samples as real parts, the odd ones as imaginary parts, the two halves' transforms then
     * taken apart and joined: the energies of a complex FFT of the whole trace, to rounding (about 1e-13 of the total).
     */
    public static Spectrum of(double[] x, double dt) {
        int n = paddedLength(x.length);
        int half = n / 2;
        double mean = TraceStats.mean(x);
        double[] re = new double[half];
        double[] im = new double[half];
        for (int k = 0; k < x.length; k++) {
            if ((k & 1) == 0) {
                re[k >> 1] = x[k] - mean;
            } else {
                im[k >> 1] = x[k] - mean;
            }
        }
        FastFourierTransformer.transformInPlace(new double[][] {re, im}, DftNormalization.STANDARD,
                TransformType.FORWARD);
        // One-sided: bins 1..n/2-1 stand for their mirror images too.
        double[] energy = new double[half + 1];
        energy[0] = square(re[0] + im[0]);
        energy[half] = square(re[0] - im[0]);
        Twiddles w = Twiddles.of(n);
        for (int j = 1; j < half; j++) {
            // bin j of the even samples' transform (e) and of the odd ones' (o), from bins j and half - j
            double ar = re[j];
            double ai = im[j];
            double br = re[half - j];
            double bi = -im[half - j];
            double er = 0.5 * (ar + br);
            double ei = 0.5 * (ai + bi);
            double or = 0.5 * (ai - bi);
            double oi = -0.5 * (ar - br);
            double c = w.cos[j];
            double s = w.sin[j];
            double xr = er + c * or + s * oi;
            double xi = ei + c * oi - s * or;
            energy[j] = 2 * (xr * xr + xi * xi);
        }
        return new Spectrum(energy, 1 / (n * dt));
    }

    private static double square(double v) {
        return v * v;
    }

    /** cos and sin of 2 pi j / n for j below n / 2, kept for the last length asked (every trace of a run shares it). */
    private record Twiddles(int n, double[] cos, double[] sin) {

        private static volatile Twiddles last;

        static Twiddles of(int n) {
            Twiddles kept = last;
            if (kept != null && kept.n == n) {
                return kept;
            }
            double[] cos = new double[n / 2];
            double[] sin = new double[n / 2];
            for (int j = 0; j < n / 2; j++) {
                double angle = 2 * Math.PI * j / n;
                cos[j] = Math.cos(angle);
                sin[j] = Math.sin(angle);
            }
            last = new Twiddles(n, cos, sin);
            return last;
        }
    }

    /** The swing energy in {@code [lowHz, highHz]}, in the spectrum's own (arbitrary but consistent) units. */
    public double bandEnergy(double lowHz, double highHz) {
        double sum = 0;
        for (int j = 1; j < energy.length; j++) {
            double f = j * binHz;
            if (f >= lowHz && f <= highHz) {
                sum += energy[j];
            }
        }
        return sum;
    }

    /** All of the swing's energy. */
    public double totalEnergy() {
        return total;
    }

    /** The share of the swing's energy in the band; zero for a trace that does not swing. */
    public double bandShare(double lowHz, double highHz) {
        return total <= 0 ? 0 : bandEnergy(lowHz, highHz) / total;
    }

    /** The highest frequency the spectrum sees. */
    public double nyquistHz() {
        return binHz * (energy.length - 1);
    }
}
