package io.gigawatt.planner.units;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Number formatting shared by the unit types, so every report writes numbers the same way. */
public final class Quantities {

    private Quantities() {
    }

    /**
     * Three significant figures, but never fewer than the integer digits; thousands separated: "1,275", "177", "0.28".
     * From 10^18 on (past a long's digits: no figure of a campus, but a typo a message repeats) three significant
     * figures and a power of ten: "1e30", "-9.22e18".
     */
    public static String format(double value) {
        if (value == 0) {
            return "0";
        }
        double abs = Math.abs(value);
        if (abs >= 1e18) {
            BigDecimal figures = BigDecimal.valueOf(value).round(new MathContext(3, RoundingMode.HALF_UP));
            int exponent = figures.precision() - figures.scale() - 1;
            return figures.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
        }
        // valueOf reads the shortest decimal of the double ("1.275", not 1.27499...), so halves round up as people expect.
        BigDecimal rounded = abs >= 1000
                ? BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP)
                : BigDecimal.valueOf(value).round(new MathContext(3, RoundingMode.HALF_UP));
        String plain = rounded.stripTrailingZeros().toPlainString();
        return abs >= 1000 ? count(rounded.longValueExact()) : plain;
    }

    /**
     * A fraction as a percentage to a tenth: 0.2819 -> "28.2%", 0.25 -> "25%". The tenth keeps a share just
     * under a threshold (19.9%) from reading as the threshold itself.
     */
    public static String percent(double fraction) {
        BigDecimal percent = BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP);
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * {@code value} rounded to {@code decimals} places, halves away from zero, as its shortest decimal reads ("1.2345"
     * to 3 places is 1.235, though the double is a hair below): what {@code BigDecimal.valueOf(value).setScale(
     * decimals, HALF_UP).doubleValue()} gives. Reports round every number they show, thousands per sweep variant, so
     * values clear of a half take a shortcut with the same result: the nearest whole number of the scaled value,
     * divided back (one correctly rounded division, as BigDecimal's own conversion does).
     */
    public static double round(double value, int decimals) {
        if (decimals >= 0 && decimals < POWERS_OF_TEN.length) {
            double power = POWERS_OF_TEN[decimals];
            double scaled = value * power;
            double fraction = scaled - Math.floor(scaled);
            // the product is off by at most half a unit in its last place: far below this margin for |scaled| < 1e8
            if (Math.abs(scaled) < 1e8 && Math.abs(fraction - 0.5) > 1e-6) {
                return Math.rint(scaled) / power + 0.0; // + 0.0: no "-0.0" for a small negative
            }
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

    /** A whole count with thousands separated: 100000 -> "100,000". */
    public static String count(long value) {
        // what String.format(Locale.ROOT, "%,d", value) writes, without parsing a format string (rules write counts
        // into every finding, thousands of times in a sweep)
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder grouped = new StringBuilder(digits.length() + length / 3);
        int first = length % 3 == 0 ? 3 : length % 3;
        grouped.append(digits, 0, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return grouped.toString();
    }
}
