package io.gigawatt.planner.units;

import java.util.Locale;

/** An amount of electric or thermal power. Stored in watts; shown in the unit a planner reads best. */
public record Power(double watts) implements Comparable<Power> {

    /** One ton of refrigeration removes 3.517 kW of heat (12,000 BTU/h). */
    private static final double WATTS_PER_TON_OF_REFRIGERATION = 3516.85;

    public static final Power ZERO = new Power(0);

    public Power {
        if (!Double.isFinite(watts)) {
            throw new IllegalArgumentException("power must be finite, got " + watts);
        }
    }

    public static Power watts(double watts) {
        return new Power(watts);
    }

    public static Power kw(double kilowatts) {
        return new Power(kilowatts * 1e3);
    }

    public static Power mw(double megawatts) {
        return new Power(megawatts * 1e6);
    }

    public static Power tonsOfRefrigeration(double tons) {
        return new Power(tons * WATTS_PER_TON_OF_REFRIGERATION);
    }

    public double kw() {
        return watts / 1e3;
    }

    public double mw() {
        return watts / 1e6;
    }

    public double tonsOfRefrigeration() {
        return watts / WATTS_PER_TON_OF_REFRIGERATION;
    }

    public Power plus(Power other) {
        return new Power(watts + other.watts);
    }

    public Power minus(Power other) {
        return new Power(watts - other.watts);
    }

    public Power times(double factor) {
        return new Power(watts * factor);
    }

    /** The share this power is of {@code whole}, as a fraction; zero when the whole is zero. */
    public double shareOf(Power whole) {
        return whole.watts == 0 ? 0 : watts / whole.watts;
    }

    public Energy over(java.time.Duration duration) {
        return Energy.wh(watts * duration.toMillis() / 3_600_000.0);
    }

    public Power atLeast(Power floor) {
        return watts >= floor.watts ? this : floor;
    }

    public boolean isAbove(Power other) {
        return watts > other.watts;
    }

    public boolean isBelow(Power other) {
        return watts < other.watts;
    }

    @Override
    public int compareTo(Power other) {
        return Double.compare(watts, other.watts);
    }

    /** "177 MW", "1.28 kW", "700 W": three significant figures, in the largest fitting unit; no power is "0 MW". */
    @Override
    public String toString() {
        double abs = Math.abs(watts);
        if (abs == 0) {
            return "0 MW";
        }
        if (abs >= 1e9) {
            return Quantities.format(watts / 1e9) + " GW";
        }
        if (abs >= 1e6) {
            return Quantities.format(watts / 1e6) + " MW";
        }
        if (abs >= 1e3) {
            return Quantities.format(watts / 1e3) + " kW";
        }
        return Quantities.format(watts) + " W";
    }

    /** Tons of refrigeration, rounded to whole tons: "42,700 tons". */
    public String toTonsString() {
        // what String.format(Locale.ROOT, "%,.0f tons", tons) writes (half up on the shortest decimal), without
        // parsing a format string: cooling rules write it into findings thousands of times in a sweep
        double tons = tonsOfRefrigeration();
        if (!Double.isFinite(tons)) {
            return String.format(Locale.ROOT, "%,.0f tons", tons);
        }
        return Quantities.count(java.math.BigDecimal.valueOf(tons).setScale(0, java.math.RoundingMode.HALF_UP)
                .longValueExact()) + " tons";
    }
}
