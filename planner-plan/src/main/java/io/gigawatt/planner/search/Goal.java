package io.gigawatt.planner.search;

import java.time.LocalDate;

/**
 * What {@code planner plan} looks for among the plans that pass every rule: the earliest (all phases ready soonest,
 * then the cheapest of those), the cheapest (present cost with the waiting GPUs' cost), or the cheapest ready by a
 * date.
 *
 * @param by the date every phase must be ready by ({@link Kind#CHEAPEST_BY} only, else null)
 */
public record Goal(Kind kind, LocalDate by) {

    public enum Kind { EARLIEST, CHEAPEST, CHEAPEST_BY }

    public static Goal earliest() {
        return new Goal(Kind.EARLIEST, null);
    }

    public static Goal cheapest() {
        return new Goal(Kind.CHEAPEST, null);
    }

    public static Goal cheapestBy(LocalDate by) {
        return new Goal(Kind.CHEAPEST_BY, by);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case EARLIEST -> "earliest";
            case CHEAPEST -> "cheapest";
            case CHEAPEST_BY -> "cheapest-by " + by;
        };
    }
}
