package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.units.Power;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every grid code of the shipped ride-through library judged, from its own figures, on a plan made to meet it and on
 * plans just short of it: storage that carries the load 1% less than the longest dip, or hands it back 1% later than
 * the recovery, a converter rated 1% under the facility, a load just under the code's threshold. A code the library
 * has no envelope for judges no plan, however generous.
 */
class RideThroughLibraryTest {

    private static final Power FACILITY = Power.mw(200);
    private static final double SHORT = 0.99;
    private static final double LATE = 1.01;

    static List<String> codesWithEnvelope() {
        return codes(true);
    }

    static List<String> codesWithoutEnvelope() {
        return codes(false);
    }

    private static List<String> codes(boolean known) {
        RideThroughLibrary library = RideThroughLibrary.shipped();
        return library.names().stream().filter(n -> library.named(n).orElseThrow().known() == known).toList();
    }

    private static RideThrough code(String name) {
        return RideThroughLibrary.shipped().named(name).orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithEnvelope")
    void storageForTheLongestDipHandedBackWithinTheRecoveryMeetsTheCodeAndAnyLessDoesNot(String name) {
        RideThrough code = code(name);
        double longest = code.longest().toNanos() / 1e9;
        double recovery = code.recovery().toNanos() / 1e9;

        assertThat(code.metBy(new RideThroughPlan(longest, recovery, null), FACILITY)).isTrue();
        assertThat(code.metBy(new RideThroughPlan(longest * SHORT, recovery, null), FACILITY)).isFalse();
        assertThat(code.metBy(new RideThroughPlan(longest, recovery * LATE, null), FACILITY)).isFalse();
        assertThat(code.metBy(new RideThroughPlan(longest, null, null), FACILITY)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithEnvelope")
    void aConverterRatedForTheFacilityMeetsTheCodeAndASmallerOneDoesNot(String name) {
        RideThrough code = code(name);

        assertThat(code.metBy(new RideThroughPlan(null, null, FACILITY.mw()), FACILITY)).isTrue();
        assertThat(code.metBy(new RideThroughPlan(null, null, FACILITY.mw() * SHORT), FACILITY)).isFalse();
        assertThat(code.metBy(null, FACILITY)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithEnvelope")
    void theCodeAppliesFromItsThresholdAndNotBelow(String name) {
        RideThrough code = code(name);
        Power from = code.appliesFrom() == null ? Power.mw(0.001) : code.appliesFrom();

        assertThat(code.appliesTo(from)).isTrue();
        assertThat(code.appliesTo(Power.mw(from.mw() * SHORT))).isEqualTo(code.appliesFrom() == null);
        assertThat(code.appliesTo(Power.mw(0))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithEnvelope")
    void everyDipOfTheEnvelopeIsOneTheLoadCanBeAskedToRideThrough(String name) {
        RideThrough code = code(name);

        assertThat(code.envelope()).isNotEmpty().allSatisfy(dip -> {
            assertThat(dip.belowPu()).isStrictlyBetween(0.0, 1.0);
            assertThat(dip.lasting()).isPositive().isLessThanOrEqualTo(code.longest());
        });
        // deeper dips are ridden through for no longer than shallower ones
        List<RideThrough.Dip> byDepth = code.envelope().stream()
                .sorted((a, b) -> Double.compare(b.belowPu(), a.belowPu())).toList();
        for (int k = 1; k < byDepth.size(); k++) {
            assertThat(byDepth.get(k).lasting()).as(name + " below " + byDepth.get(k).belowPu() + " pu")
                    .isLessThanOrEqualTo(byDepth.get(k - 1).lasting());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithoutEnvelope")
    void aCodeWithoutItsEnvelopeSaysWhereToLookAndJudgesNoPlan(String name) {
        RideThrough code = code(name);

        assertThat(code.note()).isNotBlank();
        assertThat(code.recovery()).isNull();
        assertThat(code.metBy(new RideThroughPlan(3_600.0, 0.01, 10_000.0), FACILITY)).isFalse();
    }
}
