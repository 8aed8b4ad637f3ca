package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grid code's ride-through rule of grid.drl on the rule-test campus of {@link ScenarioBuilder}, with the swing
 * workload of {@link SwingRulesTest} and ERCOT's limits, whose NOGRR 282 asks loads of 75 MW or more to ride through
 * 2 s below 0.9 pu down to 0.15 s below 0.2 pu and draw again within 2 s.
 */
class RideThroughRulesTest {

    private static final String RIDE_THROUGH = "Ride-through not declared under the grid code";
    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleEngine.compile(DefaultPack.sources());
    }

    /** The campus on {@code gridMw} of grid under ERCOT, declaring {@code rideThrough} (YAML under it, or none). */
    private static Evaluation evaluate(double gridMw, String rideThrough) throws InputException {
        String yaml = scenario().gridMw(gridMw).yaml() + SwingRulesTest.WORKLOAD + "utility:\n  preset: ERCOT-2026\n"
                + (rideThrough == null ? "" : "mitigations:\n  rideThrough:\n" + rideThrough);
        return rules.evaluate(new Planner().plan(LOADER.load("ride-through-test.yaml", yaml)),
                PolicyReader.defaultPolicy());
    }

    private static List<Finding> findings(Evaluation evaluation) {
        return evaluation.findings().stream().filter(f -> f.rule().equals(RIDE_THROUGH)).toList();
    }

    @Test
    @Fires(RIDE_THROUGH)
    void aLargeLoadUnderErcotThatDeclaresNothingIsWarned() throws InputException {
        Evaluation evaluation = evaluate(200, null);
        PhasePlan phase = evaluation.plan().phases().get(0);

        assertThat(findings(evaluation)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("Phase 1 draws " + phase.facility() + " from a grid whose code asks loads"
                    + " of 75 MW or more to ride through 2 s below 0.9 pu, 500 ms below 0.8 pu, 250 ms below 0.5 pu,"
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
}
