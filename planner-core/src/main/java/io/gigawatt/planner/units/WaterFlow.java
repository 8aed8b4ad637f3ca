package io.gigawatt.planner.units;

/** Water used or available per day, in cubic metres a day (3,785 m3 is a million US gallons). */
public record WaterFlow(double m3PerDay) implements Comparable<WaterFlow> {

    public static final WaterFlow ZERO = new WaterFlow(0);

    public WaterFlow {
        if (!Double.isFinite(m3PerDay)) {
            throw new IllegalArgumentException("water flow must be finite, got " + m3PerDay);
        }
    }

    public static WaterFlow m3PerDay(double m3PerDay) {
        return new WaterFlow(m3PerDay);
    }

    /** The water a cooling design uses rejecting {@code heat} all day at {@code litresPerKwh}. */
    public static WaterFlow rejecting(Power heat, double litresPerKwh) {
        return new WaterFlow(heat.kw() * 24 * litresPerKwh / 1000);
    }

    public WaterFlow times(double factor) {
        return new WaterFlow(m3PerDay * factor);
    }

    public WaterFlow minus(WaterFlow other) {
        return new WaterFlow(m3PerDay - other.m3PerDay);
    }

    public boolean isAbove(WaterFlow other) {
        return m3PerDay > other.m3PerDay;
    }

    @Override
    public int compareTo(WaterFlow other) {
        return Double.compare(m3PerDay, other.m3PerDay);
    }

    /** "655 m3/day", "5,894 m3/day". */
    @Override
    public String toString() {
        return Quantities.format(m3PerDay) + " m3/day";
    }
}
