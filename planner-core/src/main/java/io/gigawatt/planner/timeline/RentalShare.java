package io.gigawatt.planner.timeline;

/**
 * The share of a rental market one phase takes: "26 of the ~70 rentable smt-130".
 *
 * @param equipment   "generators" or "cooling"
 * @param marketUnits the planner's estimate of the rentable fleet of this model
 */
public record RentalShare(String phase, String equipment, String model, int units, int marketUnits) {

    public double share() {
        return (double) units / marketUnits;
    }
}
