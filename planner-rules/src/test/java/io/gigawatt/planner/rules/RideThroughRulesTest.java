package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.swing.RideThrough;
import io.gigawatt.planner.swing.RideThroughLibrary;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid codes' ride-through rules of grid.drl on the rule-test campus of {@link ScenarioBuilder}, with the swing
 * workload of {@link SwingRulesTest}: ERCOT's limits, whose NOGRR 282 asks loads of 75 MW or more to ride through
 * 2 s below 0.9 pu down to 0.15 s below 0.2 pu and draw again within 2 s, and the codes of ride-through.yaml whose
 * envelopes the library does not have.
 */
class RideThroughRulesTest {

    private static final String RIDE_THROUGH = "Ride-through not declared under the grid code";
    private static final String NOT_IN_LIBRARY = "Ride-through envelope not in the library";
    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleEngine.compile(DefaultPack.sources());
    }

    /** The campus on {@code gridMw} of grid under ERCOT, declaring {@code rideThrough} (YAML under it, or none). */
    private static Evaluation evaluate(double gridMw, String rideThrough) throws InputException {
        return evaluate(gridMw, "utility:\n  preset: ERCOT-2026\n", rideThrough);
    }

    /** The campus on {@code gridMw} of grid under {@code utility} (its YAML sections), declaring {@code rideThrough}. */
    private static Evaluation evaluate(double gridMw, String utility, String rideThrough) throws InputException {
        String yaml = scenario().gridMw(gridMw).yaml() + SwingRulesTest.WORKLOAD + utility
                + (rideThrough == null ? "" : "mitigations:\n  rideThrough:\n" + rideThrough);
        return rules.evaluate(new Planner().plan(LOADER.load("ride-through-test.yaml", yaml)),
                PolicyReader.defaultPolicy());
    }

    private static List<Finding> findings(Evaluation evaluation) {
        return findings(evaluation, RIDE_THROUGH);
    }

    private static List<Finding> findings(Evaluation evaluation, String rule) {
        return evaluation.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    @Fires(RIDE_THROUGH)
    void aLargeLoadUnderErcotThatDeclaresNothingIsWarned() throws InputException {
        Evaluation evaluation = evaluate(200, null);
        PhasePlan phase = evaluation.plan().phases().get(0);

        assertThat(findings(evaluation)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Phase 1 draws " + phase.facility() + " from a grid whose code,"
                    + " ERCOT NOGRR 282 (proposed), asks loads of 75 MW or more to ride through 2 s below 0.9 pu, 500 ms below 0.8 pu, 250 ms below 0.5 pu,"
                    + " 150 ms below 0.2 pu and draw again within 2 s (https://www.ercot.com/mktrules/issues/NOGRR282"
                    + " (proposed); summarised at https://epeconsulting.com/epe-intelligence/news/preparing-for-nogrr-282"
                    + "-ercot-s-next-phase-of-large-load-requirements); the plan declares nothing, which does not.");
            assertThat(f.recommendation()).isEqualTo("declare storage that carries the load for 2 s and hands it back"
                    + " within 2 s (mitigations.rideThrough: storageSeconds, returnSeconds), or a grid-facing converter"
                    + " of " + phase.facility() + " (converterMva)");
        });
    }

    @Test
    @NearMiss(RIDE_THROUGH)
    void storageThatJustRidesThroughTheLongestDipAndHandsBackInTimeIsQuiet() throws InputException {
        assertThat(findings(evaluate(200, "    storageSeconds: 2\n    returnSeconds: 2\n"))).isEmpty();
        assertThat(findings(evaluate(200, "    storageSeconds: 1.99\n    returnSeconds: 2\n"))).hasSize(1);
        assertThat(findings(evaluate(200, "    storageSeconds: 2\n    returnSeconds: 2.01\n"))).hasSize(1);
    }

    @Test
    @NearMiss(RIDE_THROUGH)
    void aConverterRatedForTheFacilityIsQuiet() throws InputException {
        double facility = evaluate(200, null).plan().phases().get(0).facility().mw();

        assertThat(findings(evaluate(200, "    converterMva: " + Math.ceil(facility) + "\n"))).isEmpty();
        assertThat(findings(evaluate(200, "    converterMva: " + Math.floor(facility - 1) + "\n"))).hasSize(1);
    }

    @Test
    @NearMiss(RIDE_THROUGH)
    void aPhaseDrawingLessThanTheCodesThresholdIsQuiet() throws InputException {
        assertThat(findings(evaluate(74.9, null))).isEmpty();
        assertThat(findings(evaluate(75, null))).hasSize(1);
    }

    /** A utility of the library under each code whose envelope the library has not, and how the scenario names it. */
    static Stream<Arguments> codesWithoutEnvelope() {
        return Stream.of(
                Arguments.of("CAISO-LLTR-2026", "utility:\n  preset: CAISO-2026\n"),
                Arguments.of("IESO-LCL", "utility:\n  preset: IESO\n"),
                Arguments.of("EIRGRID-DC", "utility:\n  rideThrough: EIRGRID-DC\n"),
                Arguments.of("AEMC-LARGE-LOADS", "utility:\n  preset: SOUTHERN-COMPANY\n  rideThrough: AEMC-LARGE-LOADS\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithoutEnvelope")
    @Fires(NOT_IN_LIBRARY)
    void aCodeWhoseEnvelopeTheLibraryHasNotSaysSoAndJudgesNothing(String code, String utility) throws InputException {
        Evaluation evaluation = evaluate(200, utility, "    storageSeconds: 0.1\n    returnSeconds: 60\n");
        RideThrough rideThrough = RideThroughLibrary.shipped().named(code).orElseThrow();

        assertThat(findings(evaluation)).isEmpty();
        assertThat(findings(evaluation, NOT_IN_LIBRARY)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("whose code, " + rideThrough.name() + ", sets a voltage ride-through",
                    "the library has no envelope for it: " + rideThrough.note() + " (" + rideThrough.source() + ")",
                    "the plan declares storage for 0.1 s, handed back within 60 s, which is not judged.");
            assertThat(f.recommendation()).startsWith("add the envelope from the code's text under gridCodes: " + code);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codesWithoutEnvelope")
    @NearMiss({NOT_IN_LIBRARY, RIDE_THROUGH})
    void anEnvelopeTheScenarioAddsForTheCodeIsJudged(String code, String utility) throws InputException {
        // a planner who has the code's text adds its envelope: 1 s at 0.5 pu, drawing again within 1 s, from 100 MW
        String withEnvelope = "gridCodes:\n  " + code + ":\n    appliesFromMw: 100\n    recoverySeconds: 1\n"
                + "    envelope:\n      - belowPu: 0.5\n        seconds: 1\n" + utility;

        assertThat(findings(evaluate(200, withEnvelope, "    storageSeconds: 1\n    returnSeconds: 1\n"))).isEmpty();
        assertThat(findings(evaluate(200, withEnvelope, "    storageSeconds: 0.99\n    returnSeconds: 1\n")))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("asks loads of 100 MW or more to"
                        + " ride through 1 s below 0.5 pu and draw again within 1 s (the scenario's gridCodes." + code
                        + ")"));
        assertThat(findings(evaluate(99.9, withEnvelope, null))).isEmpty();
        assertThat(findings(evaluate(200, withEnvelope, null), NOT_IN_LIBRARY)).isEmpty();
    }

    @Test
    @NearMiss(NOT_IN_LIBRARY)
    void aUtilityWithoutAGridCodeSaysNothingOfRideThrough() throws InputException {
        Evaluation evaluation = evaluate(200, "utility:\n  preset: SOUTHERN-COMPANY\n", null);

        assertThat(findings(evaluation, NOT_IN_LIBRARY)).isEmpty();
        assertThat(findings(evaluation)).isEmpty();
    }
}
