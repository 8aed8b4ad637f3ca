package io.gigawatt.planner.cli.catalogue;

import java.util.Arrays;
import java.util.List;

/** The catalogue's sections, in the order the catalogue file writes them, named as that file and scenarios name them. */
public enum Kind {
    GPUS("gpus"),
    GENERATORS("generators"),
    BATTERIES("batteries"),
    COOLING("cooling");

    private final String key;

    Kind(String key) {
        this.key = key;
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
