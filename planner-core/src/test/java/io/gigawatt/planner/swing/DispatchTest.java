package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Battery dispatch over a swinging load: energy bookkeeping and the limits it holds. */
class DispatchTest {

    /** A 60 MW square swing (4 s, 60% on) over a 100 MW base, 20 minutes at 100 ms. */
    static double[] swinging() {
        double[] x = new double[12_000];
        for (int k = 0; k < x.length; k++) {
            x[k] = 100 + ((k % 40) < 24 ? 60 : 0);
        }
        return x;
    }

    /** Grid share 0.3, grid ramp 0.2 MW/s over 60 s, generators ramping 0.5 MW/s with a 10 MW step. */
    static SupplySetup setup() {
        return new SupplySetup(0.1, new SupplySetup.GridLimits(0.3, 0.2, 600, Double.POSITIVE_INFINITY, 50),
                new SupplySetup.BandLimit(0.1, 20, 0.2), new SupplySetup.GeneratorLimits(0.5, 10),
                new SupplySetup.BatteryUnit(1, 4, 0.92, 0.05, 0.95), new SupplySetup.GeneratorTrip(15, 0, 0.5, 60));
    }

    /** A trace known in full ahead, at the 100 ms steps of {@link #swinging}. */
    static Foresight known(double[] load) {
        return Foresight.exact(load, 0.1);
    }

    @Test
    void energyInIsEnergyOutOverEfficiencyPlusTheChangeOfCharge() {
        for (int units : new int[] {5, 40, 200}) {
            for (boolean trip : new boolean[] {false, true}) {
                Dispatch.Result r = Dispatch.run(swinging(), known(swinging()), setup(), units, trip ? 0 : -1);

                assertThat(r.energyOutMwh()).isPositive();
                assertThat(r.energyInMwh()).isCloseTo(r.energyOutMwh() / 0.92 + r.storedEndMwh() - r.storedStartMwh(),
                        within(1e-9 * r.energyInMwh()));
                assertThat(r.storedEndMwh()).isCloseTo(r.soc()[r.soc().length - 1] * units * 4, within(1e-9));
            }
        }
    }

    @Test
    void everyStepIsSuppliedByGridGeneratorsAndBatteries() {
        double[] load = swinging();
        Dispatch.Result r = Dispatch.run(load, known(load), setup(), 40, -1);

        for (int k = 0; k < load.length; k++) {
            assertThat(r.grid()[k] + r.generators()[k] + r.battery()[k]).isCloseTo(load[k], within(1e-9));
        }
    }

    @Test
    void theStateOfChargeStaysWithinItsBoundsAndPowerWithinTheUnits() {
        Dispatch.Result r = Dispatch.run(swinging(), known(swinging()), setup(), 20, 0);

        for (int k = 0; k < r.soc().length; k++) {
            assertThat(r.soc()[k]).isBetween(0.05 - 1e-12, 0.95 + 1e-12);
            assertThat(Math.abs(r.battery()[k])).isLessThanOrEqualTo(20 + 1e-9);
        }
    }

    @Test
    void withoutBatteriesTheGridAndGeneratorsCarryTheSwing() {
        Dispatch.Result r = Dispatch.run(swinging(), known(swinging()), setup(), 0, -1);

        assertThat(TraceStats.peakToTrough(r.grid())).isCloseTo(0.3 * 60, within(1e-9));
        assertThat(r.battery()).containsOnly(0.0);
        assertThat(r.saturated()).isFalse();
    }

    @Test
    void theSearchFindsTheFewestUnitsThatHoldEveryLimit() {
        double[] load = swinging();
        SupplySetup s = setup();
        double reference = Spectrum.of(load, 0.1).totalEnergy() * 0.09;

        Integer units = SwingModel.smallest(n -> SwingModel.holds(load, known(load), s, n, -1, reference), 0);

        assertThat(units).isNotNull().isGreaterThan(20);
        assertThat(SwingModel.holds(load, known(load), s, units, -1, reference)).isTrue();
        assertThat(SwingModel.holds(load, known(load), s, units - 1, -1, reference)).isFalse();
        // With the largest generator tripping at the peak, it takes at least as many.
        int peak = TraceStats.argMax(load);
        Integer withTrip = SwingModel.smallest(n -> SwingModel.holds(load, known(load), s, n, peak, reference),
                units);
        assertThat(withTrip).isGreaterThanOrEqualTo(units);
        if (withTrip > units) {
            assertThat(SwingModel.holds(load, known(load), s, withTrip - 1, peak, reference)).isFalse();
        }
    }

    @Test
    void theBankEndsTheWindowWithTheChargeItStartedWith() {
        double[] load = swinging();
        SupplySetup s = setup();
        double reference = Spectrum.of(load, 0.1).totalEnergy() * 0.09;
        Integer units = SwingModel.smallest(n -> SwingModel.holds(load, known(load), s, n, -1, reference), 0);

        Dispatch.Result r = Dispatch.run(load, known(load), s, units, -1);

        // what a bank drains in one window it would drain in every one: the sizing holds for every hour, not the first
        assertThat(r.storedEndMwh()).isGreaterThanOrEqualTo(r.storedStartMwh() * (1 - SwingModel.ENDING_SHORTFALL));
    }

    @Test
    void aCrashIsNotForeseenTheScheduleIs() {
        double[] scheduled = swinging();
        double[] crashed = swinging();
        int crash = 6_000;
        for (int k = crash; k < crashed.length; k++) {
            crashed[k] = 100;
        }
        Foresight learntAtTheCrash = Foresight.of(new int[] {0, crash}, new double[][] {scheduled, crashed}, 0.1);

        Dispatch.Result r = Dispatch.run(crashed, learntAtTheCrash, setup(), 40, -1);
        Dispatch.Result asScheduled = Dispatch.run(scheduled, known(scheduled), setup(), 40, -1);
        Dispatch.Result foreseen = Dispatch.run(crashed, known(crashed), setup(), 40, -1);

        // until the crash the draw is the one the schedule plans; a dispatch told of it ahead would already descend
        assertThat(Arrays.copyOf(r.sources(), crash)).containsExactly(Arrays.copyOf(asScheduled.sources(), crash));
        assertThat(foreseen.sources()[crash - 1]).isLessThan(asScheduled.sources()[crash - 1]);
    }

    @Test
    void aTripTakenOnFromTheStepsWithoutOneIsTheDispatchTrippedFromTheStart() {
        double[] load = swinging();
        int n = load.length;
        // 5 units cannot serve the swing (saturated before any trip), 200 can
        for (int units : new int[] {5, 200}) {
            Dispatch.Untripped shared = new Dispatch.Untripped(load, known(load), setup(), units);
            Dispatch.Result whole = shared.whole();
            assertThat(whole.saturated()).isEqualTo(units == 5);
            for (int at : new int[] {n - 1, 4_321, 0, 9_000}) {
                Dispatch.Result tripped = shared.trippedAt(at);

                assertSame(tripped, new Dispatch.Untripped(load, known(load), setup(), units).trippedAt(at));
                assertThat(Arrays.copyOf(tripped.sources(), at)).containsExactly(Arrays.copyOf(whole.sources(), at));
                assertThat(Arrays.copyOf(tripped.soc(), at)).containsExactly(Arrays.copyOf(whole.soc(), at));
                assertThat(tripped.energyInMwh()).isCloseTo(tripped.energyOutMwh() / 0.92 + tripped.storedEndMwh()
                        - tripped.storedStartMwh(), within(1e-9 * tripped.energyInMwh()));
            }
            // a trip after the window's end is the window without one
            Dispatch.Result never = shared.trippedAt(n);
            assertThat(List.of(never.energyInMwh(), never.energyOutMwh(), never.storedEndMwh(), never.saturated()))
                    .isEqualTo(List.of(whole.energyInMwh(), whole.energyOutMwh(), whole.storedEndMwh(),
                            whole.saturated()));
            Dispatch.Untripped tripsFirst = new Dispatch.Untripped(load, known(load), setup(), units);
            assertSame(tripsFirst.trippedAt(7_000), shared.trippedAt(7_000));
            assertSame(tripsFirst.trippedAt(3_000), shared.trippedAt(3_000));
            assertSame(tripsFirst.whole(), whole);
        }
    }

    private static void assertSame(Dispatch.Result a, Dispatch.Result b) {
        assertThat(a.grid()).containsExactly(b.grid());
        assertThat(a.generators()).containsExactly(b.generators());
        assertThat(a.battery()).containsExactly(b.battery());
        assertThat(a.soc()).containsExactly(b.soc());
        assertThat(a.sources()).containsExactly(b.sources());
        assertThat(List.of(a.energyInMwh(), a.energyOutMwh(), a.storedStartMwh(), a.storedEndMwh(), a.saturated(),
                a.tripped())).isEqualTo(List.of(b.energyInMwh(), b.energyOutMwh(), b.storedStartMwh(),
                b.storedEndMwh(), b.saturated(), b.tripped()));
    }

    @Test
    void theSearchGivesUpWhenNoCountHolds() {
        assertThat(SwingModel.smallest(n -> false, 0)).isNull();
        assertThat(SwingModel.smallest(n -> false, 0, 50)).isNull();
        assertThat(SwingModel.smallest(n -> true, 7)).isEqualTo(7);
    }

    @Test
    void theSearchFindsTheSameAnswerWhateverItsGuess() {
        for (int answer : new int[] {1, 2, 3, 37, 38, 64, 1234, 99_999}) {
            for (int guess : new int[] {0, 1, 2, 30, 37, 38, 39, 50, 1000, 200_000}) {
                Integer found = SwingModel.smallest(n -> n >= answer, 0, guess);
                assertThat(found).as("answer %d from guess %d", answer, guess).isEqualTo(answer);
                assertThat(SwingModel.smallestAbove(n -> n >= answer, -1, guess))
                        .as("answer %d from hint %d", answer, guess).isEqualTo(answer);
            }
        }
    }

    @Test
    void aSearchFromTheAnswerOrOneBelowItTriesTwoCounts() {
        for (int answer : new int[] {1, 38, 1234}) {
            for (int hint : new int[] {answer - 1, answer}) {
                List<Integer> tried = new ArrayList<>();
                Integer found = SwingModel.smallestAbove(n -> tried.add(n) && n >= answer, -1, hint);

                assertThat(found).isEqualTo(answer);
                assertThat(tried).as("answer %d from hint %d", answer, hint).containsExactlyInAnyOrder(answer - 1, answer);
            }
        }
    }
}
