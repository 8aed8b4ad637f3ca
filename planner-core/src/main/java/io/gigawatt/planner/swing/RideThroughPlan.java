package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan declares to ride through the grid's voltage dips ({@code mitigations.rideThrough}); each null when
 * not declared.
 *
 * @param storageSeconds how long UPS or rack batteries (BBU) carry the whole IT load
 * @param returnSeconds  how long they take to hand the load back to the grid once the voltage is back
 * @param converterMva   the rating of a grid-facing converter that keeps the load connected through the dips
 */
public record RideThroughPlan(Double storageSeconds, Double returnSeconds, Double converterMva) {

    /** "storage for 1.5 s, handed back within 1 s, a 300 MVA converter"; "nothing" when nothing is declared. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (storageSeconds != null) {
            parts.add("storage for " + Quantities.format(storageSeconds) + " s");
        }
        if (returnSeconds != null) {
            parts.add("handed back within " + Quantities.format(returnSeconds) + " s");
        }
        if (converterMva != null) {
            parts.add("a " + Quantities.format(converterMva) + " MVA converter");
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
