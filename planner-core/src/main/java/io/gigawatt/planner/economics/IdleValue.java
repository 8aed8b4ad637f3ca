package io.gigawatt.planner.economics;

/** How a day of an installed GPU waiting for power or cooling is valued. */
public enum IdleValue {
    /** What the market would have paid for its hours (the GPU model's rental value). */
    RENTAL,
    /** Its purchase price spread over its depreciation life: capital that earns nothing. */
    DEPRECIATION,
    /** Both: the capital and the forgone rental (for an owner who would rent the compute out). */
    BOTH;

    /** "rental", "depreciation", "both": as the scenario writes it. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
