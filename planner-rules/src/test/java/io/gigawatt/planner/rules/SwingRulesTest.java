package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.Threshold;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.swing.SwingAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The power-swing rules of storage.drl. Each test takes the rule-test campus of {@link ScenarioBuilder} (64,000 test
 * GPUs swinging between 200 W and 1,000 W, 40 MW of grid, smt-130 turbines, megablock batteries) and adds a
 * five-minute workload of one synchronous job on all GPUs, 4 s iterations at 60% compute. Near misses put the
 * limit a thousandth beyond the figure the simulation found with the same seed, so the rule has nothing to judge.
 */
class SwingRulesTest {

    private static final String SWING = "Power swing of a phase";
    private static final String HOLD = "Swing held within the limits by batteries";
    private static final String RAMP = "Grid draw ramps faster than the utility allows";
    private static final String RANGE = "Grid draw swings beyond the utility's short-term range";
    private static final String BAND = "Swing energy in the utility's critical band";
    private static final String GENERATORS = "Generators cannot follow the training swing";
    private static final String PLANNED = "Planned batteries cannot hold the swing limits";
    private static final String FLOOR = "Power floor burns energy";

    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());

    static final String WORKLOAD = """
            workload:
              windowMinutes: 5
              seed: 11
              jobs:
                - name: pretraining
                  share: 1
                  iterationSeconds: 4
                  computeDuty: 0.6
            """;

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleEngine.compile(DefaultPack.sources());
    }

    private static Evaluation evaluate(String yaml) throws InputException {
        return evaluate(yaml, PolicyReader.defaultPolicy());
    }

    private static Evaluation evaluate(String yaml, Policy policy) throws InputException {
        return rules.evaluate(new Planner().plan(LOADER.load("swing-rule-test.yaml", yaml)), policy);
    }

    /** The rule-test campus with a workload and the given utility and mitigations sections. */
    private static String campus(String sections) {
        return scenario().yaml() + WORKLOAD + sections;
    }

    /** The rule-test campus with {@code units} batteries lined up for Phase 1. */
    private static String planned(String yaml, int units) {
        return yaml.replace("equipment:\n", "      planned:\n        batteries: " + units + "\nequipment:\n");
    }

    private static SwingAssessment swing(Evaluation evaluation) {
        return evaluation.plan().phases().get(0).swing();
    }

    private static List<Finding> findingsOf(Evaluation evaluation, String rule) {
        return evaluation.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Finding single(Evaluation evaluation, String rule) {
        List<Finding> found = findingsOf(evaluation, rule);
        assertThat(found).as("findings of '%s' among %s", rule, evaluation.findings()).hasSize(1);
        return found.get(0);
    }

    private static Policy policy(String threshold, double value) {
        Map<String, Threshold> thresholds = new LinkedHashMap<>(PolicyReader.defaultPolicy().thresholds());
        thresholds.put(threshold, new Threshold(threshold, value, "test"));
        return new Policy(thresholds);
    }

    /** A limit a little off a simulated figure, written as YAML reads it back exactly. */
    private static String times(double value, double factor) {
        return new BigDecimal(value * factor).setScale(9, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    @Test
    @Fires(SWING)
    void statesTheSwingOfEverySimulatedPhase() throws InputException {
        Evaluation evaluation = evaluate(campus(""));
        SwingAssessment s = swing(evaluation);

        // 64,000 GPUs between 200 W and the step after a rise (half 1,170 W overshoot, half 1,000 W): at most 56.6 MW.
        assertThat(s.peakToTrough().mw()).isBetween(45.0, 56.6);
        Finding finding = single(evaluation, SWING);
        assertThat(finding.family()).isEqualTo("storage");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.subject()).isEqualTo("Phase 1");
        assertThat(finding.message()).isEqualTo("Phase 1 swings by " + s.peakToTrough() + " peak to trough under its"
                + " training workload (5 min at 100 ms), ramping at up to " + s.maxRamp() + ", with "
                + Findings.percent(s.bandShareBefore()) + " of the swing's energy in 0.1-20 Hz.");
        assertThat(finding.numbers().get("peakToTroughMw")).isEqualTo(s.peakToTrough().mw());
        assertThat(finding.numbers().get("bandShareBefore")).isGreaterThan(0.9);
        // Without a workload nothing is simulated and the rule is silent.
        assertThat(findingsOf(evaluate(scenario().yaml()), SWING)).isEmpty();
    }

    @Test
    @Fires(HOLD)
    void statesTheBatteriesThatHoldTheLimits() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                utility:
                  rampMwPerSecond: 0.1
                  rampWindowSeconds: 60
                  bandMaxShare: 0.2
                """));
        SwingAssessment s = swing(evaluation);

        Finding finding = single(evaluation, HOLD);
        assertThat(s.battery().units()).isPositive();
        assertThat(finding.message()).startsWith(s.battery().units() + " x megablock (" + s.battery().power() + ", "
                + s.battery().energy() + ") hold Phase 1's swing within a ramp of 0.1 MW/s over 1 min, 20% of the"
                + " swing's energy in 0.1-20 Hz and the generators' ramp and load step, also through a trip of the"
                + " largest generator");
        assertThat(finding.numbers().get("units")).isEqualTo(s.battery().units());
        assertThat(finding.numbers().get("unitsForTrip")).isGreaterThanOrEqualTo(finding.numbers().get("unitsForLimits"));
        assertThat(rulesFired(evaluation)).doesNotContain(RAMP, BAND, GENERATORS, PLANNED);
    }

    @Test
    @NearMiss(HOLD)
    void saysNothingOfBatteriesSwitchedOff() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                mitigations:
                  battery: false
                """));

        assertThat(swing(evaluation).battery().sized()).isTrue();
        assertThat(findingsOf(evaluation, HOLD)).isEmpty();
    }

    @Test
    void withDispatchSimulatedThePowerOnlyBatteryRulesLeaveThePlannedUnitsToTheSimulation() throws InputException {
        // 10,000 GPUs on two smt-130 (no grid): 2 planned megablocks (10 MW) are below the 14.19 MW of a trip
        String campus = planned(scenario().gpus(10_000).gridMw(0).yaml() + WORKLOAD, 2);

        Evaluation dispatched = evaluate(campus);
        Evaluation switchedOff = evaluate(campus + """
                mitigations:
                  battery: false
                """);

        assertThat(findingsOf(dispatched, "Planned battery power below the largest generator trip")).isEmpty();
        assertThat(findingsOf(dispatched, "Batteries for swings and trips")).isEmpty();
        assertThat(single(dispatched, PLANNED).severity()).isEqualTo(Severity.ERROR);
        // with dispatch off nothing simulates the planned units: the power-only rules judge them as without a workload
        assertThat(single(switchedOff, "Planned battery power below the largest generator trip").severity())
                .isEqualTo(Severity.ERROR);
        assertThat(findingsOf(switchedOff, "Batteries for swings and trips")).hasSize(1);
        assertThat(findingsOf(switchedOff, PLANNED)).isEmpty();
    }

    @Test
    @Fires({RAMP, GENERATORS})
    void withoutBatteriesTheGridRampsTooFastAndTheGeneratorsCannotFollow() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                utility:
                  rampMwPerSecond: 0.5
                mitigations:
                  battery: false
                """));
        SwingAssessment s = swing(evaluation);

        Finding ramp = single(evaluation, RAMP);
        assertThat(ramp.severity()).isEqualTo(Severity.ERROR);
        assertThat(ramp.message()).isEqualTo("Phase 1's grid draw ramps at " + s.gridMaxRamp()
                + " over 1 s with no batteries, above the utility's 0.5 MW/s.");
        assertThat(ramp.numbers().get("rampLimitMwPerSecond")).isEqualTo(0.5);
        assertThat(ramp.recommendation()).isEqualTo("switch on battery dispatch: " + s.battery().units()
                + " x megablock (" + s.battery().power() + ", " + s.battery().energy() + ") hold the limits");
        Finding generators = single(evaluation, GENERATORS);
        assertThat(generators.message()).startsWith("Phase 1's generators are asked to follow ")
                .contains(" of what they can with no batteries: they ramp ");
        assertThat(generators.numbers().get("generatorFollowRatio")).isGreaterThan(1);
    }

    @Test
    @NearMiss(RAMP)
    void aGridRampJustWithinTheLimitIsQuiet() throws InputException {
        String off = """
                mitigations:
                  battery: false
                """;
        double ramp = swing(evaluate(campus("utility:\n  rampMwPerSecond: 1000\n" + off))).gridMaxRamp().mwPerSecond();

        Evaluation within = evaluate(campus("utility:\n  rampMwPerSecond: " + times(ramp, 1.001) + "\n" + off));
        Evaluation beyond = evaluate(campus("utility:\n  rampMwPerSecond: " + times(ramp, 0.999) + "\n" + off));

        assertThat(findingsOf(within, RAMP)).isEmpty();
        assertThat(findingsOf(beyond, RAMP)).hasSize(1);
    }

    @Test
    @Fires(RANGE)
    void withoutBatteriesTheGridDrawSwingsBeyondItsRange() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                utility:
                  preset: ERCOT-2026
                mitigations:
                  battery: false
                """));
        SwingAssessment s = swing(evaluation);

        // The grid carries 40% of the swing: about 20 MW within 5 s, against ERCOT's proposed 10 MW.
        Finding range = single(evaluation, RANGE);
        assertThat(range.message()).isEqualTo("Phase 1's grid draw moves by " + s.gridRange()
                + " within 5 s with no batteries, beyond the utility's 10 MW.");
        assertThat(range.numbers().get("gridRangeMw")).isBetween(15.0, 25.0);
        assertThat(range.numbers().get("rangeLimitMw")).isEqualTo(10);
    }

    @Test
    @NearMiss(RANGE)
    void aGridRangeJustWithinTheLimitIsQuiet() throws InputException {
        String off = "mitigations:\n  battery: false\n";
        double range = swing(evaluate(campus("utility:\n  rangeMw: 1000\n" + off))).gridRange().mw();

        Evaluation within = evaluate(campus("utility:\n  rangeMw: " + times(range, 1.001) + "\n" + off));
        Evaluation beyond = evaluate(campus("utility:\n  rangeMw: " + times(range, 0.999) + "\n" + off));

        assertThat(findingsOf(within, RANGE)).isEmpty();
        assertThat(findingsOf(beyond, RANGE)).hasSize(1);
    }

    @Test
    @Fires(BAND)
    void withoutBatteriesTheSwingsEnergyStaysInTheCriticalBand() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                utility:
                  bandMaxShare: 0.2
                mitigations:
                  battery: false
                """));
        SwingAssessment s = swing(evaluation);

        Finding band = single(evaluation, BAND);
        assertThat(band.message()).isEqualTo("Phase 1's grid draw keeps " + Findings.percent(s.bandShareAfter())
                + " of the swing's energy in 0.1-20 Hz with no batteries, above the utility's 20%.");
        assertThat(band.numbers().get("bandShareAfter")).isGreaterThan(0.9);
    }

    @Test
    @NearMiss(BAND)
    void aBandShareJustWithinTheLimitIsQuiet() throws InputException {
        // Two megablocks take part of the swing: about a third of its energy stays in the band.
        String two = planned(campus("utility:\n  bandMaxShare: 0.99\n"), 2);
        double share = swing(evaluate(two)).bandShareAfter();
        assertThat(share).isBetween(0.2, 0.6);

        Evaluation within = evaluate(two.replace("bandMaxShare: 0.99", "bandMaxShare: " + times(share, 1.001)));
        Evaluation beyond = evaluate(two.replace("bandMaxShare: 0.99", "bandMaxShare: " + times(share, 0.999)));

        assertThat(findingsOf(within, BAND)).isEmpty();
        assertThat(findingsOf(beyond, BAND)).hasSize(1);
    }

    @Test
    @NearMiss(GENERATORS)
    void generatorsAskedJustWithinTheirToleranceAreQuiet() throws InputException {
        // With Megapacks (0.98 MW each) a few short of what holds the limits, the generators are asked a little
        // beyond what they can; the policy's tolerance decides. (Just short, it is the bank's charge at the hour's end
        // that fails first: the first count below that the generators cannot follow is looked for.)
        String yaml = scenario().batteries("megapack-2xl-4h").yaml() + WORKLOAD;
        int units = swing(evaluate(yaml)).battery().forLimits();
        int few = units - 1;
        double ratio = swing(evaluate(planned(yaml, few))).generatorFollowRatio();
        while (ratio <= 1) {
            ratio = swing(evaluate(planned(yaml, --few))).generatorFollowRatio();
        }
        assertThat(ratio).isBetween(1.0, 2.0);

        Evaluation within = evaluate(planned(yaml, few), policy("swingLimitTolerance", ratio - 1 + 0.001));
        Evaluation beyond = evaluate(planned(yaml, few), policy("swingLimitTolerance", ratio - 1 - 0.001));

        assertThat(findingsOf(within, GENERATORS)).isEmpty();
        assertThat(findingsOf(beyond, GENERATORS)).hasSize(1);
    }

    @Test
    @Fires(PLANNED)
    void plannedBatteriesOneShortAreAnError() throws InputException {
        String yaml = campus("");
        int units = swing(evaluate(yaml)).battery().units();

        Evaluation evaluation = evaluate(planned(yaml, units - 1));

        Finding finding = single(evaluation, PLANNED);
        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).startsWith("Phase 1 plans " + (units - 1) + " x megablock but " + units + " (")
                .endsWith("also through a trip of the largest generator: 1 short.");
        assertThat(finding.numbers()).containsEntry("shortfall", 1.0).containsEntry("units", (double) units);
        assertThat(finding.recommendation()).startsWith("add 1 x megablock (5 MW) to the " + (units - 1) + " planned");
    }

    @Test
    @NearMiss(PLANNED)
    void plannedBatteriesThatHoldTheLimitsAreQuiet() throws InputException {
        String yaml = campus("");
        int units = swing(evaluate(yaml)).battery().units();

        Evaluation evaluation = evaluate(planned(yaml, units));

        assertThat(findingsOf(evaluation, PLANNED)).isEmpty();
        assertThat(findingsOf(evaluation, HOLD)).hasSize(1);
    }

    @Test
    @Fires(FLOOR)
    void aHighPowerFloorBurnsMoreEnergyThanThePolicyAccepts() throws InputException {
        Evaluation evaluation = evaluate(campus("""
                mitigations:
                  powerFloor: 0.6
                """));
        SwingAssessment s = swing(evaluation);

        // The trough rises from 200 W to 600 W on 64,000 GPUs for 40% of each iteration: ~10 MW, ~10% more energy.
        Finding floor = single(evaluation, FLOOR);
        assertThat(floor.severity()).isEqualTo(Severity.WARNING);
        assertThat(floor.message()).isEqualTo("Phase 1's power floor of 60% of TDP burns " + s.powerFloorEnergy()
                + " over 5 min, " + Findings.percent(s.powerFloorShare()) + " more energy, above the 5% the policy accepts.");
        assertThat(floor.numbers().get("powerFloorShare")).isBetween(0.05, 0.15);
        assertThat(floor.numbers().get("powerFloorMwh")).isCloseTo(s.powerFloorEnergy().mwh(), within(1e-12));
        // The swing's own finding says what the floor costs too.
        assertThat(single(evaluation, SWING).message()).contains("its power floor of 60% of TDP burns ");
    }

    @Test
    @NearMiss(FLOOR)
    void aPowerFloorJustWithinThePolicyIsQuiet() throws InputException {
        String yaml = campus("mitigations:\n  powerFloor: 0.6\n");
        double share = swing(evaluate(yaml)).powerFloorShare();

        Evaluation within = evaluate(yaml, policy("maximumPowerFloorEnergyShare", share + 0.0001));
        Evaluation beyond = evaluate(yaml, policy("maximumPowerFloorEnergyShare", share - 0.0001));

        assertThat(findingsOf(within, FLOOR)).isEmpty();
        assertThat(findingsOf(beyond, FLOOR)).hasSize(1);
    }

    @Test
    void colossusStatesItsSwingAndRemovingTheBatteriesMakesItAnError() throws Exception {
        String colossus = Files.readString(Path.of("../examples/colossus.yaml"), StandardCharsets.UTF_8);
        Evaluation with = evaluate(colossus);
        Evaluation without = evaluate(colossus.replace("battery: true", "battery: false"));

        SwingAssessment one = with.plan().phases().get(0).swing();
        // 100,000 H100 swinging together: tens of MW (https://arxiv.org/abs/2508.14318), nearly all of it in 0.1-20 Hz.
        assertThat(one.peakToTrough().mw()).isBetween(40.0, 80.0);
        assertThat(one.bandShareBefore()).isGreaterThan(0.9);
        assertThat(findingsOf(with, HOLD)).extracting(Finding::subject).containsExactly("Colossus 1", "Doubling");
        assertThat(with.findings()).filteredOn(f -> f.family().equals("storage") && f.severity() == Severity.ERROR)
                .isEmpty();
        assertThat(without.findings()).filteredOn(f -> f.family().equals("storage") && f.severity() == Severity.ERROR)
                .extracting(Finding::rule).contains(BAND, GENERATORS);
    }

    private static List<String> rulesFired(Evaluation evaluation) {
        return evaluation.findings().stream().map(Finding::rule).toList();
    }
}
