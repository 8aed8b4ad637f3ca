package io.gigawatt.planner.supply;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;

/**
 * From {@code date} on, the utility delivers {@code firm} in all (a level, not an increment); a flexible tranche
 * delivers it from its earlier flexible date, curtailable until {@code date}.
 *
 * @param date     the day the utility delivers the level firm
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

    /** The day the level is delivered: the flexible date for a flexible tranche, else its date. */
    public LocalDate from() {
        return flexible == null ? date : flexible.date();
    }

    /** Whether on {@code day} the tranche is delivered but may still be curtailed. */
    public boolean curtailableOn(LocalDate day) {
        return flexible != null && !day.isBefore(flexible.date()) && day.isBefore(date);
    }

    /** The same tranche taken firm: delivered on its date, never curtailed. */
    public GridTranche takenFirm() {
        return new GridTranche(date, firm, note);
    }
}
