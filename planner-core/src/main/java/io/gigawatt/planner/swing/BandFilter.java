package io.gigawatt.planner.swing;

/**
 * A band filter as a utility's limit names one ("10 MW peak to peak after a 0.1-55 Hz filter"): second-order
 * Butterworth sections (a high-pass at the band's lower edge, a low-pass at its upper edge when the trace's step sees
 * it), run forward and then backward, so the filtered trace keeps its timing. Each run costs a few operations per
 * step, where an FFT of an hour at 100 ms cost as much as a fifth of the swing's whole simulation.
 */
final class BandFilter {

    private static final double Q = Math.sqrt(0.5);

    private BandFilter() {
    }

    /** {@code x}, sampled every {@code dt} seconds, with what lies outside {@code lowHz-highHz} filtered out. */
    static double[] passed(double[] x, double dt, double lowHz, double highHz) {
        double[] y = new double[x.length];
        if (x.length == 0) {
            return y;
        }
        double first = x[0];
        for (int k = 0; k < x.length; k++) {
            y[k] = x[k] - first;
        }
        double nyquist = 0.5 / dt;
        for (boolean backward : new boolean[] {false, true}) {
            section(y, dt, lowHz, true, backward);
            if (highHz < nyquist) {
                section(y, dt, highHz, false, backward);
            }
        }
        return y;
    }

    /** One Butterworth biquad (the audio cookbook's) at {@code hz}, high- or low-pass, over {@code y} in place. */
    private static void section(double[] y, double dt, double hz, boolean highPass, boolean backward) {
        double w0 = 2 * Math.PI * hz * dt;
        double cos = Math.cos(w0);
        double alpha = Math.sin(w0) / (2 * Q);
        double a0 = 1 + alpha;
        double b0 = (highPass ? (1 + cos) / 2 : (1 - cos) / 2) / a0;
        double b1 = (highPass ? -(1 + cos) : 1 - cos) / a0;
        double b2 = b0;
        double a1 = -2 * cos / a0;
        double a2 = (1 - alpha) / a0;
        // transposed direct form II, its state as if the first value taken had always been there
        int n = y.length;
        double start = y[backward ? n - 1 : 0];
        double gain = highPass ? 0 : 1;
        double s1 = start * (gain - b0);
        double s2 = start * (b2 - a2 * gain);
        for (int i = 0; i < n; i++) {
            int k = backward ? n - 1 - i : i;
            double in = y[k];
            double out = b0 * in + s1;
            s1 = b1 * in - a1 * out + s2;
            s2 = b2 * in - a2 * out;
            y[k] = out;
        }
    }
}
