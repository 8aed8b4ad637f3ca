package io.gigawatt.planner.timeline;

import java.util.Locale;

/** Where a future supply option comes from (docs/equipment-figures.md, future supply). */
public enum SupplyKind {
    /** A further tranche of firm grid supply. */
    GRID,
    /** A power purchase agreement delivered through the grid. */
    PPA,
    /** A restarted plant, contracted through the grid (Crane, Palisades). */
    RESTART,
    /** A small modular reactor (NuScale, BWRX-300). */
    SMR,
    /** More on-site generation under a permit of its own. */
    GENERATION;

    /** The word a scenario writes: "grid", "ppa", "restart", "smr", "generation". */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
