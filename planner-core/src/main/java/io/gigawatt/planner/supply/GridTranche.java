package io.gigawatt.planner.supply;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * From {@code date} on, the utility delivers {@code firm} in all (a level, not an increment); a flexible tranche
 * delivers it from its earlier flexible date, curtailable until {@code date}. A flexible tranche with no firm date
 * (TVA connected Colossus's 150 MW substation on the condition that it curtails on request, and named no day it would
 * stop) stays curtailable until a later tranche raises the level, and taken firm it is not delivered at all.
 *
 * @param date     the day the utility delivers the level firm; null for a flexible tranche with no firm date
 * @param flexible the terms on which it delivers it sooner, or null for a firm tranche
 */
public record GridTranche(LocalDate date, Power firm, String note, Flexibility flexible) {

    /** A firm tranche. */
    public GridTranche(LocalDate date, Power firm, String note) {
        this(date, firm, note, null);
    }

    public boolean isFlexible() {
        return flexible != null;
    }

    /** Whether the utility has named the day it delivers the level firm (every firm tranche has). */
    public boolean hasFirmDate() {
        return date != null;
    }

    /** The day the level is delivered: the flexible date for a flexible tranche, else its date. */
    public LocalDate from() {
        return flexible == null ? date : flexible.date();
    }

    /**
     * The date that names the tranche where the scenario refers to one (interconnection costs, plans, comparisons):
     * its firm date, or the day it is delivered when it has none.
     */
    public LocalDate namingDate() {
        return date != null ? date : from();
    }

    /** Whether on {@code day} the tranche is delivered but may still be curtailed (for good without a firm date). */
    public boolean curtailableOn(LocalDate day) {
        return flexible != null && !day.isBefore(flexible.date()) && (date == null || day.isBefore(date));
    }

    /** The same tranche taken firm: delivered on its date, never curtailed; null when it has no firm date. */
    public GridTranche takenFirm() {
        return date == null ? null : new GridTranche(date, firm, note);
    }
}
