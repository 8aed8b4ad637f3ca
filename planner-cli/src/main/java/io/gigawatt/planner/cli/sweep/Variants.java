package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.units.Quantities;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every variant of a sweep, numbered from 0: each row of a variant table (if any) with every combination of the
 * {@code --vary} axes, the table's rows varying slowest and the last axis fastest (as nested loops written in the
 * order given). A variant is computed from its number, so a sweep of millions holds none of them in memory.
 */
public final class Variants {

    private final List<KeyPath> keys = new ArrayList<>();
    private final VariantTable table;
    private final List<Axis> axes;
    private final int size;
    /** Per key: each value's rank in the key's order (numbers and dates as such, else as first given). */
    private final List<Map<String, Integer>> ranks = new ArrayList<>();

    public Variants(VariantTable table, List<Axis> axes) {
        this.table = table;
        this.axes = List.copyOf(axes);
        Set<String> seen = new HashSet<>();
        if (table != null) {
            keys.addAll(table.keys());
        }
        axes.forEach(a -> keys.add(a.key()));
        for (KeyPath key : keys) {
            if (!seen.add(key.text())) {
                throw new IllegalArgumentException(key + ": varied twice, expected each key once (in --vary or the"
                        + " variants file)");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("nothing to vary, expected --vary KEY=FROM..TO[:STEPS] or --variants FILE.csv");
        }
        long count = table == null ? 1 : table.rows().size();
        for (Axis axis : axes) {
            count *= axis.values().size();
            if (count > InputLimits.VARIANTS) {
                throw new IllegalArgumentException("more than " + Quantities.count(InputLimits.VARIANTS) + " variants,"
                        + " expected at most " + Quantities.count(InputLimits.VARIANTS) + ": fewer values per key (:STEPS),"
                        + " or several sweeps");
            }
        }
        size = (int) count;
        for (int k = 0; k < keys.size(); k++) {
            ranks.add(ranking(distinct(k)));
        }
    }

    public int size() {
        return size;
    }

    /** The varied keys: the table's columns, then the axes. */
    public List<KeyPath> keys() {
        return List.copyOf(keys);
    }

    /** The values of variant {@code index}, one per key, in the order of {@link #keys()}. */
    public List<Value> values(int index) {
        List<Value> values = new ArrayList<>(keys.size());
        int rest = index;
        Value[] axisValues = new Value[axes.size()];
        for (int a = axes.size() - 1; a >= 0; a--) {
            List<Value> options = axes.get(a).values();
            axisValues[a] = options.get(rest % options.size());
            rest /= options.size();
        }
        if (table != null) {
            values.addAll(table.rows().get(rest));
        }
        values.addAll(List.of(axisValues));
        return values;
    }

    /** The rank of each of the variant's values in its key's order (for telling which changes flip a verdict). */
    public int[] ranks(List<Value> values) {
        int[] result = new int[values.size()];
        for (int k = 0; k < values.size(); k++) {
            result[k] = ranks.get(k).get(values.get(k).written());
        }
        return result;
    }

    /** The values key {@code k} takes, in its order. */
    public List<String> ordered(int k) {
        Map<String, Integer> rank = ranks.get(k);
        List<String> values = new ArrayList<>(rank.keySet());
        values.sort(Comparator.comparingInt(rank::get));
        return values;
    }

    private List<String> distinct(int k) {
        Set<String> values = new java.util.LinkedHashSet<>();
        int fromTable = table == null ? 0 : table.keys().size();
        if (k < fromTable) {
            table.rows().forEach(row -> values.add(row.get(k).written()));
        } else {
            axes.get(k - fromTable).values().forEach(v -> values.add(v.written()));
        }
        return new ArrayList<>(values);
    }

    /** Numbers by value, dates by day, anything else as first given; an axis keeps the order it was given in. */
    private static Map<String, Integer> ranking(List<String> values) {
        List<String> ordered = new ArrayList<>(values);
        Map<String, BigDecimal> numbers = new HashMap<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (String v : values) {
            try {
                numbers.put(v, new BigDecimal(v));
            } catch (NumberFormatException e) {
                // not a number
            }
            try {
                dates.put(v, LocalDate.parse(v));
            } catch (java.time.format.DateTimeParseException e) {
                // not a date
            }
        }
        if (numbers.size() == values.size() && !monotonic(values, numbers)) {
            ordered.sort(Comparator.comparing(numbers::get));
        } else if (dates.size() == values.size() && !monotonic(values, dates)) {
            ordered.sort(Comparator.comparing(dates::get));
        }
        Map<String, Integer> rank = new LinkedHashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i), i);
        }
        return rank;
    }

    /** Already in increasing or decreasing order (a range given from high to low keeps its order). */
    private static <T extends Comparable<? super T>> boolean monotonic(List<String> values, Map<String, T> parsed) {
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < values.size(); i++) {
            int c = parsed.get(values.get(i)).compareTo(parsed.get(values.get(i - 1)));
            up &= c > 0;
            down &= c < 0;
        }
        return up || down;
    }
}
