package io.gigawatt.planner.units;

import java.util.Locale;

/**
 * An area of floor or land. Stored in square feet, the unit US building and site figures come in; land reads
 * best in acres (one acre is 43,560 square feet exactly).
 */
public record Area(double squareFeet) implements Comparable<Area> {

    public static final double SQUARE_FEET_PER_ACRE = 43_560;

    public static final Area ZERO = new Area(0);

    public Area {
        if (!Double.isFinite(squareFeet)) {
            throw new IllegalArgumentException("area must be finite, got " + squareFeet);
        }
    }

    public static Area squareFeet(double squareFeet) {
        return new Area(squareFeet);
    }

    public static Area acres(double acres) {
        return new Area(acres * SQUARE_FEET_PER_ACRE);
    }

    public double acres() {
        return squareFeet / SQUARE_FEET_PER_ACRE;
    }

    public Area plus(Area other) {
        return new Area(squareFeet + other.squareFeet);
    }

    public Area minus(Area other) {
        return new Area(squareFeet - other.squareFeet);
    }

    public Area times(double factor) {
        return new Area(squareFeet * factor);
    }

    public boolean isAbove(Area other) {
        return squareFeet > other.squareFeet;
    }

    @Override
    public int compareTo(Area other) {
        return Double.compare(squareFeet, other.squareFeet);
    }

    /** Whole square feet, thousands separated: "93,750 sq ft" (floor area). */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,.0f sq ft", squareFeet);
    }

    /** Acres to three significant figures: "11.1 acres", "1 acre" (land). */
    public String toAcresString() {
        String amount = Quantities.format(acres());
        return amount + (amount.equals("1") ? " acre" : " acres");
    }
}
