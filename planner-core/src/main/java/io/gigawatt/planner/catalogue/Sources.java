package io.gigawatt.planner.catalogue;

import java.util.Map;

/**
 * Where the figures of one catalogue entry come from: one source for the entry, and a source of its own
 * for any figure that came from elsewhere (a scenario override, an assumption with its reasoning).
 */
public record Sources(String entry, Map<String, String> perFigure) {

    public Sources {
        perFigure = Map.copyOf(perFigure);
    }

    /** The source of one figure, named by its key in the catalogue file. */
    public String of(String figure) {
        return perFigure.getOrDefault(figure, entry);
    }
}
