package io.gigawatt.planner.swing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a phase's generators run beside the grid: which of the two follows the swing, and so which limits judge it. A
 * phase without generators (or whose grid carries it all) runs on the grid whatever the mode.
 */
public enum GeneratorMode {

    /**
     * In parallel with the grid, both following every change in proportion to their shares of the draw: the utility's
     * limits judge the grid's share of the swing, the generators' ramp and load step theirs. The default.
     */
    LOAD_FOLLOWING("load-following"),
    /**
     * In parallel at a fixed output, the grid absorbing every change: the utility's limits judge the whole swing; the
     * generators follow nothing (a trip is still theirs).
     */
    FIXED_OUTPUT("fixed-output"),
    /** Cut off from the grid: the generators follow the whole swing, judged by their ramp and load step alone. */
    ISLANDED("islanded");

    private final String label;

    GeneratorMode(String label) {
        this.label = label;
    }

    /** The name a scenario writes: "fixed-output". */
    public String label() {
        return label;
    }

    /** The grid's share of every change of the sources' draw, for a phase whose generators carry some of it. */
    double gridShareOfChanges(double gridShare) {
        return switch (this) {
            case LOAD_FOLLOWING -> gridShare;
            case FIXED_OUTPUT -> 1;
            case ISLANDED -> 0;
        };
    }

    /** The grid's share of the draw itself (what the generators must carry the rest of). */
    double gridShareOfDraw(double gridShare) {
        return this == ISLANDED ? 0 : gridShare;
    }

    public static Optional<GeneratorMode> named(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(GeneratorMode::label).toList();
    }
}
