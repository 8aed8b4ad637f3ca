package io.gigawatt.planner.units;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A span of whole calendar days: a lead time, a slip, a wait. Signed, so a slack that has run out reads as a
 * negative span ({@code -28 days}) rather than being clamped to zero.
 */
public record Days(long count) implements Comparable<Days> {

    public static final Days ZERO = new Days(0);

    public static Days of(long count) {
        return new Days(count);
    }

    /** The days from {@code from} to {@code to}: negative when {@code to} comes first. */
    public static Days between(LocalDate from, LocalDate to) {
        return new Days(ChronoUnit.DAYS.between(from, to));
    }

    /** This span scaled by {@code factor}, rounded up to a whole day (a lead time 10% longer is never shorter). */
    public Days times(double factor) {
        if (!Double.isFinite(factor) || factor < 0) {
            throw new IllegalArgumentException("a factor on days must be finite and not negative, got " + factor);
        }
        return new Days((long) Math.ceil(count * factor - 1e-9));
    }

    public Days plus(Days other) {
        return new Days(count + other.count);
    }

    /** The date this span after {@code date}. */
    public LocalDate after(LocalDate date) {
        return date.plusDays(count);
    }

    public boolean isNegative() {
        return count < 0;
    }

    @Override
    public int compareTo(Days other) {
        return Long.compare(count, other.count);
    }

    /** "1 day", "60 days", "-28 days", "1,095 days". */
    @Override
    public String toString() {
        return Quantities.count(count) + (Math.abs(count) == 1 ? " day" : " days");
    }
}
