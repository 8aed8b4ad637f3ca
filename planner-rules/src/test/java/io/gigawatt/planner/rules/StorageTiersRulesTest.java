package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * storage.drl's storage by time scale on the rule-test campus of {@link ScenarioBuilder}: Phase 1 draws 100 MW, from
 * 200 MW of grid under ERCOT (whose NOGRR 282 asks loads of 75 MW or more to ride through voltage dips) with the swing
 * workload of {@link SwingRulesTest}, or from 40 MW of grid with generators for the rest.
 */
class StorageTiersRulesTest {

    private static final String TIERS = "Storage by time scale of a phase";
    private static final String UNANSWERED = "An event without the storage that answers it";
    private static final String UNDER_ERCOT = SwingRulesTest.WORKLOAD + "utility:\n  preset: ERCOT-2026\n";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    @Test
    @Fires(TIERS)
    void statesWhatEachTimeScaleHoldsAndTheEventsThePhaseFaces() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().plannedBatteries(40).section(SwingRulesTest.WORKLOAD
                + "mitigations:\n  psuStorage: true\n  rideThrough: {storageSeconds: 5, returnSeconds: 1}\n"));

        assertThat(single(evaluation, TIERS, "Phase 1").message()).isEqualTo("Phase 1 stores energy on each time"
                + " scale as follows: rack (ms-s): the GPUs' power shelves and UPS or rack batteries for 5 s; batteries"
                + " (s-min): 40 x megablock; bridge generation (min-h): 5 x smt-130; it faces a generator trip"
                + " (batteries), the training swing (rack or batteries) (in brackets, the scales that answer each).");
        assertThat(findingsOf(evaluation, UNANSWERED)).isEmpty();
    }

    @Test
    @Fires(TIERS)
    void aPhaseOnAFlexibleTrancheFacesItsCurtailmentEvents() throws Exception {
        Evaluation evaluation = evaluate(rules, FlexibleTrancheRulesTest.flexible());

        // the flexible tranche carries the phase: no generators, and the batteries sized for its swing ride the events
        assertThat(single(evaluation, TIERS, "Phase 1").message()).isEqualTo("Phase 1 stores energy on each time"
                + " scale as follows: rack (ms-s): none; batteries (s-min): 11 x megablock; bridge generation (min-h):"
                + " none; it faces curtailment events (bridge generation or batteries) (in brackets, the scales"
                + " that answer each).");
    }

    @Test
    @NearMiss(TIERS)
    void aPhaseThatFacesNoEventSaysNothingOfStorage() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(200));

        assertThat(findingsOf(evaluation, TIERS)).isEmpty();
        assertThat(findingsOf(evaluation, UNANSWERED)).isEmpty();
    }

    @Test
    @Fires(UNANSWERED)
    void warnsOfTheEventsNoTimeScaleOfThePlanAnswers() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().gridMw(200).section(UNDER_ERCOT
                + "mitigations:\n  battery: false\n"));

        Finding finding = single(evaluation, UNANSWERED, "Phase 1");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).isEqualTo("Phase 1 faces the grid code's voltage dips (rack), the training"
                + " swing (rack or batteries) with nothing on the time scales in brackets, which answer it; it has"
                + " rack (ms-s): none; batteries (s-min): none; bridge generation (min-h): none.");
    }

    @Test
    @NearMiss(UNANSWERED)
    void storageOnEveryScaleAnEventNeedsIsQuietWhateverItsSize() throws Exception {
        // 0.1 s of UPS is far short of NOGRR 282's 2 s: the ride-through rule says so, not this one
        Evaluation evaluation = evaluate(rules, scenario().gridMw(200).section(UNDER_ERCOT
                + "mitigations:\n  battery: false\n  rideThrough: {storageSeconds: 0.1, returnSeconds: 1}\n"));

        assertThat(findingsOf(evaluation, UNANSWERED)).isEmpty();
        assertThat(findingsOf(evaluation, "Ride-through not declared under the grid code")).hasSize(1);
    }
}
