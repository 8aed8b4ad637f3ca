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

    /** A model as readers meet it: "Tesla Megapack 2 XL, 4-hour (megapack-2xl-4h)", its catalogue name and its id. */
    public static String named(String name, String id) {
        return name == null || name.equals(id) ? id : name + " (" + id + ")";
    }

    /** The catalogue's name for the model {@code id} ("Solar Titan 130 (SMT-130) mobile gas turbine"), or the id. */
    public String name(String id) {
        if (gpus.containsKey(id)) {
            return gpus.get(id).name();
        }
        if (generators.containsKey(id)) {
            return generators.get(id).name();
        }
        if (batteries.containsKey(id)) {
            return batteries.get(id).name();
        }
        return cooling.containsKey(id) ? cooling.get(id).name() : id;
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
