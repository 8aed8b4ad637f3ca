package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.units.Power;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every limit of the shipped library measured on a trace made, from the limit's own figures, to keep it and on one made
 * to break it: a ramp at 95% and 105% of the limit, a swing whose range is 95% and 105% of it (in the middle of its band,
 * when it has one); and held to loads from its threshold, not below.
 */
class UtilityLimitsLibraryTest {

    private static final double BASE_MW = 100;
    private static final double KEEPS = 0.95;
    private static final double BREAKS = 1.05;

    static Stream<Arguments> everyLimit() {
        UtilityLibrary library = UtilityLibrary.shipped();
        List<Arguments> all = new ArrayList<>();
        for (String name : library.names()) {
            for (UtilityLimit limit : library.named(name).orElseThrow().limits()) {
                all.add(Arguments.of(name, limit));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyLimit")
    void aTraceWithinTheLimitKeepsItAndOneBeyondBreaksIt(String utility, UtilityLimit limit) {
        double dt = stepFor(limit);
        LimitMargin kept = measured(limit, trace(limit, KEEPS, dt), dt);
        LimitMargin broken = measured(limit, trace(limit, BREAKS, dt), dt);

        assertThat(kept.judged()).isTrue();
        assertThat(kept.margin()).as(utility + " kept").isPositive();
        assertThat(broken.margin()).as(utility + " broken").isNegative();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyLimit")
    void aLimitHoldsLoadsFromItsThresholdAndNoneBelow(String utility, UtilityLimit limit) {
        Power from = limit.appliesFrom() == null ? Power.mw(0.001) : limit.appliesFrom();

        assertThat(limit.appliesTo(from)).isTrue();
        assertThat(limit.appliesTo(Power.mw(from.mw() * KEEPS))).as(utility).isEqualTo(limit.appliesFrom() == null);
    }

    @Test
    void aSwingOutsideAFiltersBandDoesNotCountAgainstIt() {
        List<UtilityLimit> lipa = UtilityLibrary.shipped().named("LIPA").orElseThrow().limits();
        double dt = 0.005;
        // a 20 MW swing at 1 Hz: far over LIPA's 10 MW in 0.1-5 Hz, nothing in 5-55 Hz
        double[] slow = sine(20, 1, 60, dt);

        List<LimitMargin> margins = LimitMargin.measure(limits(lipa), slow, dt, 0);

        assertThat(margins.get(0).margin()).isNegative();
        assertThat(margins.get(1).margin()).isGreaterThan(0.9);
        assertThat(LimitMargin.binding(margins)).contains(margins.get(0));
    }

    @Test
    void aBandAboveWhatTheStepSeesIsNotJudgedNorBinding() {
        List<UtilityLimit> lipa = UtilityLibrary.shipped().named("LIPA").orElseThrow().limits();
        double dt = 0.1;

        List<LimitMargin> margins = LimitMargin.measure(limits(lipa), sine(4, 0.5, 60, dt), dt, 0);

        assertThat(margins.get(1).judged()).isFalse();
        assertThat(LimitMargin.binding(margins)).contains(margins.get(0));
        assertThat(margins.get(0).margin()).isCloseTo(0.6, org.assertj.core.api.Assertions.within(0.05));
    }

    private static UtilityLimits limits(List<UtilityLimit> limits) {
        return new UtilityLimits("test", limits, UtilityLimits.DEFAULT_BAND_LOW_HZ, UtilityLimits.DEFAULT_BAND_HIGH_HZ, null, null);
    }

    private static LimitMargin measured(UtilityLimit limit, double[] trace, double dt) {
        return LimitMargin.measure(limits(List.of(limit)), trace, dt, 0).get(0);
    }

    /** Fine enough to see a filter's whole band (55 Hz at 5 ms steps). */
    private static double stepFor(UtilityLimit limit) {
        return limit.filtered() ? 0.005 : 0.1;
    }

    private static double[] trace(UtilityLimit limit, double factor, double dt) {
        return switch (limit.kind()) {
            case RAMP -> ramp(limit.value() * factor, limit.window().toNanos() / 1e9, dt);
            case RANGE -> {
                double hz = limit.filtered() ? Math.sqrt(limit.lowHz() * limit.highHz())
                        : 4 / (limit.window().toNanos() / 1e9);
                yield sine(limit.value() * factor, hz, Math.max(60, 20 / hz), dt);
            }
            case BAND_SHARE -> throw new AssertionError("the library sets no band share");
        };
    }

    /** Steady, then rising at {@code mwPerSecond} for two windows, then steady again. */
    private static double[] ramp(double mwPerSecond, double windowSeconds, double dt) {
        int window = (int) Math.round(windowSeconds / dt);
        double[] x = new double[4 * window];
        for (int k = 0; k < x.length; k++) {
            int rising = Math.min(Math.max(k - window, 0), 2 * window);
            x[k] = BASE_MW + mwPerSecond * rising * dt;
        }
        return x;
    }

    /** A swing of {@code peakToPeakMw} at {@code hz} for {@code seconds}, its peaks on samples. */
    private static double[] sine(double peakToPeakMw, double hz, double seconds, double dt) {
        double[] x = new double[(int) Math.round(seconds / dt)];
        for (int k = 0; k < x.length; k++) {
            x[k] = BASE_MW + peakToPeakMw / 2 * Math.sin(2 * Math.PI * hz * k * dt);
        }
        return x;
    }
}
