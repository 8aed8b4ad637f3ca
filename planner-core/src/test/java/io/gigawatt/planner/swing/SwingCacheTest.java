package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.units.Power;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swing outcomes kept on disk between runs: read back exactly, found only by exactly the same inputs. */
class SwingCacheTest {

    @TempDir
    Path folder;

    private static Scenario scenario(long seed) throws InputException {
        return SwingScenarioTest.load(SwingScenarioTest.WORKLOAD.replace("windowMinutes: 10",
                "windowMinutes: 10\n  seed: " + seed) + """
                utility:
                  rampMwPerSecond: 0.1
                  rampWindowSeconds: 60
                  bandMaxShare: 0.2
                mitigations:
                  powerFloor: 0.3
                """);
    }

    private static PhaseSupply supplyOf(Scenario scenario) {
        return SwingPhases.supplyOf(scenario, new Planner().plan(scenario.withSwing(null)).phases().get(0));
    }

    private static SwingModel.Outcome simulated(Scenario scenario, PhaseSupply supply) {
        SwingRun run = new SwingModel().simulate(scenario.swing(), supply);
        return new SwingModel.Outcome(run.assessment(), SwingModel.openingOf(run));
    }

    @Test
    void anOutcomeReadBackIsExactlyTheOneSimulated() throws InputException {
        Scenario scenario = scenario(1);
        PhaseSupply supply = supplyOf(scenario);
        SwingModel.Outcome outcome = simulated(scenario, supply);
        SwingCache cache = new SwingCache(folder);

        assertThat(read(cache, scenario.swing(), supply)).isEmpty();
        write(cache, scenario.swing(), supply, outcome);
        SwingModel.Outcome back = read(cache, scenario.swing(), supply).orElseThrow();

        assertThat(outcome.assessment().powerFloorShare()).isPositive();
        assertThat(back.assessment()).isEqualTo(outcome.assessment());
        assertThat(back.opening().stepSeconds()).isEqualTo(outcome.opening().stepSeconds());
        assertThat(back.opening().loadBefore()).containsExactly(outcome.opening().loadBefore());
        assertThat(back.opening().afterBatteries()).containsExactly(outcome.opening().afterBatteries());
        assertThat(back.opening().soc()).containsExactly(outcome.opening().soc());
    }

    @Test
    void anyChangeOfAnInputIsAnotherEntryEvenOneAReportWouldRoundAway() throws InputException {
        Scenario scenario = scenario(1);
        PhaseSupply supply = supplyOf(scenario);
        SwingCache cache = new SwingCache(folder);
        write(cache, scenario.swing(), supply, simulated(scenario, supply));
        BatteryModel b = supply.battery();
        // 0.4 W more per unit: the same "980 kW" in every report, another battery to the model
        BatteryModel stronger = new BatteryModel(b.id(), b.name(), Power.watts(b.power().watts() + 0.4), b.energy(),
                b.roundTripEfficiency(), b.sources(), b.leadTime(), b.socMin(), b.socMax(), b.mwhPerAcre());
        GpuModel h200 = scenario.catalogue().gpus().get("H200");
        Map<GpuModel, Long> h200First = new LinkedHashMap<>(Map.of(h200, 10L));
        h200First.putAll(supply.gpus());
        Map<GpuModel, Long> h200Last = new LinkedHashMap<>(supply.gpus());
        h200Last.put(h200, 10L);

        assertThat(stronger.power().toString()).isEqualTo(b.power().toString());
        assertThat(read(cache, scenario.swing(), withBattery(supply, stronger))).isEmpty();
        assertThat(read(cache, scenario(2).swing(), supply)).isEmpty();
        write(cache, scenario.swing(), supply.withGpus(h200First), simulated(scenario, supply.withGpus(h200First)));
        assertThat(read(cache, scenario.swing(), supply.withGpus(h200Last))).isEmpty();
        assertThat(read(cache, scenario.swing(), supply.withGpus(h200First))).isPresent();
        assertThat(read(cache, scenario.swing(), supply)).isPresent();
    }

    @Test
    void anEntryNotExactlyAsWrittenIsSimulatedAgain() throws InputException, IOException {
        Scenario scenario = scenario(1);
        PhaseSupply supply = supplyOf(scenario);
        SwingCache cache = new SwingCache(folder);
        write(cache, scenario.swing(), supply, simulated(scenario, supply));
        Path entry = cache.entries().get(0);
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length - 9] ^= 1;
        Files.write(entry, bytes);

        assertThat(read(cache, scenario.swing(), supply)).isEmpty();
    }

    @Test
    void aRunWithTheCacheSwitchedOnReadsTheKeptOutcomeInsteadOfSimulating() throws InputException, IOException {
        Scenario scenario = scenario(4_242);
        PhaseSupply supply = supplyOf(scenario);
        SwingModel.Outcome outcome = simulated(scenario, supply);
        SwingCache cache = new SwingCache(folder);
        write(cache, scenario.swing(), supply, outcome);
        Path entry = cache.entries().get(0);
        Files.setLastModifiedTime(entry, FileTime.fromMillis(0));
        SwingModel model = Guice.createInjector(SwingModule.configuredBy(
                Map.of(SwingModule.CACHE_VARIABLE, folder.toString()))).getInstance(SwingModel.class);

        assertThat(model.assess(scenario.swing(), supply)).isEqualTo(outcome.assessment());
        // reading an entry marks it used: the pruning keeps the most recently used
        assertThat(Files.getLastModifiedTime(entry).toMillis()).isPositive();
    }

    @Test
    void aRunOfMorePhasesThanTheCacheKeepsKeepsNoneOfThem() throws InputException {
        Scenario scenario = scenario(4_244);
        PhaseSupply supply = supplyOf(scenario);
        SwingModel model = SwingModel.keepingOutcomesIn(folder);

        model.assessAll(scenario.swing(), Collections.nCopies(SwingCache.KEPT + 1, supply), SwingProgress.NONE);
        assertThat(new SwingCache(folder).entries()).isEmpty();
        model.assessAll(scenario.swing(), Collections.nCopies(SwingCache.KEPT, supply.withFacility(
                supply.facility().times(2))), SwingProgress.NONE);
        assertThat(new SwingCache(folder).entries()).hasSize(1);
    }

    private static Optional<SwingModel.Outcome> read(SwingCache cache, SwingSettings settings, PhaseSupply supply) {
        return cache.key(settings, supply).flatMap(key -> cache.read(key, settings, supply));
    }

    private static void write(SwingCache cache, SwingSettings settings, PhaseSupply supply, SwingModel.Outcome outcome) {
        cache.write(cache.key(settings, supply).orElseThrow(), outcome);
    }

    private static PhaseSupply withBattery(PhaseSupply s, BatteryModel battery) {
        return new PhaseSupply(s.phase(), s.gpus(), s.facility(), s.gridShare(), s.generators(), battery,
                s.plannedBatteries());
    }
}
