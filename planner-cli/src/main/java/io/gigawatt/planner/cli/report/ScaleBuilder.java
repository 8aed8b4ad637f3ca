package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.units.Quantities.round;

import java.util.Comparator;
import java.util.List;

/**
 * Sets the report's largest phase and its targets against biology, from the report's own rounded figures, so the
 * scale section can be checked against the phases it came from.
 */
final class ScaleBuilder {

    private ScaleBuilder() {
    }

    /** The scale of the phase with the largest facility power, or null for a plan without phases. */
    static Scale build(List<Report.Phase> phases, List<Report.Target> targets) {
        Report.Phase largest = phases.stream().max(Comparator.comparingDouble(Report.Phase::facilityMw)).orElse(null);
        if (largest == null || largest.gpuCount() == 0) {
            return null;
        }
        double facilityMw = largest.facilityMw();
        double kwPerGpu = facilityMw * 1000 / largest.gpuCount();
        double facilityGwh = round(Biology.REFERENCE_GPU_HOURS * kwPerGpu / 1e6, 3);
        Scale.Training training = new Scale.Training(Biology.REFERENCE_RUN, Biology.REFERENCE_GPU_HOURS,
                Biology.REFERENCE_GWH, round(Biology.REFERENCE_GPU_HOURS / largest.gpuCount() / 24, 2), facilityGwh,
                Math.round(facilityGwh * 1e9 / (Biology.BRAIN_W * Biology.HOURS_PER_YEAR)));
        return new Scale(largest.name(), largest.gpuCount(), facilityMw, Biology.BRAIN_W, brains(facilityMw),
                Biology.BODY_W, Math.round(facilityMw * 1e6 / Biology.BODY_W), round(facilityMw * 24 / 1000, 3),
                training, targets.stream().map(t -> new Scale.TargetScale(t.name(), t.facilityMw(),
                        brains(t.facilityMw()))).toList(), Biology.SOURCE);
    }

    private static long brains(double megawatts) {
        return Math.round(megawatts * 1e6 / Biology.BRAIN_W);
    }
}
