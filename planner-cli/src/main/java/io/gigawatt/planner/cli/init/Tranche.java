package io.gigawatt.planner.cli.init;

import java.time.LocalDate;

/** Firm grid power from a date on: {@code planner init --grid DATE:MW}. */
public record Tranche(LocalDate date, long mw) {

    public static final String FORM = "DATE:MW such as 2026-01-01:200";

    /** Reads {@code DATE:MW}; throws with what was expected when it is not that. */
    public static Tranche parse(String text) {
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected " + FORM + ", got '" + text + "'");
        }
        return new Tranche(Draft.date(parts[0], text),
                Draft.wholeNumber(parts[1], 0, 100_000, "a whole number of MW from 0 to 100,000", text));
    }
}
