package io.gigawatt.planner.decisions;

import io.gigawatt.planner.input.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing {@code planner plan} may change in a milestone, and the values it may take (in order, each a whole
 * number: days of deferral, or units).
 *
 * @param milestone     the milestone's index in the build plan, from 0
 * @param milestoneName its name, for summaries
 * @param kind          what changes
 * @param values        the values allowed, ascending; for a planned count the scenario does not state, first null:
 *                      not stated, the models size it (the plan as written)
 * @param written       the value the scenario has (0 days of deferral; the planned units, or null when none are
 *                      planned and the models size them)
 * @param location      where the bounds are written, for messages
 */
public record Lever(int milestone, String milestoneName, Kind kind, List<Integer> values, Integer written,
                    Location location) {

    /** What a lever changes in its milestone; {@link #key} is its key under {@code decisions.milestones.NAME}. */
    public enum Kind {
        DEFER_DAYS("deferDays"), BATTERIES("batteries"), GENERATORS("generators");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    public Lever {
        // not List.copyOf: a planned count's first value may be null, "not stated"
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** The index of the allowed value nearest to the written one (the first, not stated, when none is written). */
    public int writtenIndex() {
        if (written == null) {
            return 0;
        }
        int best = 0;
        for (int i = 1; i < values.size(); i++) {
            if (Math.abs(values.get(i) - written) < Math.abs(values.get(best) - written)) {
                best = i;
            }
        }
        return best;
    }
}
