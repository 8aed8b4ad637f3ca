package io.gigawatt.planner.decisions;

import java.util.List;

/** What the scenario's {@code decisions:} section lets {@code planner plan} change; empty when it has none. */
public record Decisions(List<Lever> levers) {

    public static final Decisions NONE = new Decisions(List.of());

    public Decisions {
        levers = List.copyOf(levers);
    }

    /** How many candidate plans the levers span: the product of their value counts (saturating). */
    public long candidates() {
        long product = 1;
        for (Lever lever : levers) {
            product = Math.multiplyExact(product, (long) lever.values().size());
            if (product > Integer.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
        }
        return product;
    }
}
