package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.SiteBuilder.plan;
import static io.gigawatt.planner.rules.SiteBuilder.site;
import static io.gigawatt.planner.rules.SitingHarness.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.Threshold;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * siting.drl: the plan of {@link SiteBuilder} (Phase 1 asks 2,000 racks on 120,000 sq ft, 21.3125 acres, 16,602.3
 * MMBtu of gas and 384 m3 of water a day; 5 x smt-130, 4 at rating) at its default site, varied one figure at a time.
 * The policy's minimumSiteMargin is 10%: 132,000 sq ft, 23.44375 acres, 18,262.53 MMBtu and 422.4 m3 a day.
 */
class SitingRulesTest {

    private static final String READINESS = "Site readiness for a phase";
    private static final String LATE = "Site carries a phase after its date";
    private static final String FLOOR = "Site floor area short of the racks";
    private static final String LAND = "Site land short of the on-site supply";
    private static final String GAS = "Gas supply short of the turbines' full-load flow";
    private static final String WATER = "Water supply short of the cooling's daily use";
    private static final String PERMIT = "Air permit caps below the fleet";
    private static final String HEAT = "Site heat sinks the generator fleet";

    private static final String ASKS = " It asks of the site 120,000 sq ft of hall floor for 2,000 racks, 21.3 acres for"
            + " generators and batteries, 16,602 MMBtu/day of gas and 384 m3/day of water.";
    private static final String HEAT_ADVICE =
            "units that hold their rating in heat (gas engines to ~35 C), inlet-air chilling, or a cooler site";

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    private static Policy policyWith(String name, double value) {
        var thresholds = new LinkedHashMap<>(PolicyReader.defaultPolicy().thresholds());
        thresholds.put(name, new Threshold(name, value, "test"));
        return new Policy(thresholds);
    }

    // ---- Readiness: a statement per phase, no threshold.

    @Test
    @Fires(READINESS)
    void statesTheFirstDayAndWhatThePhaseAsksOfTheSite() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site());

        assertFinding(single(evaluation, READINESS, "Phase 1"), new Finding(READINESS, "siting", Severity.INFO,
                "Test site carries Phase 1 (100 MW) from 2025-01-01, 90 days before its date: that day brings its"
                        + " building (ready 2025-01-01) and the 40 MW grid tranche of 2025-01-01, and 40 MW of grid and"
                        + " 5 x smt-130 carry it." + ASKS,
                "Phase 1", numbers("daysLate", -90, "gridMw", 40, "racks", 2_000, "floorSqFt", 120_000,
                        "landAcres", 21.3125, "gasMmbtuPerDay", 16_602.3, "waterM3PerDay", 384), null));
        assertThat(evaluation.feasible()).isTrue();
    }

    @Test
    @Fires(READINESS)
    void saysWhatASiteLacksWhenNoDayWillDo() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().waterM3PerDay(300));

        assertFinding(single(evaluation, READINESS, "Phase 1"), new Finding(READINESS, "siting", Severity.INFO,
                "Test site cannot carry Phase 1 (100 MW) on any day its site file gives: Phase 1 rejects 80 MW of heat"
                        + " with rental-chiller-480: 384 m3/day of water; the site has 300 m3/day." + ASKS,
                "Phase 1", numbers("racks", 2_000, "floorSqFt", 120_000, "landAcres", 21.3125,
                        "gasMmbtuPerDay", 16_602.3, "waterM3PerDay", 384), null));
        assertThat(rulesFired(evaluation)).contains(WATER).doesNotContain(LATE);
    }

    @Test
    void speaksOncePerPhaseAndOnlyInASitingRun() throws Exception {
        ScenarioBuilder twoPhases = plan().phase("Phase 2", LocalDate.of(2025, 7, 1), ScenarioBuilder.GPU, 32_000);

        Evaluation atSite = evaluate(rules, twoPhases, site());
        Evaluation plain = RuleHarness.evaluate(rules, twoPhases);

        assertThat(findingsOf(atSite, READINESS)).extracting(Finding::subject).containsExactly("Phase 1", "Phase 2");
        assertThat(plain.findings()).extracting(Finding::family).doesNotContain("siting");
    }

    // ---- Lateness: maximumSiteDelayDays.

    @Test
    @Fires(LATE)
    void rejectsASiteReadyADayAfterThePhase() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().newBuilding().readyBy(LocalDate.of(2025, 4, 2)));

        assertFinding(single(evaluation, LATE, "Phase 1"), new Finding(LATE, "siting", Severity.ERROR,
                "Test site first carries Phase 1 on 2025-04-02, 1 day after its date of 2025-04-01: it waits for its"
                        + " new halls (ready 2025-04-02).",
                "Phase 1", numbers("daysLate", 1, "maximumSiteDelayDays", 0),
                "bring its new halls (ready 2025-04-02) forward to 2025-04-01, or move Phase 1 to 2025-04-02"));
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @Fires(LATE)
    void countsTheDelayAgainstWhatThePolicyAccepts() throws Exception {
        // The grid arrives 2025-05-15 and no generators may run without gas: 44 days late, 30 accepted.
        Evaluation evaluation = evaluate(rules, plan(), site().gridMw(0).tranche(LocalDate.of(2025, 5, 15), 100).noGas(),
                policyWith("maximumSiteDelayDays", 30));

        assertFinding(single(evaluation, LATE, "Phase 1"), new Finding(LATE, "siting", Severity.ERROR,
                "Test site first carries Phase 1 on 2025-05-15, 44 days after its date of 2025-04-01 (the policy"
                        + " accepts 30): it waits for the 100 MW grid tranche of 2025-05-15.",
                "Phase 1", numbers("daysLate", 44, "maximumSiteDelayDays", 30),
                "bring the 100 MW grid tranche of 2025-05-15 forward to 2025-04-01, or move Phase 1 to 2025-05-15"));
    }

    @Test
    @NearMiss(LATE)
    void acceptsASiteReadyOnThePhasesDate() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().newBuilding().readyBy(LocalDate.of(2025, 4, 1)));

        assertThat(single(evaluation, READINESS, "Phase 1").numbers()).containsEntry("daysLate", 0.0);
        assertThat(rulesFired(evaluation)).doesNotContain(LATE);
    }

    @Test
    @NearMiss(LATE)
    void acceptsADelayThePolicyAccepts() throws Exception {
        // The grid on 2025-05-01: 30 days late, 30 accepted.
        Evaluation evaluation = evaluate(rules, plan(), site().gridMw(0).tranche(LocalDate.of(2025, 5, 1), 100).noGas(),
                policyWith("maximumSiteDelayDays", 30));

        assertThat(single(evaluation, READINESS, "Phase 1").numbers()).containsEntry("daysLate", 30.0);
        assertThat(rulesFired(evaluation)).doesNotContain(LATE);
    }

    // ---- Floor: minimumSiteMargin.

    @Test
    @Fires(FLOOR)
    void rejectsAHallASquareFootShortOfTheMargin() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().floorAreaSqFt(131_999));

        assertFinding(single(evaluation, FLOOR, "Phase 1"), new Finding(FLOOR, "siting", Severity.ERROR,
                "Phase 1's 2,000 racks need 120,000 sq ft of hall floor, 132,000 sq ft with a 10% margin; Test site"
                        + " has 131,999 sq ft.",
                "Phase 1", numbers("racks", 2_000, "floorSqFt", 120_000, "siteFloorSqFt", 131_999,
                        "minimumSiteMargin", 0.1),
                "add 1 sq ft of hall floor by 2025-04-01, or choose GPUs that pack more to a rack"));
        assertThat(rulesFired(evaluation)).doesNotContain(LATE);
    }

    @Test
    @Fires(FLOOR)
    void rejectsAHallTooSmallForTheRacksThemselves() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().floorAreaSqFt(100_000));

        assertThat(single(evaluation, FLOOR, "Phase 1").message()).isEqualTo("Phase 1's 2,000 racks need 120,000 sq ft"
                + " of hall floor, 132,000 sq ft with a 10% margin; Test site has 100,000 sq ft.");
        assertThat(single(evaluation, READINESS, "Phase 1").message()).startsWith("Test site cannot carry Phase 1 (100 MW)"
                + " on any day its site file gives: Phase 1's 2,000 racks need 120,000 sq ft of hall floor; the building"
                + " has 100,000 sq ft.");
    }

    @Test
    @NearMiss(FLOOR)
    void acceptsAHallExactlyAtTheMargin() throws Exception {
        // 120,000 x 1.1 is 132,000 exactly in binary.
        Evaluation evaluation = evaluate(rules, plan(), site().floorAreaSqFt(132_000));

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(FLOOR);
    }

    // ---- Land: minimumSiteMargin.

    @Test
    @Fires(LAND)
    void rejectsLandShortOfTheGeneratorsAndBatteries() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().landAcres(20));

        assertFinding(single(evaluation, LAND, "Phase 1"), new Finding(LAND, "siting", Severity.ERROR,
                "Phase 1's 5 x smt-130 (82.5 MW rated) take 10.3 acres and its 11 x megablock (220 MWh) 11 acres: 21.3"
                        + " acres, 23.4 acres with a 10% margin; Test site has 20 acres for on-site supply.",
                "Phase 1", numbers("landAcres", 21.3125, "siteLandAcres", 20, "minimumSiteMargin", 0.1),
                "find 3.44 acres more beside the site, or more firm grid so fewer generators are needed"));
    }

    @Test
    @NearMiss(LAND)
    void acceptsLandExactlyAtTheMargin() throws Exception {
        // 21.3125 x 1.1 is 23.44375 in binary, no more.
        Evaluation evaluation = evaluate(rules, plan(), site().landAcres(23.44375));

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(LAND);
    }

    // ---- Gas: minimumSiteMargin.

    @Test
    @Fires(GAS)
    void rejectsAPipelineShortOfTheRunningTurbines() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().gasMmbtuPerDay(15_000));

        assertFinding(single(evaluation, GAS, "Phase 1"), new Finding(GAS, "siting", Severity.ERROR,
                "At full load Phase 1's 5 running x smt-130 burn 16,602 MMBtu/day, 18,263 MMBtu/day with a 10% margin;"
                        + " Test site's pipeline delivers 15,000 MMBtu/day.",
                "Phase 1", numbers("gasMmbtuPerDay", 16_602.3, "siteGasMmbtuPerDay", 15_000, "running", 5,
                        "minimumSiteMargin", 0.1),
                "a pipeline lateral for 3,263 MMBtu/day more, or more firm grid so fewer generators run"));
    }

    @Test
    @Fires(GAS)
    void rejectsASiteWithoutPipelineGas() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().noGas());

        assertThat(single(evaluation, GAS, "Phase 1").message()).isEqualTo("At full load Phase 1's 5 running x"
                + " smt-130 burn 16,602 MMBtu/day, 18,263 MMBtu/day with a 10% margin; Test site has no pipeline gas.");
        assertThat(single(evaluation, READINESS, "Phase 1").message()).contains("the site has no pipeline gas");
    }

    @Test
    @NearMiss(GAS)
    void acceptsAPipelineJustAboveTheMargin() throws Exception {
        // 16,602.3 x 1.1 = 18,262.53 MMBtu a day.
        Evaluation evaluation = evaluate(rules, plan(), site().gasMmbtuPerDay(18_263));

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(GAS);
    }

    @Test
    @NearMiss(GAS)
    void asksNoGasWhenTheGridCarriesThePhase() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().gridMw(100).noGas());

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(GAS);
    }

    // ---- Water: minimumSiteMargin.

    @Test
    @Fires(WATER)
    void rejectsWaterShortOfTheCoolingsDailyUse() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().waterM3PerDay(400));

        assertFinding(single(evaluation, WATER, "Phase 1"), new Finding(WATER, "siting", Severity.ERROR,
                "Phase 1 rejects 80 MW of heat with rental-chiller-480 at 0.2 L/kWh: 384 m3/day of water, 422 m3/day"
                        + " with a 10% margin; Test site has 400 m3/day.",
                "Phase 1", numbers("waterM3PerDay", 384, "siteWaterM3PerDay", 400, "minimumSiteMargin", 0.1),
                "secure 22.4 m3/day more (recycled wastewater, a new well), or cool with less water"));
    }

    @Test
    @NearMiss(WATER)
    void acceptsWaterJustAboveTheMargin() throws Exception {
        // 384 x 1.1 = 422.4 m3 a day.
        Evaluation evaluation = evaluate(rules, plan(), site().waterM3PerDay(423));

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(WATER);
    }

    // ---- Air permit: its caps.

    @Test
    @Fires(PERMIT)
    void rejectsAFleetOneUnitAboveThePermit() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(4));

        assertFinding(single(evaluation, PERMIT, "Phase 1"), new Finding(PERMIT, "siting", Severity.ERROR,
                "Phase 1 needs 5 x smt-130 (82.5 MW rated) at Test site; its air permit allows 4 units.",
                "Phase 1", numbers("units", 5, "ratedMw", 82.5),
                "apply for 5 units and 82.5 MW before 2025-04-01, or bring more firm grid to Phase 1"));
    }

    @Test
    @Fires(PERMIT)
    void rejectsANameplateAboveThePermitInANonattainmentArea() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(5).permitCapMw(82.4).nonattainment());

        assertFinding(single(evaluation, PERMIT, "Phase 1"), new Finding(PERMIT, "siting", Severity.ERROR,
                "Phase 1 needs 5 x smt-130 (82.5 MW rated) at Test site; its air permit allows 5 units and 82.4 MW, in"
                        + " a nonattainment area.",
                "Phase 1", numbers("units", 5, "ratedMw", 82.5),
                "a larger permit in a nonattainment area needs emission offsets: plan on more firm grid for Phase 1"));
    }

    @Test
    @NearMiss(PERMIT)
    void acceptsAFleetExactlyAtThePermit() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(5).permitCapMw(82.5));

        assertThat(rulesFired(evaluation)).contains(READINESS).doesNotContain(PERMIT, HEAT);
        // The generation family's permit rules read the plan's own caps, which a siting run drops.
        assertThat(rulesFired(evaluation)).doesNotContain("Generator fleet above the air-permit unit cap");
    }

    // ---- Heat: a fleet that fits at rating but not at the design ambient.

    @Test
    @Fires(HEAT)
    void warnsWhenTheHeatIsWhatBreaksThePermit() throws Exception {
        // At rating ceil(60 / 16.5) = 4 units would fit the permit's 4; at 35 C it takes 5.
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(4));

        assertFinding(single(evaluation, HEAT, "Phase 1"), new Finding(HEAT, "siting", Severity.WARNING,
                "At 35 C each smt-130 gives 14.2 MW, 86% of its 16.5 MW rating: Phase 1 needs 5 units where Test site"
                        + " allows 4 (the air permit's cap of 4 units); at rating 4 would do.",
                "Phase 1", numbers("units", 5, "unitsAtRating", 4, "maxUnits", 4, "derateFactor", 0.86), HEAT_ADVICE));
    }

    @Test
    @Fires(HEAT)
    void warnsWhenTheHeatIsWhatBreaksTheLand() throws Exception {
        // 19.25 acres: 11 for the batteries leave 8.25, four units of 2.0625 acres.
        Evaluation evaluation = evaluate(rules, plan(), site().landAcres(19.25));

        assertThat(single(evaluation, HEAT, "Phase 1").message()).isEqualTo("At 35 C each smt-130 gives 14.2 MW, 86% of"
                + " its 16.5 MW rating: Phase 1 needs 5 units where Test site allows 4 (its 19.3 acres of land (11 acres of"
                + " it for batteries)); at rating 4 would do.");
    }

    @Test
    @NearMiss(HEAT)
    void staysQuietWhenTheFleetWouldNotFitEvenAtRating() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(3));

        assertThat(rulesFired(evaluation)).contains(PERMIT).doesNotContain(HEAT);
    }

    @Test
    @NearMiss(HEAT)
    void staysQuietWhenTheFleetFitsAtTheDesignAmbient() throws Exception {
        Evaluation evaluation = evaluate(rules, plan(), site().permitCapUnits(5));

        assertThat(rulesFired(evaluation)).doesNotContain(PERMIT, HEAT);
    }

    // ---- The siting thresholds, read from a policy file.

    /**
     * For each siting threshold: a policy value, a site, the rule, and whether the rule fires by default (the policy
     * value then quiets it) or not (the value makes it fire).
     */
    static Stream<Arguments> movedThresholds() {
        return Stream.of(
                // 132,000 sq ft hold 120,000 with 10% to spare, not with 20%.
                Arguments.of("minimumSiteMargin", 0.2, (Supplier<SiteBuilder>) () -> site().floorAreaSqFt(132_000),
                        FLOOR, false),
                // The grid on 2025-05-01 and no gas: 30 days late, refused by default, accepted at 30.
                Arguments.of("maximumSiteDelayDays", 30, (Supplier<SiteBuilder>) () -> site().gridMw(0)
                        .tranche(LocalDate.of(2025, 5, 1), 100).noGas(), LATE, true));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("movedThresholds")
    void everySitingThresholdIsReadFromThePolicy(String threshold, Number value, Supplier<SiteBuilder> site,
                                                 String rule, boolean firesByDefault, @TempDir Path folder)
            throws Exception {
        Path file = Files.writeString(folder.resolve("policy.yaml"), "thresholds:\n  " + threshold + ": " + value + "\n");

        Evaluation byDefault = evaluate(rules, plan(), site.get());
        Evaluation moved = evaluate(rules, plan(), site.get(), PolicyReader.read(file));

        assertThat(rulesFired(byDefault).contains(rule)).isEqualTo(firesByDefault);
        assertThat(rulesFired(moved).contains(rule)).isEqualTo(!firesByDefault);
    }
}
