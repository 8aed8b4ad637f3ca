package io.gigawatt.planner.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The catalogue's prices by model id. Kept apart from the models' physical figures, so a sweep that varies a price
 * does not make the swing model see a new GPU or generator. A model without an entry here is not priced: the cost
 * model leaves it out and says so.
 */
public record Prices(Map<String, GpuPrice> gpus, Map<String, GeneratorPrice> generators,
                     Map<String, BatteryPrice> batteries, Map<String, CoolingPrice> cooling) {

    public static final Prices NONE = new Prices(Map.of(), Map.of(), Map.of(), Map.of());

    public Prices {
        gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
        generators = Collections.unmodifiableMap(new LinkedHashMap<>(generators));
        batteries = Collections.unmodifiableMap(new LinkedHashMap<>(batteries));
        cooling = Collections.unmodifiableMap(new LinkedHashMap<>(cooling));
    }
}
