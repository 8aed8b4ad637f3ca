package io.gigawatt.planner.cli.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slice {@code number} of {@code count} of a sweep's variants ({@code --shard K/N}), for a batch scheduler's array of
 * jobs: consecutive variants, the slices disjoint and together every variant, the same slice for the same K/N on any
 * machine. Merged in order ({@code planner sweep merge}), the slices' tables are the whole sweep's.
 */
public record Shard(int number, int count) {

    /** The whole sweep. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern K_OF_N = Pattern.compile("(\\d{1,9})/(\\d{1,9})");
    /** How a slice's file name ends: {@code colossus-sweep-2-of-8}. */
    private static final Pattern NAMED = Pattern.compile("-\\d{1,9}-of-\\d{1,9}$");

    /** {@code K/N} as typed; an {@link IllegalArgumentException} says what is wrong with it. */
    public static Shard parse(String text) {
        Matcher matcher = K_OF_N.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a slice, expected K/N (slice K of N, from 1), as in"
                    + " 2/8");
        }
        int number = Integer.parseInt(matcher.group(1));
        int count = Integer.parseInt(matcher.group(2));
        if (count < 1) {
            throw new IllegalArgumentException("'" + text + "': " + count + " slices, expected at least 1, as in 1/4");
        }
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("'" + text + "': there is no slice " + number + " of " + count
                    + ", expected K from 1 to " + count + ", as in 1/" + count + " .. " + count + "/" + count);
        }
        return new Shard(number, count);
    }

    /** The slice's first variant (from 0) in a sweep of {@code variants}. */
    public int from(int variants) {
        return (int) ((long) variants * (number - 1) / count);
    }

    /** The variant after the slice's last. */
    public int to(int variants) {
        return (int) ((long) variants * number / count);
    }

    /** What a file of this slice adds to the whole sweep's name: {@code -K-of-N}, or nothing for the whole sweep. */
    public String suffix() {
        return equals(ALL) ? "" : "-" + number + "-of-" + count;
    }

    /** {@code name} without a slice's {@link #suffix}: the whole sweep's name. */
    public static String unsliced(String name) {
        return NAMED.matcher(name).replaceFirst("");
    }

    /** Whether {@code name} ends as a slice's file name does. */
    public static boolean sliceNamed(String name) {
        return NAMED.matcher(name).find();
    }

    @Override
    public String toString() {
        return number + "/" + count;
    }
}
