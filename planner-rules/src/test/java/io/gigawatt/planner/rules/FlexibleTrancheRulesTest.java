package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * grid.drl's flexible tranches. The default scenario's Phase 1 draws 100 MW (64,000 GPUs, 1,562.5 W each) on
 * 2025-04-01 from 40 MW of firm grid and a 100 MW tranche taken flexible from 2025-02-01, firm from 2027-01-01,
 * curtailable 44 h a year in events of up to 2 h. An event cuts the grid to 40 MW: 60 MW to ride. No generator runs
 * (the grid carries the phase), so none has headroom to give; the batteries sized for the swing (11 megablocks, 55 MW,
 * 220 MWh) hold 55 MW for 2 h; the workload sheds the rest, up to 6.35% of 100 MW.
 */
class FlexibleTrancheRulesTest {

    private static final String SOONER = "Flexible tranches bring a phase forward";
    private static final String CURTAILMENT = "Curtailment of a flexible tranche";
    private static final String LOST = "Curtailment costs GPU-hours above the policy";
    private static final String NOTHING = "Nothing to ride a curtailment event with";
    private static final String RELIEF = "Curtailment relief assumed above what the workload allows";
    private static final String EVENTS = "22 events of 2 h (44 h a year) x ";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    static ScenarioBuilder flexible() {
        return scenario().flexibleTranche(LocalDate.of(2027, 1, 1), LocalDate.of(2025, 2, 1), 100, 44, 2);
    }

    @Test
    @Fires(CURTAILMENT)
    void statesHowAPhaseRidesTheEventsAndTheGpuHoursTheyCost() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible());

        // 5 MW on the GPUs: 5 / 100 MW of 64,000 GPUs = 3,200 GPUs for each of the 44 hours
        assertFinding(single(evaluation, CURTAILMENT, "Phase 1"), new Finding(CURTAILMENT, "grid", Severity.INFO,
                "Phase 1 leans on the 100 MW flexible grid tranche, curtailable until 2027-01-01 by ERCOT on 24 h "
                        + "notice: each event cuts 60 MW, ridden by generators 0 MW, batteries 55 MW and the workload "
                        + "5 MW, 0 MW dropped; " + EVENTS + "3,200 GPUs stopped = 140,800 GPU-hours a year.",
                "Phase 1", numbers("shortfallMw", 60, "lostGpuHours", 140_800, "lostShare", 140_800 / (64_000 * 8760.0)),
                null));
    }

    @Test
    @NearMiss({CURTAILMENT, LOST, NOTHING, RELIEF, SOONER})
    void aFirmTrancheIsNeverCurtailed() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().tranche(LocalDate.of(2025, 2, 1), 100)
                .curtailableShare(0.25));

        assertThat(rulesFired(evaluation)).doesNotContain(CURTAILMENT, LOST, NOTHING, RELIEF, SOONER);
    }

    @Test
    @NearMiss(CURTAILMENT)
    void aPhaseInServiceOnlyOnceTheTrancheIsFirmIsNotCurtailed() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().flexibleTranche(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 2, 1), 100, 44, 2));

        assertThat(rulesFired(evaluation)).doesNotContain(CURTAILMENT);
    }

    @Test
    @Fires(LOST)
    void warnsWhenTheEventsStopMoreGpuHoursThanThePolicyAccepts() throws Exception {
        // 8 planned megablocks hold 40 MW: 20 MW on the GPUs, 12,800 GPUs, 0.1004% of the phase's GPU-hours
        Evaluation evaluation = evaluate(rules, flexible().plannedBatteries(8));

        assertFinding(single(evaluation, LOST, "Phase 1"), new Finding(LOST, "grid", Severity.WARNING,
                "Phase 1 loses 563,200 GPU-hours a year to the 100 MW flexible tranche's curtailment, 0.1% of its "
                        + "GPU-hours, above the 0.1% the policy accepts: " + EVENTS
                        + "12,800 GPUs stopped = 563,200 GPU-hours.",
                "Phase 1", numbers("lostGpuHours", 563_200, "lostShare", 563_200 / (64_000 * 8760.0), "maximum", 0.001),
                "line up 20 MW more to ride an event for 2 h (generators within the permit, or batteries), or take "
                        + "the tranche firm on 2027-01-01"));
    }

    @Test
    @Fires({CURTAILMENT, LOST})
    void aTrancheWithNoFirmDateIsCurtailableForGoodAndTheRemedyAsksForOne() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().flexibleTranche(null, LocalDate.of(2025, 2, 1), 100, 44, 2)
                .plannedBatteries(8));

        assertThat(single(evaluation, CURTAILMENT, "Phase 1").message()).startsWith("Phase 1 leans on the 100 MW "
                + "flexible grid tranche, curtailable with no firm date by ERCOT on 24 h notice: each event cuts "
                + "60 MW");
        assertThat(single(evaluation, LOST, "Phase 1").recommendation()).isEqualTo("line up 20 MW more to ride an "
                + "event for 2 h (generators within the permit, or batteries), or ask the utility for a firm date");
    }

    @Test
    @NearMiss(LOST)
    void staysQuietJustUnderThePolicysShare() throws Exception {
        // 9 planned megablocks hold 45 MW: 15 MW on the GPUs, 9,600 GPUs, 0.075% of the phase's GPU-hours
        Evaluation evaluation = evaluate(rules, flexible().plannedBatteries(9));

        assertThat(rulesFired(evaluation)).contains(CURTAILMENT).doesNotContain(LOST);
    }

    @Test
    @Fires(NOTHING)
    void warnsWhenNeitherGeneratorsNorBatteriesCanRideAnEvent() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible().plannedBatteries(0));

        assertFinding(single(evaluation, NOTHING, "Phase 1"), new Finding(NOTHING, "grid", Severity.WARNING,
                "Phase 1 leans on the 100 MW flexible grid tranche but has no generator headroom under the permit and "
                        + "no batteries to ride its events: each event's 60 MW falls on the GPUs.",
                "Phase 1", numbers("shortfallMw", 60),
                "line up generators or batteries for 60 MW over 2 h, or take the tranche firm on 2027-01-01"));
    }

    @Test
    @NearMiss(NOTHING)
    void oneBatteryIsSomethingToRideWith() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible().plannedBatteries(1));

        assertThat(rulesFired(evaluation)).contains(CURTAILMENT).doesNotContain(NOTHING);
    }

    @Test
    @Fires(RELIEF)
    void warnsWhenTheScenarioCountsOnMoreReliefThanTheWorkloadAllows() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible().curtailableShare(0.25));

        assertFinding(single(evaluation, RELIEF, "Phase 1"), new Finding(RELIEF, "grid", Severity.WARNING,
                "Phase 1 counts on its workload shedding 25% of its load in a curtailment event, above the policy's "
                        + "maximumCurtailableShare, 0.0635 of it, what a training campus's workload really allows: "
                        + "what it counts beyond that would be load dropped.",
                "Phase 1", numbers("share", 0.25, "maximum", 0.0635),
                "set grid.curtailableShare to 0.0635 or below, and ride the rest with generators or batteries"));
    }

    @Test
    @NearMiss(RELIEF)
    void theMeasuredShareItselfIsAccepted() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible().curtailableShare(0.0635));

        assertThat(rulesFired(evaluation)).contains(CURTAILMENT).doesNotContain(RELIEF);
    }

    @Test
    @Fires(SOONER)
    void statesHowMuchSoonerTheFlexibleTranchesMakeAPhaseReady() throws Exception {
        // two turbines under the permit and 40 MW of firm grid cannot carry 100 MW: taken firm, the tranche's date holds
        Evaluation evaluation = evaluate(rules, flexible().permitCapUnits(2)
                .section("timeline:\n  orders:\n    generators: 2024-01-01\n"));

        assertFinding(single(evaluation, SOONER, "Phase 1"), new Finding(SOONER, "grid", Severity.INFO,
                "Phase 1 is ready on 2025-04-01 with the flexible grid tranches counted, 640 days before 2027-01-01, "
                        + "when it would be with every tranche taken firm.",
                "Phase 1", numbers("daysSooner", 640), null));
    }

    @Test
    @NearMiss(SOONER)
    void saysNothingWhenTheGeneratorsWouldHaveMadeThePhaseReadyAnyway() throws Exception {
        Evaluation evaluation = evaluate(rules, flexible().section("timeline:\n  orders:\n    generators: 2024-01-01\n"));

        assertThat(rulesFired(evaluation)).contains(CURTAILMENT).doesNotContain(SOONER);
    }
}
