package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;
import org.junit.jupiter.api.Test;

class SpectrumTest {

    /** A square wave of {@code hz} between 0 and 1, sampled every {@code dt} seconds for {@code seconds}. */
    static double[] square(double hz, double dt, double seconds) {
        double[] x = new double[(int) Math.round(seconds / dt)];
        for (int k = 0; k < x.length; k++) {
            double t = (k + 0.5) * dt;
            x[k] = (t * hz) % 1 < 0.5 ? 1 : 0;
        }
        return x;
    }

    @Test
    void aPureHalfHertzSquareWaveHasItsEnergyIn0point1To20Hz() {
        assertThat(Spectrum.of(square(0.5, 0.1, 600), 0.1).bandShare(0.1, 20)).isGreaterThan(0.98);
        assertThat(Spectrum.of(square(0.5, 0.01, 600), 0.01).bandShare(0.1, 20)).isGreaterThan(0.98);
    }

    @Test
    void aSquareWaveOfOneCycleInHundredSecondsHasLittleThere() {
        // Only its 11th and higher odd harmonics reach 0.1 Hz: ~4% of the energy.
        assertThat(Spectrum.of(square(0.01, 0.1, 3600), 0.1).bandShare(0.1, 20)).isBetween(0.02, 0.08);
    }

    @Test
    void aSteadyTraceHasNoSwingEnergy() {
        double[] flat = new double[1000];
        java.util.Arrays.fill(flat, 42);

        assertThat(Spectrum.of(flat, 0.1).totalEnergy()).isCloseTo(0, within(1e-12));
        assertThat(Spectrum.of(flat, 0.1).bandShare(0.1, 20)).isZero();
    }

    @Test
    void theBandEndsAtHalfTheSamplingRate() {
        assertThat(Spectrum.of(new double[36_000], 0.1).nyquistHz()).isCloseTo(5, within(1e-9));
    }

    @Test
    void rollingFiguresOfATrace() {
        double[] x = {0, 1, 3, 2, 2, 7, 7};

        assertThat(TraceStats.peakToTrough(x)).isEqualTo(7);
        assertThat(TraceStats.maxStepRamp(x, 0.5)).isEqualTo(10);
        assertThat(TraceStats.maxRange(x, 2)).isEqualTo(5);
        assertThat(TraceStats.maxTotalVariation(x, 3)).isEqualTo(6);
        assertThat(TraceStats.maxRampOver(x, 3, 1)).isCloseTo(5 / 3.0, within(1e-12));
    }

    @Test
    void theRollingRangeIsTheLargestOfEveryWindowsHighestMinusLowest() {
        Random random = new Random(11);
        for (int length : new int[] {1, 2, 7, 50, 51, 52, 1_000}) {
            double[] x = new double[length];
            for (int k = 0; k < length; k++) {
                x[k] = random.nextInt(4) == 0 ? x[Math.max(0, k - 1)] : 100 + random.nextInt(20) + random.nextGaussian();
            }
            for (int m : new int[] {0, 1, 2, 3, 9, 50, 999, 5_000}) {
                for (int from : new int[] {0, 1, length / 3}) {
                    int to = Math.max(from, length - from);
                    assertThat(TraceStats.maxRange(x, from, to, m, Double.POSITIVE_INFINITY))
                            .as("%d values, window of %d steps, from %d to %d", length, m, from, to)
                            .isEqualTo(rangeOfEveryWindow(x, from, to, m));
                }
            }
        }
    }

    @Test
    void aRollingRangeBoundStopsAtAWindowBeyondIt() {
        double[] x = {0, 1, 0, 1, 0, 6, 0, 9, 0, 0};

        assertThat(TraceStats.maxRange(x, 0, x.length, 1, 1)).isEqualTo(6);
        assertThat(TraceStats.maxRange(x, 0, x.length, 1, 8)).isEqualTo(9);
        assertThat(TraceStats.maxRange(x, 0, 5, 1, 0.5)).isEqualTo(1);
    }

    /** The rolling range by its definition: every window of m steps (m + 1 values; all of them when fewer). */
    private static double rangeOfEveryWindow(double[] x, int from, int to, int m) {
        int width = Math.min(Math.max(1, m) + 1, to - from);
        double best = 0;
        for (int start = from; start + width <= to; start++) {
            double hi = Double.NEGATIVE_INFINITY;
            double lo = Double.POSITIVE_INFINITY;
            for (int k = start; k < start + width; k++) {
                hi = Math.max(hi, x[k]);
                lo = Math.min(lo, x[k]);
            }
            best = Math.max(best, hi - lo);
        }
        return best;
    }

    @Test
    void theRealTraceTransformGivesTheWholeComplexTransformsEnergies() {
        Random random = new Random(7);
        for (int length : new int[] {36_000, 1_001, 64, 3}) {
            double[] x = new double[length];
            for (int k = 0; k < length; k++) {
                x[k] = 50 + 10 * Math.sin(k * 0.7) + random.nextGaussian();
            }
            double dt = 0.1;
            Spectrum spectrum = Spectrum.of(x, dt);
            double[] expected = complexEnergies(x);
            double binHz = 1 / (Spectrum.paddedLength(length) * dt);
            for (int j = 1; j < expected.length; j++) {
                assertThat(spectrum.bandEnergy((j - 0.25) * binHz, (j + 0.25) * binHz))
                        .as("bin %d of %d", j, length)
                        .isCloseTo(expected[j], within(1e-12 * spectrum.totalEnergy()));
            }
            // both within rounding of Parseval's sum (the complex transform's twiddles drift a little further)
            assertThat(spectrum.totalEnergy()).isCloseTo(sum(expected), within(1e-12 * sum(expected)));
        }
    }

    /** The one-sided energies of {@code x} less its mean, by a complex FFT of the padded trace as it is. */
    private static double[] complexEnergies(double[] x) {
        int n = Spectrum.paddedLength(x.length);
        double mean = TraceStats.mean(x);
        double[][] data = {new double[n], new double[n]};
        for (int k = 0; k < x.length; k++) {
            data[0][k] = x[k] - mean;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
        double[] energy = new double[n / 2 + 1];
        for (int j = 0; j <= n / 2; j++) {
            energy[j] = (j == 0 || j == n / 2 ? 1 : 2) * (data[0][j] * data[0][j] + data[1][j] * data[1][j]);
        }
        return energy;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
