package io.gigawatt.planner.supply;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

/** The odds of enough units running are remembered; what is remembered is what the binomial gives. */
class GeneratorOddsTest {

    @Test
    void rememberedOddsAreTheBinomialsOwn() {
        for (double availability : new double[] {0.9, 0.93, 0.97, 0.995}) {
            for (int units = 1; units < 80; units += 3) {
                for (int needed = 1; needed <= units; needed += 2) {
                    double expected = 1 - new BinomialDistribution(null, units, availability)
                            .cumulativeProbability(needed - 1);
                    assertThat(GeneratorSizing.probabilityAtLeast(needed, units, availability)).isEqualTo(expected);
                    assertThat(GeneratorSizing.probabilityAtLeast(needed, units, availability)).isEqualTo(expected);
                }
            }
        }
        assertThat(GeneratorSizing.probabilityAtLeast(5, 5, 1.0)).isEqualTo(1.0);
    }
}
