package io.gigawatt.planner.units;

import java.time.Duration;

/**
 * How fast power changes: a ramp rate. Stored in watts per second; utilities write theirs in MW/s or MW/min,
 * generator makers in percent of rating per minute ({@link #percentPerMinute}).
 */
public record Ramp(double wattsPerSecond) implements Comparable<Ramp> {

    public static final Ramp ZERO = new Ramp(0);

    public Ramp {
        if (Double.isNaN(wattsPerSecond)) {
            throw new IllegalArgumentException("a ramp rate must be a number, got " + wattsPerSecond);
        }
    }

    public static Ramp mwPerSecond(double megawattsPerSecond) {
        return new Ramp(megawattsPerSecond * 1e6);
    }

    public static Ramp mwPerMinute(double megawattsPerMinute) {
        return new Ramp(megawattsPerMinute * 1e6 / 60);
    }

    /** A change of {@code power} over {@code duration}. */
    public static Ramp of(Power power, Duration duration) {
        return new Ramp(power.watts() / seconds(duration));
    }

    /** {@code share} of {@code rating} per minute: a generator's "20%/min". */
    public static Ramp percentPerMinute(double share, Power rating) {
        return new Ramp(share * rating.watts() / 60);
    }

    public double mwPerSecond() {
        return wattsPerSecond / 1e6;
    }

    public double mwPerMinute() {
        return wattsPerSecond * 60 / 1e6;
    }

    /** The power this ramp moves by over {@code duration}. */
    public Power over(Duration duration) {
        return Power.watts(wattsPerSecond * seconds(duration));
    }

    public Ramp times(double factor) {
        return new Ramp(wattsPerSecond * factor);
    }

    /** This ramp as a share of {@code limit}; zero when the limit is zero or unbounded. */
    public double shareOf(Ramp limit) {
        return limit.wattsPerSecond == 0 || Double.isInfinite(limit.wattsPerSecond) ? 0 : wattsPerSecond / limit.wattsPerSecond;
    }

    public boolean isAbove(Ramp other) {
        return wattsPerSecond > other.wattsPerSecond;
    }

    @Override
    public int compareTo(Ramp other) {
        return Double.compare(wattsPerSecond, other.wattsPerSecond);
    }

    /** "580 MW/s", "0.333 MW/s", "12 kW/s". */
    @Override
    public String toString() {
        double abs = Math.abs(wattsPerSecond);
        if (abs == 0) {
            return "0 MW/s";
        }
        if (abs >= 1e9) {
            return Quantities.format(wattsPerSecond / 1e9) + " GW/s";
        }
        if (abs >= 1e5) {
            return Quantities.format(wattsPerSecond / 1e6) + " MW/s";
        }
        if (abs >= 1e3) {
            return Quantities.format(wattsPerSecond / 1e3) + " kW/s";
        }
        return Quantities.format(wattsPerSecond) + " W/s";
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
