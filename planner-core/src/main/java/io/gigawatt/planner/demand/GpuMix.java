package io.gigawatt.planner.demand;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.units.Power;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** GPUs installed at one moment, by model, in the order the build plan names them. */
public record GpuMix(Map<GpuModel, Double> counts) {

    public GpuMix {
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    public double total() {
        return counts.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Server-level IT power of the GPUs at full load, before networking, storage and CPU halls. */
    public Power gpuItPower() {
        Power sum = Power.ZERO;
        for (Map.Entry<GpuModel, Double> e : counts.entrySet()) {
            sum = sum.plus(e.getKey().itPerGpu().times(e.getValue()));
        }
        return sum;
    }

    /** How far the chips swing together between computing and waiting, summed over the mix. */
    public Power swing() {
        Power sum = Power.ZERO;
        for (Map.Entry<GpuModel, Double> e : counts.entrySet()) {
            sum = sum.plus(e.getKey().swing().times(e.getValue()));
        }
        return sum;
    }

    /** Whole GPUs by model id, for reports. */
    public Map<String, Long> byModelId() {
        Map<String, Long> ids = new LinkedHashMap<>();
        counts.forEach((model, count) -> ids.put(model.id(), Math.round(count)));
        return ids;
    }
}
