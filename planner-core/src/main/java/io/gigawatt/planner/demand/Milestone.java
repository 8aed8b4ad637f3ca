package io.gigawatt.planner.demand;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GPUs installed between the previous milestone (or the build start) and {@code date}, by catalogue model id,
 * and the equipment the planner has lined up for the phase.
 */
public record Milestone(String name, LocalDate date, Map<String, Long> adds, Planned planned) {

    public Milestone {
        adds = Collections.unmodifiableMap(new LinkedHashMap<>(adds));
    }
}
