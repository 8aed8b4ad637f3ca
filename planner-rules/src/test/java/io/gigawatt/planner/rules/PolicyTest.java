package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.rulesFired;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.Threshold;
import io.gigawatt.planner.rules.policy.ThresholdSpec;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Policy files: the thresholds the rules judge against come in as {@link Threshold} facts, the defaults from
 * {@code default-policy.yaml} with a planner's file over them. A changed threshold moves its rule; a custom one
 * reaches a planner's own rule; a broken file is told as {@code file:line:col: field: problem}.
 */
class PolicyTest {

    private static final String BELOW_MINIMUM = "Grid share below the policy minimum";
    private static final String NO_TRANCHE = "No grid tranche reaches the minimum share";

    /** A planner's own rule on a custom threshold: 2 m3 of water evaporates per MWh of heat, 48 m3 per MW a day. */
    private static final RuleSource WATER_RULE = new RuleSource("planner/water.drl", """
            package planner.water;

            import io.gigawatt.planner.plan.PhasePlan;
            import io.gigawatt.planner.rules.policy.Threshold;
            import function io.gigawatt.planner.rules.Findings.finding;

            rule "Evaporative cooling above the water budget"
                @family(water)
                @severity(WARNING)
                @doc("Evaporative cooling takes about 2 m3 of water per MWh of heat; above the policy's maximumDailyWaterM3 the site needs another water permit.")
            when
                Threshold( name == "maximumDailyWaterM3", $maximum : value, $source : source )
                $p : PhasePlan( it.watts / 1e6 * 48 > $maximum )
            then
                double water = $p.it().mw() * 48;
                insert(finding(kcontext, $p.name(), $p.name() + " evaporates about " + Math.round(water)
                        + " m3 of water a day, above the " + Math.round($maximum) + " m3 set at " + $source + ".")
                        .with("waterM3", water).with("maximumDailyWaterM3", $maximum));
            end
            """);

    private static RuleEngine rules;

    @TempDir
    Path folder;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    private Path policyFile(String name, String yaml) throws IOException {
        return Files.writeString(folder.resolve(name), yaml);
    }

    @Test
    void aStricterGridMinimumMakesAQuarterOfThePhaseWarn() throws Exception {
        // 25 MW of 100 MW: above the default 20%, below a planner's 30%; 30 MW would reach it.
        Path stricter = policyFile("stricter.yaml", "thresholds:\n  minimumGridShare: 0.30\n");

        Evaluation byDefault = evaluate(rules, scenario().gridMw(25));
        Evaluation strict = evaluate(rules, scenario().gridMw(25).policyFile(stricter));

        assertThat(rulesFired(byDefault)).doesNotContain(BELOW_MINIMUM, NO_TRANCHE);
        assertFinding(single(strict, BELOW_MINIMUM, "Phase 1"), new Finding(BELOW_MINIMUM, "grid", Severity.WARNING,
                "The grid covers only 25% of Phase 1 (25 MW of 100 MW), below the 30% minimum; 75 MW must come from"
                        + " on-site generation.",
                "Phase 1", numbers("gridShare", 0.25, "minimumGridShare", 0.3, "gridMw", 25, "facilityMw", 100),
                "secure 5 MW more firm grid by 2025-04-01 to reach 30%, or accept the policy exception"));
        // The derivation carries the policy's minimum to the timeline rule too.
        assertFinding(single(strict, NO_TRANCHE, "Phase 1"), new Finding(NO_TRANCHE, "timeline", Severity.WARNING,
                "No grid tranche in the scenario brings Phase 1 to 30% of its 100 MW (30 MW): it runs on on-site"
                        + " generation for good.",
                "Phase 1", numbers("facilityMw", 100, "neededGridMw", 30),
                "negotiate a grid tranche of at least 30 MW"));
    }

    @Test
    void andBackAgain() throws Exception {
        // The default's own value in a file, and 25% (a quarter is not below a quarter): quiet, as by default.
        Path restated = policyFile("restated.yaml", "thresholds:\n  minimumGridShare: 0.20\n");
        Path quarter = policyFile("quarter.yaml", "thresholds:\n  minimumGridShare: 0.25\n");

        assertThat(rulesFired(evaluate(rules, scenario().gridMw(25).policyFile(restated))))
                .doesNotContain(BELOW_MINIMUM, NO_TRANCHE);
        assertThat(rulesFired(evaluate(rules, scenario().gridMw(25).policyFile(quarter))))
                .doesNotContain(BELOW_MINIMUM, NO_TRANCHE);
    }

    @Test
    void aLenientPolicySilencesTheDefaultWarning() throws Exception {
        // 10 MW of 100 MW warns by default; a planner who accepts 5% is not warned.
        Path lenient = policyFile("lenient.yaml", "thresholds:\n  minimumGridShare: 0.05\n");

        assertThat(rulesFired(evaluate(rules, scenario().gridMw(10)))).contains(BELOW_MINIMUM, NO_TRANCHE);
        assertThat(rulesFired(evaluate(rules, scenario().gridMw(10).policyFile(lenient))))
                .doesNotContain(BELOW_MINIMUM, NO_TRANCHE);
    }

    @Test
    void aPolicyAskedForWinsOverTheOneTheScenarioNames() throws Exception {
        Path stricter = policyFile("stricter.yaml", "thresholds:\n  minimumGridShare: 0.30\n");
        Path lenient = policyFile("lenient.yaml", "thresholds:\n  minimumGridShare: 0.05\n");
        Path scenarioFile = Files.writeString(folder.resolve("campus.yaml"),
                scenario().gridMw(25).policyFile(stricter).yaml());
        ScenarioEvaluator evaluator = new ScenarioEvaluator(new ScenarioLoader(CatalogueReader.loadDefault()),
                new Planner(), () -> rules);

        assertThat(rulesFired(evaluator.evaluate(scenarioFile))).contains(BELOW_MINIMUM);
        assertThat(rulesFired(evaluator.evaluate(scenarioFile, lenient))).doesNotContain(BELOW_MINIMUM);
        assertThat(rulesFired(evaluate(rules, scenario().gridMw(25).policyFile(stricter), PolicyReader.read(lenient))))
                .doesNotContain(BELOW_MINIMUM);
    }

    /** For each default threshold: a policy value, a scenario quiet by default, and the rule that value makes fire. */
    static Stream<Arguments> tightenedThresholds() {
        return Stream.of(
                // 25% of the phase from the grid, against 30%.
                tightened("minimumGridShare", 0.30, () -> scenario().gridMw(25), BELOW_MINIMUM),
                // 53 of 360 rental chillers, 14.7%, against 10%.
                tightened("maximumRentalMarketShare", 0.10, () -> scenario().rentalMarketUnits(360),
                        "Cooling takes a large share of the rental market"),
                // 53 chillers (89.47 MW) cover 80 MW x 1.1 = 88 MW, not 80 MW x 1.2 = 96 MW.
                tightened("minimumCoolingMargin", 0.20, () -> scenario().plannedCooling(53),
                        "Planned cooling short of heat load plus margin"),
                // 6 planned where 5 run: N+1, not N+2.
                tightened("minimumGeneratorSpares", 2, () -> scenario().gridMw(40).plannedGenerators(6),
                        "Planned generators without N+k spares"),
                // At 29 C an smt-130 loses 9.8% of its rating: within 10%, not within 5%.
                tightened("maximumDerateLoss", 0.05, () -> scenario().gridMw(40).designAmbientC(29),
                        "Heat derates the generator fleet"),
                // 1,150 MW for 640,000 GPUs implies 1.797 kW, 15% above 1.5625 kW: within 25%, not within 10%.
                tightened("maximumKwPerGpuDeviation", 0.10,
                        () -> scenario().target("Target", 1150, 640_000, GPU),
                        "Implied power per GPU far from the catalogue's"),
                // GPUs at $0.15 an hour: the 61-day wait costs $14 M, the turbines that end it about $21 M.
                tightened("minimumRemedySavingRatio", 0.5, () -> EconomicsRulesTest.waiting(0.15),
                        "Waiting costs more than the remedy that ends it sooner"),
                // A one-year horizon: chillers rented 9 months of the 18 that would buy one.
                tightened("maximumRentalBreakEvenShare", 0.4,
                        () -> scenario().section("economics:\n  horizonYears: 1\n"),
                        "Rented fleet kept past its break-even with buying"),
                // Off the grid at $9.50 per MMBtu fuel just outweighs the turbines' rent, 39.8% of the spending.
                tightened("maximumFuelCostShare", 0.35, () -> EconomicsRulesTest.offGrid(9.5),
                        "Fuel is the largest share of a phase's cost"),
                // On the grid alone a MWh costs 1.33 times the grid's (batteries and rented chillers).
                tightened("maximumGridCostRatio", 1.2, () -> scenario().gridMw(100), "Cost per MWh far above the grid's"),
                // The flexible tranche's events stop 3,200 GPUs for 44 h: 0.025% of the phase's GPU-hours, against 0.02%.
                tightened("maximumCurtailedGpuHourShare", 0.0002, FlexibleTrancheRulesTest::flexible,
                        "Curtailment costs GPU-hours above the policy"),
                // The measured 6.35% of the load, against 5%.
                tightened("maximumCurtailableShare", 0.05, FlexibleTrancheRulesTest::flexible,
                        "Curtailment relief assumed above what the workload allows"));
    }

    private static Arguments tightened(String threshold, double value, Supplier<ScenarioBuilder> scenario, String rule) {
        return Arguments.of(threshold, value, scenario, rule);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("tightenedThresholds")
    void everyDefaultThresholdIsReadFromThePolicy(String threshold, double value, Supplier<ScenarioBuilder> scenario,
                                                  String rule) throws Exception {
        Path policy = policyFile("tight.yaml", "thresholds:\n  " + threshold + ": "
                + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + "\n");

        Evaluation byDefault = evaluate(rules, scenario.get());
        Evaluation tight = evaluate(rules, scenario.get().policyFile(policy));

        assertThat(rulesFired(byDefault)).doesNotContain(rule);
        assertThat(rulesFired(tight)).contains(rule);
        Finding finding = tight.findings().stream().filter(f -> f.rule().equals(rule)).findFirst().orElseThrow();
        if (finding.numbers().containsKey(threshold)) {
            assertThat(finding.numbers()).containsEntry(threshold, value);
        }
    }

    @Test
    void theCasesAboveCoverEveryDefaultThreshold() {
        // The siting thresholds move rules that speak only in a siting run: their cases are in SitingRulesTest.
        assertThat(Stream.concat(tightenedThresholds(), SitingRulesTest.movedThresholds())
                .map(arguments -> (String) arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(PolicyReader.defaultThresholds().stream().map(ThresholdSpec::name)
                        .filter(name -> !THRESHOLDS_OF_THE_TIMELINE_MODEL.contains(name)).toList());
    }

    /**
     * The timeline model's and the swing model's thresholds need a scenario with a {@code timeline:} or
     * {@code workload:} section: their firing tests and near misses, on either side of each threshold, are in
     * TimelineModelRulesTest and SwingRulesTest.
     */
    private static final Set<String> THRESHOLDS_OF_THE_TIMELINE_MODEL = Set.of("maximumIdleGpuDays",
            "minimumLeadTimeSlackDays", "maximumGeneratorMarketShare", "swingLimitTolerance",
            "maximumPowerFloorEnergyShare");

    @Test
    void aStricterSparePolicyAsksForTheMissingUnit() throws Exception {
        Path nPlus2 = policyFile("n-plus-2.yaml", "thresholds:\n  minimumGeneratorSpares: 2\n");

        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(6).policyFile(nPlus2));

        String rule = "Planned generators without N+k spares";
        assertFinding(single(evaluation, rule, "Phase 1"), new Finding(rule, "generation", Severity.ERROR,
                "Phase 1 plans 6 x smt-130 where 5 must run: 1 spare, below N+2.",
                "Phase 1", numbers("plannedUnits", 6, "running", 5, "minimumGeneratorSpares", 2, "units", 1),
                "add 1 x smt-130 (16.5 MW) to restore N+2"));
    }

    @Test
    void eachThresholdSaysWhereItsValueCameFrom() throws Exception {
        Path file = policyFile("policy.yaml", "# stricter on the grid\nthresholds:\n  minimumGridShare: 0.30\n");

        Policy policy = PolicyReader.read(file);

        assertThat(policy.thresholds().get("minimumGridShare"))
                .isEqualTo(new Threshold("minimumGridShare", 0.30, file + ":3:21"));
        assertThat(policy.thresholds().get("maximumDerateLoss"))
                .isEqualTo(new Threshold("maximumDerateLoss", 0.10, "default policy"));
        assertThat(policy.thresholds().keySet()).containsExactlyElementsOf(
                PolicyReader.defaultThresholds().stream().map(ThresholdSpec::name).toList());
    }

    @Test
    void aFileThatRestatesEveryDefaultChangesNoFinding() throws Exception {
        StringBuilder yaml = new StringBuilder("thresholds:\n");
        for (ThresholdSpec spec : PolicyReader.defaultThresholds()) {
            yaml.append("  ").append(spec.name()).append(": ").append(spec.value()).append('\n');
        }
        Path restated = policyFile("restated.yaml", yaml.toString());
        ScenarioBuilder busy = scenario().gridMw(10).rentalMarketUnits(100).plannedGenerators(7).plannedCooling(52)
                .target("Roomy target", 1300, 640_000, GPU);

        assertThat(evaluate(rules, busy, PolicyReader.read(restated)).findings())
                .isEqualTo(evaluate(rules, busy).findings());
    }

    @Test
    void customThresholdsAreInsertedAsThresholdFacts() throws Exception {
        Path file = policyFile("water.yaml", "custom:\n  maximumDailyWaterM3: 4000\n");

        List<Object> facts = RuleEngine.facts(new Planner().plan(scenario().load()), PolicyReader.read(file));

        assertThat(facts).contains(new Threshold("maximumDailyWaterM3", 4000, file + ":2:24"));
        assertThat(facts).filteredOn(Threshold.class::isInstance).hasSize(PolicyReader.defaultThresholds().size() + 1);
    }

    @Test
    void aPlannersOwnRuleReadsACustomThreshold() throws Exception {
        // Phase 1 turns 80 MW of IT power into heat: 80 x 48 = 3,840 m3 of water a day.
        RuleEngine withWater = RuleHarness.defaultRulesWith(WATER_RULE);
        Path tight = policyFile("tight.yaml", "custom:\n  maximumDailyWaterM3: 3000\n");
        Path ample = policyFile("ample.yaml", "custom:\n  maximumDailyWaterM3: 4000\n");
        String rule = "Evaporative cooling above the water budget";

        Evaluation overBudget = evaluate(withWater, scenario().policyFile(tight));

        assertFinding(single(overBudget, rule, "Phase 1"), new Finding(rule, "water", Severity.WARNING,
                "Phase 1 evaporates about 3840 m3 of water a day, above the 3000 m3 set at " + tight + ":2:24.",
                "Phase 1", numbers("waterM3", 3840, "maximumDailyWaterM3", 3000), null));
        // Among the phase's warnings, the planner's family comes after the default pack's.
        assertThat(overBudget.about("Phase 1")).filteredOn(f -> f.severity() == Severity.WARNING)
                .extracting(Finding::rule).containsExactly("Heat derates the generator fleet",
                        "Cost per MWh far above the grid's", "Rented fleet kept past its break-even with buying",
                        "Rented fleet kept past its break-even with buying", rule);
        assertThat(rulesFired(evaluate(withWater, scenario().policyFile(ample)))).doesNotContain(rule);
        // Without the custom threshold there is no fact for the rule to match.
        assertThat(rulesFired(evaluate(withWater, scenario()))).doesNotContain(rule);
    }

    @Test
    void aMisspeltThresholdIsReportedWithTheNearestName() throws Exception {
        Path file = policyFile("typo.yaml", "thresholds:\n  minimumGridShar: 0.30\n");

        assertThat(problemsOf(file)).containsExactly(file + ":2:3: thresholds.minimumGridShar: unknown key,"
                + " did you mean 'minimumGridShare'? expected one of: minimumGridShare, maximumRentalMarketShare,"
                + " minimumCoolingMargin, minimumGeneratorSpares, maximumDerateLoss, maximumKwPerGpuDeviation,"
                + " maximumIdleGpuDays, minimumLeadTimeSlackDays, maximumGeneratorMarketShare, swingLimitTolerance,"
                + " maximumPowerFloorEnergyShare, minimumSiteMargin, maximumSiteDelayDays, minimumRemedySavingRatio,"
                + " maximumRentalBreakEvenShare, maximumFuelCostShare, maximumGridCostRatio, maximumCurtailedGpuHourShare, maximumCurtailableShare");
    }

    @Test
    void aThresholdOutsideItsRangeIsReported() throws Exception {
        Path tooLarge = policyFile("too-large.yaml", "thresholds:\n  minimumGridShare: 1.5\n");
        Path negative = policyFile("negative.yaml", "thresholds:\n  maximumDerateLoss: -0.1\n");

        assertThat(problemsOf(tooLarge)).containsExactly(tooLarge + ":2:21: thresholds.minimumGridShare: 1.5 is"
                + " implausibly large, expected a fraction of facility power from 0 to 1");
        assertThat(problemsOf(negative)).containsExactly(negative + ":2:22: thresholds.maximumDerateLoss: -0.1 is"
                + " negative, expected a fraction of rating from 0 to 1");
    }

    @Test
    void notANumberInfinityAndNumbersPastALongAreReportedWhereTheyAreWritten() throws Exception {
        Path file = policyFile("absurd.yaml", "thresholds:\n  minimumGridShare: .nan\n  maximumDerateLoss: 1e30\n"
                + "custom:\n  myLimit: -.inf\n  myCount: 99999999999999999999\n");

        assertThat(problemsOf(file)).containsExactly(
                file + ":2:21: thresholds.minimumGridShare: found .nan, expected a fraction of facility power from 0 to 1",
                file + ":3:22: thresholds.maximumDerateLoss: 1e30 is implausibly large, expected a fraction of rating"
                        + " from 0 to 1",
                file + ":5:12: custom.myLimit: found -.inf, expected a number from -1,000,000,000,000 to"
                        + " 1,000,000,000,000",
                file + ":6:12: custom.myCount: 1e20 is implausibly large, expected a number from -1,000,000,000,000 to"
                        + " 1,000,000,000,000");
    }

    @Test
    void aCountThresholdTakesWholeNumbersOnly() throws Exception {
        Path file = policyFile("half-a-spare.yaml", "thresholds:\n  minimumGeneratorSpares: 1.5\n");

        assertThat(problemsOf(file)).containsExactly(file + ":2:27: thresholds.minimumGeneratorSpares: 1.5 is not a"
                + " whole number, expected a whole number of units from 0 to 20");
    }

    @Test
    void aCustomThresholdMayNotTakeADefaultName() throws Exception {
        Path file = policyFile("shadow.yaml", "custom:\n  minimumGridShare: 0.30\n");

        assertThat(problemsOf(file)).containsExactly(file + ":2:3: custom.minimumGridShare: is a default threshold,"
                + " expected it under 'thresholds:'");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnceInFileOrder() throws Exception {
        Path file = policyFile("several.yaml", """
                custom:
                  maximumCoolingMargin: 0.5
                  minimumCoolingMargin: 0.3
                thresholds:
                  minimumGridShar: 0.30
                  maximumRentalMarketShare: 2
                """);

        assertThat(problemsOf(file)).containsExactly(
                file + ":3:3: custom.minimumCoolingMargin: is a default threshold, expected it under 'thresholds:'",
                file + ":5:3: thresholds.minimumGridShar: unknown key, did you mean 'minimumGridShare'? expected one"
                        + " of: minimumGridShare, maximumRentalMarketShare, minimumCoolingMargin, minimumGeneratorSpares,"
                        + " maximumDerateLoss, maximumKwPerGpuDeviation, maximumIdleGpuDays, minimumLeadTimeSlackDays,"
                        + " maximumGeneratorMarketShare, swingLimitTolerance, maximumPowerFloorEnergyShare,"
                        + " minimumSiteMargin, maximumSiteDelayDays, minimumRemedySavingRatio,"
                        + " maximumRentalBreakEvenShare, maximumFuelCostShare, maximumGridCostRatio, maximumCurtailedGpuHourShare, maximumCurtailableShare",
                file + ":6:29: thresholds.maximumRentalMarketShare: 2 is implausibly large, expected a fraction of the"
                        + " rentable fleet from 0 to 1");
    }

    private static List<String> problemsOf(Path file) {
        InputException error = catchThrowableOfType(InputException.class, () -> PolicyReader.read(file));
        assertThat(error).as("problems of %s", file).isNotNull();
        return error.problems().stream().map(Problem::toString).toList();
    }
}
