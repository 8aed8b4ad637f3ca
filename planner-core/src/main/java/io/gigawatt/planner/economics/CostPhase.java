package io.gigawatt.planner.economics;

import io.gigawatt.planner.timeline.Alternative;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One phase as the cost model sees it: what it adds and needs, and when it is installed and ready.
 *
 * @param gpus       the phase's GPUs by model id (all installed by it, earlier phases' included)
 * @param facility   facility power with every GPU computing
 * @param batteries  battery units the phase has (planned where stated, else sized)
 * @param cooling    cooling units it needs
 * @param installed  the day its GPUs are installed
 * @param ready      the day it is installed, powered and cooled for good, or null when never
 * @param alternatives changes that would make it ready sooner (the timeline's)
 */
public record CostPhase(int number, String name, Map<String, Long> gpus, Power facility, int batteries, int cooling,
                        LocalDate installed, LocalDate ready, List<Alternative> alternatives) {

    public CostPhase {
        gpus = Collections.unmodifiableMap(new LinkedHashMap<>(gpus));
        alternatives = List.copyOf(alternatives);
    }

    public long gpuCount() {
        return gpus.values().stream().mapToLong(Long::longValue).sum();
    }
}
