package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.PowerProfile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

/**
 * The per-GPU power model, with the catalogue's H200 figures, against the H200 measured under NVML (test
 * resources traces/, copied from the project's shared data with their header lines). The model is sampled at the
 * trace's own reading times and put through the same measures as the readings.
 */
class CalibrationTest {

    private static final PowerProfile H200 = CatalogueReader.loadDefault().gpus().get("H200").profile();
    private static final MeasuredTrace TRAINING = MeasuredTrace.read("traces/h200-training-power-trace.csv");
    /** Square waves of 60% compute whose troughs the 100 ms sensor resolves (periods of 1 s and more). */
    private static final List<String> RESOLVED_WAVES = List.of("sq1.0", "sq2.0", "sq4.0");
    private static final double AFTER_RISE_SECONDS = 0.25;

    @Test
    void reproducesTheMeasuredIdleLevel() {
        double measured = median(TRAINING.wattsIn("idle", "idle_after_full", "final_idle"));
        // The model idles at its trough: a wave that computes 1% of a long iteration, read where it waits.
        GpuWaveform idle = GpuWaveform.of(H200, 100, 0.01, H200.idle().watts(), 0, 0);
        double modelled = median(TRAINING.readings().stream().filter(r -> r.phase().equals("idle"))
                .mapToDouble(r -> idle.at(50 + r.t() % 10)).toArray());

        assertThat(measured).isCloseTo(122.2, within(0.5));
        assertThat(modelled).isCloseTo(measured, within(0.10 * measured));
    }

    @Test
    void reproducesTheMeasuredComputeLevel() {
        var steady = TRAINING.readings().stream().filter(r -> r.phase().equals("steady_full")).toList();
        double measured = median(steady.stream().mapToDouble(MeasuredTrace.Reading::watts).toArray());
        // 12 s of back-to-back compute: one long iteration that started with the phase.
        double start = steady.get(0).t();
        GpuWaveform full = GpuWaveform.of(H200, 1000, 0.99, H200.idle().watts(), 0, 0);
        double modelled = median(steady.stream().mapToDouble(r -> full.at(r.t() - start)).toArray());

        assertThat(measured).isCloseTo(691, within(1.0));
        assertThat(modelled).isCloseTo(measured, within(0.10 * measured));
    }

    @Test
    void reproducesTheMeasuredOvershootAfterEachRise() {
        double measuredSum = 0;
        double modelledSum = 0;
        int rises = 0;
        for (String wave : RESOLVED_WAVES) {
            double period = Double.parseDouble(wave.substring(2));
            GpuWaveform model = GpuWaveform.of(H200, period, 0.6, H200.idle().watts(), 0, 0);
            for (MeasuredTrace.Rise rise : TRAINING.risesInto(AFTER_RISE_SECONDS, wave + "_compute")) {
                if (rise.after().isEmpty()) {
                    continue;
                }
                measuredSum += rise.after().stream().mapToDouble(MeasuredTrace.Reading::watts).max().orElseThrow();
                modelledSum += rise.after().stream().mapToDouble(r -> model.at(r.t() - rise.at())).max().orElseThrow();
                rises++;
            }
        }
        double measured = measuredSum / rises;
        double modelled = modelledSum / rises;

        assertThat(rises).isGreaterThanOrEqualTo(25);
        // Mean peak after a rise ~790 W: 1.15 x the 691 W compute level (single readings reach 971 W).
        assertThat(measured).isBetween(760.0, 830.0);
        assertThat(modelled).isCloseTo(measured, within(0.10 * measured));
        assertThat(H200.peak().watts()).isCloseTo(measured, within(0.10 * measured));
    }

    @Test
    void reproducesTheMeasuredEnergyOfEachTrough() {
        double measuredSum = 0;
        double modelledSum = 0;
        int readings = 0;
        for (String wave : RESOLVED_WAVES) {
            double period = Double.parseDouble(wave.substring(2));
            double trough = 0.4 * period;
            GpuWaveform model = GpuWaveform.of(H200, period, 0.6, H200.idle().watts(), 0, 0);
            // the label turns to the trough where the model's iteration has computed for 60% of its period
            for (MeasuredTrace.Rise fall : TRAINING.risesInto(trough, wave + "_comm")) {
                for (MeasuredTrace.Reading r : fall.after()) {
                    measuredSum += r.watts();
                    modelledSum += model.at(0.6 * period + r.t() - fall.at());
                    readings++;
                }
            }
        }

        assertThat(readings).isGreaterThanOrEqualTo(100);
        // the trough's readings, as the 100 ms sensor sees them: the fall from compute and the idle wait
        assertThat(modelledSum / readings).isCloseTo(measuredSum / readings, within(0.10 * measuredSum / readings));
    }

    @Test
    void costsOfAPowerFloorAndOfACommunicationTroughMatchTheMeasuredRatios() throws IOException {
        JsonNode phases = json("traces/h200-power-floor.phases.json");
        double idleWave = meanPower(phases, "square_idle_trough");
        double copyRatio = meanPower(phases, "square_copy_trough") / idleWave;
        double floor50Ratio = meanPower(phases, "square_floor50") / idleWave;
        double floor70Ratio = meanPower(phases, "square_floor70") / idleWave;
        assertThat(floor50Ratio).isCloseTo(1.14, within(0.005));
        assertThat(copyRatio).isCloseTo(1.23, within(0.005));
        assertThat(floor70Ratio).isCloseTo(1.34, within(0.005));

        // The same 2 s square wave, 1.2 s compute and 0.8 s trough, modelled with each trough.
        double idle = H200.idle().watts();
        double copyTrough = phases.get("copy_trough_w").asDouble();
        double floor50 = phases.get("filler_calibration_w").get(phases.get("floor50_duty").asText()).asDouble();
        double floor70 = phases.get("filler_calibration_w").get(phases.get("floor70_duty").asText()).asDouble();
        double modelIdle = GpuWaveform.of(H200, 2, 0.6, idle, 0, 0).mean();
        double modelCopy = GpuWaveform.of(H200, 2, 0.6, copyTrough, 0, 0).mean();
        double modelFloor50 = GpuWaveform.of(H200, 2, 0.6, idle, floor50, 0).mean();
        double modelFloor70 = GpuWaveform.of(H200, 2, 0.6, idle, floor70, 0).mean();

        assertThat(modelIdle).isCloseTo(idleWave, within(0.05 * idleWave));
        assertThat(modelCopy / modelIdle).isCloseTo(copyRatio, within(0.03));
        assertThat(modelFloor50 / modelIdle).isCloseTo(floor50Ratio, within(0.03));
        assertThat(modelFloor70 / modelIdle).isCloseTo(floor70Ratio, within(0.03));
    }

    private static double meanPower(JsonNode phases, String name) {
        for (JsonNode phase : phases.get("phases")) {
            if (phase.get("phase").asText().equals(name)) {
                return phase.get("energy_j").asDouble() / phase.get("seconds").asDouble();
            }
        }
        throw new IllegalArgumentException("no phase " + name);
    }

    private static JsonNode json(String resource) throws IOException {
        try (InputStream in = CalibrationTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static double median(double[] values) {
        return new Median().evaluate(values);
    }
}
