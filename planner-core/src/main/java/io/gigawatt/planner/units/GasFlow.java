package io.gigawatt.planner.units;

/**
 * A flow of natural gas, as the energy it carries per day: MMBtu a day (a dekatherm a day, the unit pipeline
 * capacity is sold in). A turbine burns its output times its heat rate.
 */
public record GasFlow(double mmbtuPerDay) implements Comparable<GasFlow> {

    public static final GasFlow ZERO = new GasFlow(0);

    private static final double BTU_PER_MMBTU = 1e6;

    public GasFlow {
        if (!Double.isFinite(mmbtuPerDay)) {
            throw new IllegalArgumentException("gas flow must be finite, got " + mmbtuPerDay);
        }
    }

    public static GasFlow mmbtuPerDay(double mmbtuPerDay) {
        return new GasFlow(mmbtuPerDay);
    }

    /** The gas a unit burns all day at {@code output} with a heat rate of {@code btuPerKwh}. */
    public static GasFlow burning(Power output, double btuPerKwh) {
        return new GasFlow(output.kw() * btuPerKwh * 24 / BTU_PER_MMBTU);
    }

    public GasFlow times(double factor) {
        return new GasFlow(mmbtuPerDay * factor);
    }

    public GasFlow minus(GasFlow other) {
        return new GasFlow(mmbtuPerDay - other.mmbtuPerDay);
    }

    public boolean isAbove(GasFlow other) {
        return mmbtuPerDay > other.mmbtuPerDay;
    }

    @Override
    public int compareTo(GasFlow other) {
        return Double.compare(mmbtuPerDay, other.mmbtuPerDay);
    }

    /** "29,900 MMBtu/day" (to the whole MMBtu from 1,000 up), "165 MMBtu/day". */
    @Override
    public String toString() {
        return Quantities.format(mmbtuPerDay) + " MMBtu/day";
    }
}
