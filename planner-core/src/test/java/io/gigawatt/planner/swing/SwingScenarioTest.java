package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.catalogue.PowerProfile;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Scenarios;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The workload, utility and mitigations sections as the loader reads them, and the swing figures of a phase. */
class SwingScenarioTest {

    private final SwingModel model = new SwingModel();

    static final String WORKLOAD = """
            workload:
              windowMinutes: 10
              jobs:
                - name: pretraining
                  share: 0.9
                  iterationSeconds: 4
                  computeDuty: 0.6
            """;

    static Scenario load(String sections) throws InputException {
        return Scenarios.load(Scenarios.SMALL + sections);
    }

    @Test
    void aScenarioWithoutAWorkloadIsNotSimulated() throws InputException {
        Scenario scenario = Scenarios.small();

        assertThat(scenario.swing()).isNull();
        assertThat(new Planner(model).plan(scenario).phases()).allSatisfy(p -> assertThat(p.swing()).isNull());
    }

    /** The small campus under a utility of its own whose 20 MW/min ramp applies to loads of {@code fromMw} or more. */
    private PhasePlan underALimitFrom(double fromMw) throws InputException {
        return new Planner(model).plan(load(WORKLOAD + "utilities:\n  BIG-LOADS:\n    appliesFromMw: " + fromMw
                + "\n    limits:\n      - rampMwPerMinute: 20\n        windowSeconds: 60\n"
                + "utility:\n  preset: BIG-LOADS\n")).phases().get(0);
    }

    @Test
    void aLimitForLargerLoadsDoesNotHoldAPhaseBelowItsSize() throws InputException {
        double facility = underALimitFrom(1).facility().mw();

        PhasePlan below = underALimitFrom(Math.ceil(facility * 100 + 1) / 100);
        PhasePlan atIt = underALimitFrom(Math.floor(facility * 100) / 100);

        assertThat(below.swing().limits().limits()).isEmpty();
        assertThat(below.swing().margins()).isEmpty();
        assertThat(atIt.swing().limits().limits()).singleElement()
                .satisfies(l -> assertThat(l.appliesFrom().mw()).isEqualTo(Math.floor(facility * 100) / 100));
        assertThat(atIt.swing().margins()).hasSize(1);
    }

    @Test
    void theLibrarysLargeLoadLimitsApplyFromTheirSize() {
        UtilityLibrary library = UtilityLibrary.shipped();

        assertThat(library.named("SOUTHERN-COMPANY").orElseThrow().limits())
                .allSatisfy(l -> assertThat(l.appliesFrom().mw()).isEqualTo(50));
        assertThat(library.named("ERCOT-2026").orElseThrow().limits())
                .allSatisfy(l -> assertThat(l.appliesFrom().mw()).isEqualTo(75));
        assertThat(library.named("CAISO-2026").orElseThrow().limits()).allSatisfy(l -> assertThat(l.appliesFrom()).isNull());
    }

    @Test
    void aWorkloadGetsItsDefaults() throws InputException {
        SwingSettings swing = load(WORKLOAD).swing();

        Workload w = swing.workload();
        assertThat(w.step()).isEqualTo(Duration.ofMillis(100));
        assertThat(w.window()).isEqualTo(Duration.ofMinutes(10));
        assertThat(w.steps()).isEqualTo(6_000);
        assertThat(w.jitter()).isEqualTo(Duration.ofMillis(50));
        assertThat(w.gpusPerRack()).isEqualTo(64);
        assertThat(w.jobs()).singleElement().satisfies(j -> {
            assertThat(j.share()).isEqualTo(0.9);
            assertThat(j.iteration()).isEqualTo(Duration.ofSeconds(4));
            assertThat(j.checkpointEvery()).isNull();
            assertThat(j.phase()).isNull();
        });
        assertThat(swing.utility()).isEqualTo(UtilityLimits.NONE);
        assertThat(swing.mitigations()).isEqualTo(Mitigations.BATTERY_ONLY);
    }

    @Test
    void phasesShareASimulationWithinTwoPercentOfITLoadUnlessTheWorkloadSaysOtherwise() throws InputException {
        assertThat(load(WORKLOAD).swing().shareWithin()).isEqualTo(0.02);
        assertThat(load(withShareWithin("0.5")).swing().shareWithin()).isEqualTo(0.005);
        assertThat(load(withShareWithin("0")).swing().shareWithin()).isZero();
    }

    private static String withShareWithin(String percent) {
        return WORKLOAD.replace("  windowMinutes: 10", "  windowMinutes: 10\n  shareSwingWithinPercent: " + percent);
    }

    @Test
    void aPresetGivesTheUtilitysLimitsAndWrittenLimitsOverrideIt() throws InputException {
        UtilityLimits limits = load(WORKLOAD + """
                utility:
                  preset: IESO
                  rangeMw: 8
                  bandMaxShare: 0.2
                mitigations:
                  battery: false
                  powerFloor: 0.43
                  psuStorage: true
                  rampSeconds: 20
                """).swing().utility();

        assertThat(limits.preset()).isEqualTo("IESO");
        assertThat(limits.ramp().mwPerMinute()).isCloseTo(20, within(1e-9));
        assertThat(limits.rampWindow()).isEqualTo(Duration.ofMinutes(1));
        assertThat(limits.range().mw()).isEqualTo(8);
        assertThat(limits.rangeWindow()).isEqualTo(Duration.ofSeconds(15));
        assertThat(limits.band()).isEqualTo("0.1-20 Hz");
        assertThat(limits.bandMaxShare()).isEqualTo(0.2);
    }

    @Test
    void theGeneratorsModeDecidesWhoFollowsTheSwingAndWhichLimitsJudgeIt() throws InputException {
        String limits = "utility:\n  preset: SOUTHERN-COMPANY\n";
        SwingAssessment following = swingOf(load(WORKLOAD + limits));
        SwingAssessment fixed = swingOf(load(WORKLOAD + limits + "mitigations:\n  generatorMode: fixed-output\n"));
        SwingAssessment islanded = swingOf(load(WORKLOAD + limits + "mitigations:\n  generatorMode: islanded\n"));

        assertThat(load(WORKLOAD).swing().mitigations().generators()).isEqualTo(GeneratorMode.LOAD_FOLLOWING);
        assertThat(following.gridShare()).isStrictlyBetween(0.0, 1.0);
        assertThat(following.generatorRampLimit().mwPerSecond()).isPositive();
        // at a fixed output the grid takes every change: the utility's limits judge the whole swing, the generators none
        assertThat(fixed.gridShare()).isEqualTo(1);
        assertThat(fixed.generatorRampLimit().mwPerSecond()).isZero();
        assertThat(fixed.generatorFollowRatio()).isZero();
        assertThat(fixed.battery().forTrip()).isGreaterThanOrEqualTo(fixed.battery().forLimits());
        // islanded, the generators take it all, judged by their own limits; the grid draws nothing to judge
        assertThat(islanded.gridShare()).isZero();
        assertThat(islanded.gridMaxRamp().mwPerSecond()).isZero();
        assertThat(islanded.generatorFollowRatio()).isPositive().isLessThanOrEqualTo(1 + 1e-9);
    }

    private SwingAssessment swingOf(Scenario scenario) {
        return new Planner(model).plan(scenario).phases().get(0).swing();
    }

    @Test
    void everyPresetHasLimitsAndTheNamesInUseAreKept() {
        // each limit's source and date: LibrarySourcesTest
        UtilityLibrary library = UtilityLibrary.shipped();
        for (String name : library.names()) {
            assertThat(library.limits(name).orElseThrow().limits()).as(name).isNotEmpty();
        }
        // the names scenarios and examples already use keep working
        assertThat(library.names()).contains("SOUTHERN-COMPANY", "ERCOT-2026", "CAISO-2026", "IESO", "ATC", "LIPA",
                "AESO");
    }

    @Test
    void aScenarioAddsAUtilityOfItsOwnAndThePhaseGetsTheMarginToEachOfItsLimits() throws InputException {
        SwingAssessment swing = swingOf(load(WORKLOAD + """
                utilities:
                  CO-OP:
                    name: A rural co-op
                    source: the co-op's letter of 2026-03-02
                    date: 2026-03-02
                    limits:
                      - rampMwPerMinute: 30
                        windowSeconds: 60
                      - rangeMw: 0.5
                        windowSeconds: 5
                        source: a phone call
                utility:
                  preset: CO-OP
                """));

        assertThat(swing.limits().preset()).isEqualTo("CO-OP");
        assertThat(swing.margins()).extracting(m -> m.limit().source())
                .containsExactly("the co-op's letter of 2026-03-02", "a phone call");
        assertThat(swing.margins()).allSatisfy(m -> assertThat(m.judged()).isTrue());
        LimitMargin binding = swing.binding().orElseThrow();
        assertThat(swing.margins()).allSatisfy(m -> assertThat(m.margin()).isGreaterThanOrEqualTo(binding.margin()));
        // the margins are measured on the grid draw the assessment reports
        assertThat(swing.margins().get(1).measured()).isCloseTo(swing.gridRange().mw(), within(1e-9));
    }

    @Test
    void aGpuModelsPowerSmoothingHoldsItsFloorAndRampsInTheSwingsTrace() throws InputException {
        String smoothing = """
                  gpus:
                    H100:
                      smoothing:
                        floorPercent: 60
                        rampUpWattsPerSecond: 2000
                        rampDownWattsPerSecond: 1000
                        rampDownHysteresisMs: 200
                """;
        Scenario plain = load(WORKLOAD + "mitigations:\n  battery: false\n");
        Scenario smoothed = Scenarios.load(Scenarios.SMALL.replace("equipment:\n", "equipment:\n" + smoothing)
                + WORKLOAD + "mitigations:\n  battery: false\n");
        SwingAssessment before = swingOf(plain);
        SwingAssessment after = swingOf(smoothed);

        GpuModel h100 = smoothed.catalogue().gpus().get("H100");
        assertThat(h100.profile().smoothing().floor(h100.tdp()).watts()).isEqualTo(420);
        // 10,000 H100 at 1 kW/s down and 2 kW/s up: the campus moves at most 20 MW/s, faster unsmoothed
        double bound = 10_000 * 2_000 / 1e6;
        assertThat(before.maxRamp().mwPerSecond()).isGreaterThan(bound);
        assertThat(after.maxRamp().mwPerSecond()).isLessThanOrEqualTo(bound * (1 + 1e-9));
        // the floor at 420 W of the H100's 690 W compute level leaves less than half of the swing
        assertThat(after.peakToTrough().mw()).isLessThan(before.peakToTrough().mw() / 2);
        assertThat(after.campusEnergy().mwh()).isGreaterThan(before.campusEnergy().mwh());
    }

    @Test
    void problemsOfTheSwingSectionsAreReportedWithTheirLines() {
        assertThatThrownBy(() -> load("""
                workload:
                  stepMs: 10
                  windowMinutes: 600
                  gpusPerRack: 0
                  jobs:
                    - name: a
                      share: 0.7
                      iterationSeconds: 4
                      computeDuty: 1.5
                    - name: a
                      share: 0.5
                      iterationSeconds: 2
                      computeDuty: 0.5
                      checkpointSeconds: 30
                utility:
                  preset: ERCOT-2062
                mitigations:
                  generatorMode: island
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("test.yaml:39:18: workload.windowMinutes: 600 minutes at 10 ms steps make 3,600,000 steps, expected at most 1,000,000")
                .hasMessageContaining("test.yaml:40:16: workload.gpusPerRack: 0 is too small, expected a whole number of GPUs per rack from 1 to 1,000")
                .hasMessageContaining("test.yaml:45:20: workload.jobs[0].computeDuty: 1.5 is implausibly large, expected a fraction of the iteration from 0.01 to 0.99")
                .hasMessageContaining("test.yaml:46:13: workload.jobs[1].name: 'a' also names another job")
                .hasMessageContaining("test.yaml:47:14: workload.jobs[1].share: brings the jobs' shares to 1.2, expected at most 1")
                .hasMessageContaining("test.yaml:50:26: workload.jobs[1].checkpointSeconds: is set without checkpointEveryMinutes")
                .hasMessageContaining("test.yaml:52:11: utility.preset: unknown utility preset 'ERCOT-2062', did you mean 'ERCOT-2026'?")
                .hasMessageContaining("test.yaml:54:18: mitigations.generatorMode: unknown generator mode 'island', did you mean"
                        + " 'islanded'? expected one of the words: load-following, fixed-output, islanded");
    }

    @Test
    void utilityLimitsWithoutAWorkloadAreAProblem() {
        assertThatThrownBy(() -> load("""
                utility:
                  preset: ERCOT-2026
                """))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("utility: has no workload to judge, expected a workload: section");
    }

    @Test
    void aGpuAddedByTheScenarioGetsTheDefaultProfileWithItsReasons() throws InputException {
        Scenario scenario = load("""
                catalogue:
                  gpus:
                    TG1:
                      name: Test GPU
                      tdpW: 1000
                      itKw: 1.0
                      idleW: 200
                      source: a test
                """);
        GpuModel gpu = scenario.catalogue().gpus().get("TG1");

        PowerProfile p = gpu.profile();
        assertThat(p.compute().watts()).isEqualTo(1000);
        assertThat(p.idle().watts()).isEqualTo(200);
        assertThat(p.overshoot()).isEqualTo(PowerProfile.DEFAULT_OVERSHOOT);
        assertThat(p.overshootDuration()).isEqualTo(Duration.ofMillis(100));
        assertThat(p.transition()).isEqualTo(Duration.ofMillis(50));
        assertThat(p.psuStorage().joules()).isZero();
        assertThat(gpu.sources().of("computeW")).startsWith("default: tdpW");
        assertThat(gpu.sources().of("overshoot")).startsWith("default:");
        assertThat(gpu.sources().of("tdpW")).isEqualTo("a test");
    }

    @Test
    void aPowerCapOnACatalogueGpuMovesItsDefaultComputeLevelButNotAMeasuredOne() throws InputException {
        Scenario scenario = load("""
                catalogue:
                  gpus:
                    GB200:
                      tdpW: 960
                    H100:
                      tdpW: 600
                """);

        assertThat(scenario.catalogue().gpus().get("GB200").profile().compute().watts()).isEqualTo(960);
        assertThat(scenario.catalogue().gpus().get("H100").profile().compute().watts()).isEqualTo(690);
        assertThat(scenario.catalogue().gpus().get("GB300").profile().psuStorage().joules()).isCloseTo(65, within(1e-9));
        assertThat(scenario.catalogue().generators().get("smt-130").rampPerMinute()).isEqualTo(0.2);
        assertThat(scenario.catalogue().generators().get("smt-130").sources().of("rampPerMinute")).contains("20%");
        assertThat(scenario.catalogue().batteries().get("megapack-2xl-4h").socMin()).isEqualTo(0.05);
    }

    @Test
    void aPhaseWithAWorkloadGetsItsSwingJudgedAndItsBatteriesSized() throws InputException {
        Scenario scenario = load(WORKLOAD + """
                utility:
                  rampMwPerSecond: 0.1
                  rampWindowSeconds: 60
                  bandMaxShare: 0.2
                """);

        SwingAssessment swing = new Planner(model).plan(scenario).phases().get(0).swing();

        // 9,000 H100 swing together: ~5 MW peak to trough, nearly all of it in 0.1-20 Hz.
        assertThat(swing.gpus()).isEqualTo(10_000);
        assertThat(swing.peakToTrough().mw()).isBetween(4.0, 6.3);
        assertThat(swing.bandShareBefore()).isGreaterThan(0.9);
        assertThat(swing.battery().sized()).isTrue();
        assertThat(swing.battery().units()).isPositive();
        assertThat(swing.battery().inUse()).isEqualTo(swing.battery().units());
        assertThat(swing.gridRampRatio()).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(swing.bandShareRatio()).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(swing.generatorFollowRatio()).isLessThanOrEqualTo(1 + 1e-9);
        assertThat(swing.resolution()).isEqualTo("10 min at 100 ms");
    }

    @Test
    void theSimulatedBatteriesAreThePhasesBatteriesWhereverThePlanCountsThem() throws InputException {
        Scenario scenario = load(WORKLOAD + """
                utility:
                  rampMwPerSecond: 0.1
                  rampWindowSeconds: 60
                """);

        PhasePlan phase = new Planner(model).plan(scenario).phases().get(0);
        PhasePlan powerOnly = new Planner(model).plan(scenario.withSwing(null)).phases().get(0);

        SwingBattery found = phase.swing().battery();
        assertThat(phase.batteries().units()).isEqualTo(found.units()).isNotEqualTo(powerOnly.batteries().units());
        assertThat(phase.batteries().power()).isEqualTo(found.power());
        assertThat(phase.batteries().sizedBy()).isEqualTo(found.forTrip() > found.forLimits()
                ? "simulated trip of the largest generator" : "simulated swing within the limits");
        assertThat(phase.batteries().swing()).isEqualTo(phase.swing().peakToTrough());
        assertThat(phase.batteries().largestTrip()).isEqualTo(powerOnly.batteries().largestTrip());
        assertThat(powerOnly.batteries().sizedBy()).isIn("training swing", "largest generator trip");
    }

    @Test
    void planningTheSameScenarioAgainWithTheSameModelReusesTheAssessment() throws InputException {
        Scenario scenario = load(WORKLOAD);

        SwingAssessment first = new Planner(model).plan(scenario).phases().get(0).swing();
        SwingAssessment again = new Planner(model).plan(load(WORKLOAD)).phases().get(0).swing();
        SwingAssessment otherSeed = new Planner(model).plan(load(WORKLOAD.replace("windowMinutes: 10",
                "windowMinutes: 10\n  seed: 99"))).phases().get(0).swing();

        assertThat(again).isSameAs(first);
        assertThat(otherSeed).isNotSameAs(first);
        assertThat(otherSeed.peakToTrough()).isNotEqualTo(first.peakToTrough());
    }

    @Test
    void variantsThatLeaveTheWorkloadAloneShareItsCampusTraceAndKeepTheirOwnBatteries() throws InputException {
        Scenario scenario = load(WORKLOAD);
        PhaseSupply fourHours = SwingPhases.supplyOf(scenario, new Planner(model).plan(scenario).phases().get(0));
        PhaseSupply twoHours = new PhaseSupply(fourHours.phase(), fourHours.gpus(), fourHours.facility(),
                fourHours.gridShare(), fourHours.generators(),
                scenario.catalogue().batteries().get("megapack-2xl-2h"), fourHours.plannedBatteries());

        SwingRun run = model.simulate(scenario.swing(), fourHours);
        SwingRun other = model.simulate(scenario.swing(), twoHours);

        assertThat(other.loadBefore()).isSameAs(run.loadBefore());
        assertThat(other.load()).isSameAs(run.load());
        // the two-hour unit has more power: fewer units ride through the largest generator's trip
        assertThat(twoHours.battery().power()).isGreaterThan(fourHours.battery().power());
        assertThat(other.assessment().battery().forTrip()).isLessThan(run.assessment().battery().forTrip());
        assertThat(model.assess(scenario.swing(), twoHours)).isEqualTo(other.assessment());
        assertThat(model.assess(scenario.swing(), fourHours)).isEqualTo(run.assessment());
    }

    @Test
    void aSweepGoingThroughHundredsOfSuppliesAgainFindsEachRemembered() throws InputException {
        Scenario scenario = load(WORKLOAD.replace("windowMinutes: 10", "windowMinutes: 2"));
        PhaseSupply supply = SwingPhases.supplyOf(scenario, new Planner(model).plan(scenario).phases().get(0));
        List<PhaseSupply> supplies = IntStream.rangeClosed(1, 300).mapToObj(grid -> new PhaseSupply(supply.phase(),
                supply.gpus(), supply.facility(), grid / 300.0, supply.generators(), supply.battery(),
                supply.plannedBatteries())).toList();

        List<SwingAssessment> first = supplies.stream().map(s -> model.assess(scenario.swing(), s)).toList();

        // a sweep's fastest key goes through its values again for each value of the others: no search made again
        for (int i = 0; i < supplies.size(); i++) {
            assertThat(model.assess(scenario.swing(), supplies.get(i))).isSameAs(first.get(i));
        }
    }

    @Test
    void theGpuModelsOrderIsPartOfWhatIsRemembered() throws InputException {
        Scenario scenario = load(WORKLOAD);
        PhaseSupply supply = SwingPhases.supplyOf(scenario, new Planner(model).plan(scenario).phases().get(0));
        GpuModel h200 = scenario.catalogue().gpus().get("H200");
        Map<GpuModel, Long> h200First = new LinkedHashMap<>();
        h200First.put(h200, 2_000L);
        h200First.putAll(supply.gpus());
        Map<GpuModel, Long> h200Last = new LinkedHashMap<>(supply.gpus());
        h200Last.put(h200, 2_000L);
        Workload workload = scenario.swing().workload();
        double facility = supply.facility().mw();

        // each model draws its racks' jitter in turn: the same GPUs in another order are another (seeded) trace
        for (Map<GpuModel, Long> gpus : List.of(h200First, h200Last, h200First)) {
            assertThat(model.simulate(scenario.swing(), supply.withGpus(gpus)).loadBefore())
                    .containsExactly(CampusLoad.trace(workload, gpus, facility, Mitigations.none()));
        }
    }

    @Test
    void theReportsOpeningIsTheFirstTwoMinutesOfTheSimulation() throws InputException {
        Scenario scenario = load(WORKLOAD + """
                utility:
                  bandMaxShare: 0.2
                """);
        SwingModel model = new SwingModel();
        CampusPlan plan = new Planner(model).plan(scenario);

        SwingOpening opening = plan.swingOpening();
        SwingRun run = SwingPhases.simulate(model, scenario, plan.phases().get(0));

        assertThat(opening.steps()).isEqualTo(1_200);
        assertThat(opening.stepSeconds()).isEqualTo(0.1);
        for (int k = 0; k < opening.steps(); k++) {
            assertThat(opening.loadBefore()[k]).isEqualTo(run.loadBefore()[k]);
            assertThat(opening.afterBatteries()[k]).isEqualTo(run.load()[k] - run.dispatch().battery()[k]);
            assertThat(opening.soc()[k]).isEqualTo(run.dispatch().soc()[k]);
        }
    }

    @Test
    void withoutBatteriesTheSwingReachesTheGridAndTheGenerators() throws InputException {
        Scenario scenario = load(WORKLOAD + """
                utility:
                  bandMaxShare: 0.2
                mitigations:
                  battery: false
                """);

        SwingAssessment swing = new Planner(model).plan(scenario).phases().get(0).swing();

        assertThat(swing.battery().inUse()).isZero();
        assertThat(swing.bandShareAfter()).isCloseTo(swing.bandShareBefore(), within(1e-6));
        assertThat(swing.bandShareRatio()).isGreaterThan(4);
        assertThat(swing.generatorFollowRatio()).isGreaterThan(1);
        // The search still says what would hold the limits, for the recommendation.
        assertThat(swing.battery().needed()).isPositive();
    }
}
