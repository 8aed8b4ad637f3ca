package io.gigawatt.planner.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The equipment a scenario may name, keyed by model id, in catalogue order, and what it costs. */
public record Catalogue(Map<String, GpuModel> gpus,
                        Map<String, GeneratorModel> generators,
                        Map<String, BatteryModel> batteries,
                        Map<String, CoolingModel> cooling,
                        Prices prices) {

    public Catalogue {
        gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
        generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
        batteries = Collections.unmodifiableMap(new LinkedHashMap<>(batteries));
        cooling = Collections.unmodifiableMap(new LinkedHashMap<>(cooling));
    }

    /** This catalogue with {@code replaced} GPU models in place of those of their ids (a power cap's, say). */
    public Catalogue withGpus(List<GpuModel> replaced) {
        if (replaced.isEmpty()) {
            return this;
        }
        Map<String, GpuModel> models = new LinkedHashMap<>(gpus);
        replaced.forEach(m -> models.put(m.id(), m));
        return new Catalogue(models, generators, batteries, cooling, prices);
    }
}
