package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A GPU's power smoothing on one repeating iteration: 2 s at 1,000 W, 2 s at 200 W, sampled every millisecond. */
class PowerSmoothingTest {

    private static final double DT = 0.001;

    private static double[] iteration() {
        double[] w = new double[4000];
        for (int i = 0; i < w.length; i++) {
            w[i] = i < 2000 ? 1000 : 200;
        }
        return w;
    }

    @Test
    void thePowerRisesAndFallsNoFasterThanTheRampsAndHoldsThroughTheHysteresis() {
        double[] w = iteration();

        new PowerSmoothing(0, 2000, 500, Duration.ofMillis(300)).smooth(w, DT);

        for (int i = 1; i < w.length; i++) {
            double change = (w[i] - w[i - 1]) / DT;
            assertThat(change).as("at %d ms", i).isBetween(-500 - 1e-6, 2000 + 1e-6);
        }
        // the fall starts 300 ms after the job's power drops and takes 800 W / 500 W/s = 1.6 s: 200 W by 1.9 s
        assertThat(w[2000 + 290]).isCloseTo(1000, within(1e-6));
        assertThat(w[2000 + 700]).isCloseTo(1000 - 0.4 * 500, within(1.0));
        // rising from 200 W at 2 kW/s takes 400 ms into the compute phase
        assertThat(w[200]).isCloseTo(200 + 0.2 * 2000, within(2.0));
        assertThat(w[1000]).isEqualTo(1000);
        assertThat(w[2000 + 1950]).isEqualTo(200);
    }

    @Test
    void aFallTooSlowForTheTroughNeverReachesIt() {
        double[] w = iteration();

        new PowerSmoothing(0, 100_000, 100, Duration.ZERO).smooth(w, DT);

        // at 100 W/s the power loses 200 W in the 2 s trough and wins it back at once: it swings 800-1,000 W
        assertThat(java.util.Arrays.stream(w).min().orElseThrow()).isCloseTo(800, within(1.0));
    }
}
