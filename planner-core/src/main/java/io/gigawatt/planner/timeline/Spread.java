package io.gigawatt.planner.timeline;

import io.gigawatt.planner.units.Quantities;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * An uncertain input as a planner states it: the lowest value they expect, the most likely one and the highest.
 * The Monte Carlo draws it from a triangular distribution over that range; a range of one value is fixed.
 */
public record Spread(double low, double likely, double high) {

    public Spread {
        if (!(low <= likely && likely <= high)) {
            throw new IllegalArgumentException("a spread needs low <= likely <= high, got " + low + ", " + likely + ", " + high);
        }
    }

    public static Spread fixed(double value) {
        return new Spread(value, value, value);
    }

    public boolean uncertain() {
        return low < high;
    }

    /** A sampler drawing from this spread with {@code random}; a fixed spread always gives its value. */
    public Sampler sampler(RandomGenerator random) {
        if (!uncertain()) {
            return () -> likely;
        }
        TriangularDistribution distribution = new TriangularDistribution(random, low, likely, high);
        return distribution::sample;
    }

    /** Draws one value. */
    @FunctionalInterface
    public interface Sampler {
        double sample();
    }

    /** "0 / 30 / 180": low, likely, high. */
    @Override
    public String toString() {
        return Quantities.format(low) + " / " + Quantities.format(likely) + " / " + Quantities.format(high);
    }
}
