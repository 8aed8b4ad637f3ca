package io.gigawatt.planner.units;

/** An air temperature, in degrees Celsius (gas turbine ratings are given at 15 C, ISO conditions). */
public record Temperature(double celsius) {

    public Temperature {
        if (!Double.isFinite(celsius) || celsius < -273.15) {
            throw new IllegalArgumentException("temperature must be finite and above absolute zero, got " + celsius);
        }
    }

    public static Temperature celsius(double celsius) {
        return new Temperature(celsius);
    }

    /** Degrees by which this temperature exceeds {@code other}; zero when it does not. */
    public double degreesAbove(Temperature other) {
        return Math.max(0, celsius - other.celsius);
    }

    @Override
    public String toString() {
        return Quantities.format(celsius) + " C";
    }
}
