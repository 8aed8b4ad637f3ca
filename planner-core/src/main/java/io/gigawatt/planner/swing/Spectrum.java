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

    /** The spectrum of {@code x} sampled every {@code dt} seconds. */
    public static Spectrum of(double[] x, double dt) {
        int n = paddedLength(x.length);
        double mean = TraceStats.mean(x);
        double[] padded = new double[n];
        for (int k = 0; k < x.length; k++) {
            padded[k] = x[k] - mean;
        }
        double[][] data = {padded, new double[n]};
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
        // One-sided: bins 1..n/2-1 stand for their mirror images too.
        double[] energy = new double[n / 2 + 1];
        for (int j = 0; j <= n / 2; j++) {
            double re = data[0][j];
            double im = data[1][j];
            energy[j] = (j == 0 || j == n / 2 ? 1 : 2) * (re * re + im * im);
        }
        return new Spectrum(energy, 1 / (n * dt));
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
