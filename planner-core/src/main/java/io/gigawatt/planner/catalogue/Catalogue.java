package io.gigawatt.planner.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
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
}
