package io.gigawatt.planner.cli.catalogue;

import io.gigawatt.planner.catalogue.Catalogue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The catalogue's sections, in the order the catalogue file writes them, named as that file and scenarios name them. */
public enum Kind {
    GPUS("gpus", Catalogue::gpus),
    GENERATORS("generators", Catalogue::generators),
    BATTERIES("batteries", Catalogue::batteries),
    COOLING("cooling", Catalogue::cooling);

    private final String key;
    private final Function<Catalogue, Map<String, ?>> models;

    Kind(String key, Function<Catalogue, Map<String, ?>> models) {
        this.key = key;
        this.models = models;
    }

    Map<String, ?> modelsOf(Catalogue catalogue) {
        return models.apply(catalogue);
    }

    /** The section named {@code key}, or null. */
    static Kind named(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst().orElse(null);
    }

    static List<String> keys() {
        return Arrays.stream(values()).map(Kind::toString).toList();
    }

    @Override
    public String toString() {
        return key;
    }
}
