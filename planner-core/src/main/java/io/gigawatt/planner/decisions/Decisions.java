package io.gigawatt.planner.decisions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scenario's {@code decisions:} section lets {@code planner plan} change; empty when it has none.
 *
 * @param gridOffers the utility's offers, by name: what a {@link Lever.Kind#GRID_OFFER} lever takes or leaves
 */
public record Decisions(List<Lever> levers, Map<String, GridOffer> gridOffers) {

    public static final Decisions NONE = new Decisions(List.of(), Map.of());

    public Decisions {
        levers = List.copyOf(levers);
        gridOffers = Collections.unmodifiableMap(new LinkedHashMap<>(gridOffers));
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
