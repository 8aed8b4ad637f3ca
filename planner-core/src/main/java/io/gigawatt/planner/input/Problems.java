package io.gigawatt.planner.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects every problem of one input file, so a planner fixes them all in one pass rather than one per run. */
public final class Problems {

    private final List<Problem> found = new ArrayList<>();

    public void add(Location location, String field, String message) {
        found.add(new Problem(location, field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** How many problems have been found so far (to tell whether reading a part of the file added any). */
    public int count() {
        return found.size();
    }

    /** Throws, with the problems in file order, when any was found. */
    public void throwIfAny() throws InputException {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing((Problem p) -> p.location().file())
                    .thenComparingInt(p -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            throw new InputException(sorted);
        }
    }
}
