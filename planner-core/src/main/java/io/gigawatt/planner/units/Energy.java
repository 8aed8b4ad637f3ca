package io.gigawatt.planner.units;

/** An amount of energy. Stored in watt-hours, the unit battery and utility figures come in. */
public record Energy(double wattHours) implements Comparable<Energy> {

    public static final Energy ZERO = new Energy(0);

    public Energy {
        if (!Double.isFinite(wattHours)) {
            throw new IllegalArgumentException("energy must be finite, got " + wattHours);
        }
    }

    public static Energy wh(double wattHours) {
        return new Energy(wattHours);
    }

    public static Energy kwh(double kilowattHours) {
        return new Energy(kilowattHours * 1e3);
    }

    public static Energy mwh(double megawattHours) {
        return new Energy(megawattHours * 1e6);
    }

    public double mwh() {
        return wattHours / 1e6;
    }

    /** Joules (watt-seconds): the unit of energy stored per GPU in power supplies. */
    public static Energy joules(double joules) {
        return new Energy(joules / 3600);
    }

    public double joules() {
        return wattHours * 3600;
    }

    public Energy plus(Energy other) {
        return new Energy(wattHours + other.wattHours);
    }

    public Energy times(double factor) {
        return new Energy(wattHours * factor);
    }

    @Override
    public int compareTo(Energy other) {
        return Double.compare(wattHours, other.wattHours);
    }

    @Override
    public String toString() {
        double abs = Math.abs(wattHours);
        if (abs >= 1e9) {
            return Quantities.format(wattHours / 1e9) + " GWh";
        }
        if (abs >= 1e6) {
            return Quantities.format(wattHours / 1e6) + " MWh";
        }
        if (abs >= 1e3) {
            return Quantities.format(wattHours / 1e3) + " kWh";
        }
        return Quantities.format(wattHours) + " Wh";
    }
}
