package io.gigawatt.planner.demand;

import java.time.LocalDate;
import java.util.List;

/** The build plan: work starts on {@code start}; each milestone adds GPUs by its date. */
public record Build(LocalDate start, List<Milestone> milestones) {

    public Build {
        milestones = List.copyOf(milestones);
    }
}
