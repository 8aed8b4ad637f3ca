package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.GpuModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The campus trace: what synchronous jobs do to a campus's power, and how the load-side mitigations change it. */
class SwingPhysicsTest {

    private static final Catalogue CATALOGUE = CatalogueReader.loadDefault();
    private static final GpuModel H100 = CATALOGUE.gpus().get("H100");
    private static final GpuModel GB300 = CATALOGUE.gpus().get("GB300");
    private static final Duration FOUR_SECONDS = Duration.ofSeconds(4);

    /** A workload of 10 minutes at 100 ms with the given jobs, 50 ms of rack jitter, seed 7. */
    static Workload workload(Job... jobs) {
        return new Workload(Duration.ofMillis(100), Duration.ofMinutes(10), 7, Duration.ofMillis(50), 64,
                List.of(jobs));
    }

    /** Facility power of {@code gpus} at full compute with the campus's other loads: 1.6 kW per GPU. */
    static double[] trace(Workload workload, GpuModel model, long gpus, Mitigations mitigations) {
        return CampusLoad.trace(workload, Map.of(model, gpus), gpus * 1.6e-3, mitigations);
    }

    @Test
    void doublingTheGpusOfASynchronousJobDoublesTheSwing() {
        Workload one = workload(Job.steady("pretraining", 1, FOUR_SECONDS, 0.6));

        double swing = TraceStats.peakToTrough(trace(one, H100, 50_000, Mitigations.none()));
        double doubled = TraceStats.peakToTrough(trace(one, H100, 100_000, Mitigations.none()));

        // 50,000 x (690 W x 1.17 overshoot - 122 W idle) = 34.3 MW at most; 100 ms steps and jitter smooth the overshoot.
        assertThat(swing).isBetween(25.0, 34.3);
        assertThat(doubled / swing).isCloseTo(2.0, within(0.02));
    }

    @Test
    void independentJobsWithRandomPhasesSwingLessThanOneJobOfTheSameSize() {
        Workload one = workload(Job.steady("one job", 1, FOUR_SECONDS, 0.6));
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            jobs.add(Job.steady("job " + i, 0.25, FOUR_SECONDS, 0.6));
        }
        Workload four = workload(jobs.toArray(Job[]::new));

        double synchronous = TraceStats.peakToTrough(trace(one, H100, 100_000, Mitigations.none()));
        double independent = TraceStats.peakToTrough(trace(four, H100, 100_000, Mitigations.none()));

        assertThat(independent).isLessThan(0.8 * synchronous);
        assertThat(independent).isGreaterThan(0);
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedAnother() {
        Workload w = workload(Job.steady("a", 0.5, FOUR_SECONDS, 0.6), Job.steady("b", 0.5, Duration.ofSeconds(3), 0.5));
        Workload other = new Workload(w.step(), w.window(), 8, w.jitter(), w.gpusPerRack(), w.jobs());

        double[] first = trace(w, H100, 20_000, Mitigations.none());

        assertThat(trace(w, H100, 20_000, Mitigations.none())).containsExactly(first);
        assertThat(trace(other, H100, 20_000, Mitigations.none())).isNotEqualTo(first);
    }

    @Test
    void aSteadyJobDrawsItsWaveformsMeanOverWholeIterations() {
        // No jitter, a fixed phase: the campus's mean is its other loads plus each GPU's mean over an iteration.
        Job job = Job.steady("pretraining", 1, FOUR_SECONDS, 0.6).withPhase(Duration.ZERO);
        Workload w = new Workload(Duration.ofMillis(100), Duration.ofMinutes(10), 1, Duration.ZERO, 64, List.of(job));
        long gpus = 10_000;

        double[] trace = trace(w, H100, gpus, Mitigations.none());

        double perGpu = GpuWaveform.of(H100.profile(), 4, 0.6, H100.idle().watts(), 0, 0).mean();
        double expected = gpus * 1.6e-3 - gpus * 690e-6 + gpus * perGpu * 1e-6;
        assertThat(TraceStats.mean(trace)).isCloseTo(expected, within(1e-9));
        // Top: the step after the rise, half overshoot (807.3 W) and half compute (690 W); bottom: idle.
        assertThat(TraceStats.peakToTrough(trace)).isCloseTo(gpus * ((690 * 1.17 + 690) / 2 - 122) * 1e-6,
                within(1e-6));
    }

    @Test
    void aCheckpointPausesAndACrashDropTheJobToIdle() {
        Job job = Job.steady("pretraining", 1, FOUR_SECONDS, 0.6)
                .withCheckpoints(Duration.ofMinutes(3), Duration.ofSeconds(20)).withCrashAt(Duration.ofMinutes(8));
        long gpus = 10_000;
        double[] trace = trace(workload(job), H100, gpus, Mitigations.none());
        double idle = gpus * 1.6e-3 - gpus * (690 - 122) * 1e-6;

        // Mid-pause (3 min 10 s), and a minute after the crash: every GPU at idle.
        assertThat(trace[1_900]).isCloseTo(idle, within(1e-6));
        assertThat(trace[5_400]).isCloseTo(idle, within(1e-6));
        // Before the crash the job swings; after it the campus is flat.
        assertThat(TraceStats.peakToTrough(java.util.Arrays.copyOfRange(trace, 4_000, 4_600))).isGreaterThan(5);
        assertThat(TraceStats.peakToTrough(java.util.Arrays.copyOfRange(trace, 4_900, 6_000))).isLessThan(1e-6);
    }

    @Test
    void aPowerFloorNarrowsTheSwingAndCostsEnergy() {
        Workload w = workload(Job.steady("pretraining", 1, FOUR_SECONDS, 0.6));
        double[] bare = trace(w, H100, 100_000, Mitigations.none());
        double[] floored = trace(w, H100, 100_000, new Mitigations(false, 0.5, false, null, GeneratorMode.LOAD_FOLLOWING, null));

        // The trough rises from 122 W to 350 W per GPU: 22.8 MW of the swing gone.
        assertThat(TraceStats.peakToTrough(bare) - TraceStats.peakToTrough(floored)).isCloseTo(22.8, within(0.5));
        assertThat(TraceStats.energyMwh(floored, 0.1)).isGreaterThan(TraceStats.energyMwh(bare, 0.1));
    }

    @Test
    void powerSupplyStorageShavesTheGb300sPeak() {
        Workload w = workload(Job.steady("pretraining", 1, Duration.ofSeconds(2), 0.6));
        double[] bare = trace(w, GB300, 72_000, Mitigations.none());
        double[] stored = trace(w, GB300, 72_000, new Mitigations(false, null, true, null, GeneratorMode.LOAD_FOLLOWING, null));

        double peak = java.util.Arrays.stream(bare).max().orElseThrow();
        double shaved = java.util.Arrays.stream(stored).max().orElseThrow();
        assertThat(shaved).isLessThan(peak);
        assertThat(TraceStats.energyMwh(stored, 0.1)).isCloseTo(TraceStats.energyMwh(bare, 0.1), within(1e-3));
        // H100 power supplies store nothing: the mitigation changes nothing there.
        assertThat(trace(w, H100, 72_000, new Mitigations(false, null, true, null, GeneratorMode.LOAD_FOLLOWING, null)))
                .containsExactly(trace(w, H100, 72_000, Mitigations.none()));
    }

    @Test
    void aRampLimitTurnsACrashIntoARampDown() {
        Job job = Job.steady("pretraining", 1, FOUR_SECONDS, 0.6).withCrashAt(Duration.ofMinutes(5));
        long gpus = 100_000;
        double[] sudden = trace(workload(job), H100, gpus, Mitigations.none());
        double[] ramped = trace(workload(job), H100, gpus, new Mitigations(false, null, false, Duration.ofSeconds(30),
                GeneratorMode.LOAD_FOLLOWING, null));
        double idle = gpus * 1.6e-3 - gpus * (690 - 122) * 1e-6;

        // Sudden: idle right after the crash at step 3,000. Ramped: the GPUs hold their mean power and ramp it
        // down over 30 s, without iterating: no step moves more than a tenth of a second of the ramp.
        assertThat(sudden[3_001]).isCloseTo(idle, within(1e-6));
        assertThat(ramped[3_001]).isGreaterThan(idle + 20);
        assertThat(ramped[3_310]).isCloseTo(idle, within(1e-6));
        double meanExcess = TraceStats.mean(java.util.Arrays.copyOfRange(sudden, 2_000, 2_960)) - idle;
        assertThat(TraceStats.maxStepRamp(java.util.Arrays.copyOfRange(ramped, 3_001, 3_400), 0.1))
                .isCloseTo(meanExcess / 30, within(0.05 * meanExcess / 30));
        // The ramp burns energy the sudden crash does not: half the mean excess for 30 s.
        assertThat(TraceStats.energyMwh(ramped, 0.1) - TraceStats.energyMwh(sudden, 0.1))
                .isCloseTo(meanExcess * 15 / 3600, within(0.02 * meanExcess * 15 / 3600));
    }

    @Test
    void aMillionGpusCostNoMoreStepsThanAThousand() {
        // Racks are pooled into jitter groups: the trace of a million GPUs is a thousand's, scaled (same seed, same groups).
        Map<GpuModel, Long> small = new LinkedHashMap<>(Map.of(H100, 64_000L));
        Map<GpuModel, Long> large = new LinkedHashMap<>(Map.of(H100, 1_000_000L));
        Workload w = workload(Job.steady("pretraining", 1, FOUR_SECONDS, 0.6));

        double[] a = CampusLoad.trace(w, small, 64_000 * 1.6e-3, Mitigations.none());
        double[] b = CampusLoad.trace(w, large, 1_000_000 * 1.6e-3, Mitigations.none());

        assertThat(TraceStats.peakToTrough(b) / TraceStats.peakToTrough(a)).isCloseTo(1_000_000 / 64_000.0, within(0.3));
    }

    @Test
    void theTracesOfSchedulesThatCrashAtOtherTimesAreEachTheirOwnTraceBitForBit() {
        Job first = Job.steady("pretraining", 0.6, FOUR_SECONDS, 0.6).withCrashAt(Duration.ofMinutes(7));
        Job second = Job.steady("evaluation", 0.3, Duration.ofMillis(1500), 0.7).withCrashAt(Duration.ofMinutes(4));
        Job third = Job.steady("inference", 0.1, Duration.ofSeconds(2), 0.5);
        List<List<Job>> schedules = List.of(List.of(first, second, third),
                List.of(first.withCrashAt(null), second.withCrashAt(null), third),
                List.of(first, second.withCrashAt(null), third), List.of(first.withCrashAt(null), second, third),
                List.of(first, second.withCrashAt(Duration.ofMinutes(9)), third));
        Map<GpuModel, Long> gpus = new LinkedHashMap<>();
        gpus.put(H100, 60_000L);
        gpus.put(GB300, 12_000L);
        for (Mitigations mitigations : List.of(Mitigations.none(),
                new Mitigations(false, 0.5, true, Duration.ofSeconds(30), GeneratorMode.LOAD_FOLLOWING, null))) {
            double[][] traces = CampusLoad.traces(workload(first, second, third), schedules, gpus, 120, mitigations);

            for (int v = 0; v < schedules.size(); v++) {
                double[] alone = CampusLoad.trace(workload(schedules.get(v).toArray(Job[]::new)), gpus, 120,
                        mitigations);
                assertThat(traces[v]).containsExactly(alone);
            }
        }
    }
}
