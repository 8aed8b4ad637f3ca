package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.units.Quantities;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code --vary}: a key and the values it takes, in order.
 * <ul>
 *   <li>{@code key=FROM..TO:STEPS}: STEPS values evenly spaced from FROM to TO, both included (numbers or ISO dates;
 *       dates fall on whole days);</li>
 *   <li>{@code key=FROM..TO}: every whole number (or every day) from FROM to TO;</li>
 *   <li>{@code key=A,B,C}: these values (numbers, dates, model names), or one value for the whole sweep.</li>
 * </ul>
 */
public record Axis(KeyPath key, List<Value> values) {

    /** More values than this on one key is a typo (a missing {@code :STEPS}) rather than a plan. */
    static final int MOST_VALUES = 1_000_000;

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    public Axis {
        values = List.copyOf(values);
    }

    /** Parses {@code key=...}; an {@link IllegalArgumentException} says what is wrong, with an example. */
    public static Axis parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("'" + spec + "': expected KEY=FROM..TO[:STEPS] or KEY=A,B,C,"
                    + " as in equipment.generators.permitCapUnits=15..40:26");
        }
        KeyPath key = KeyPath.parse(spec.substring(0, equals).strip());
        String values = spec.substring(equals + 1).strip();
        try {
            return new Axis(key, values.contains("..") ? range(values) : list(values));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }

    private static List<Value> list(String text) {
        List<Value> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String item : text.split(",", -1)) {
            Value value = Value.of(item);
            if (seen.add(value.written())) {
                values.add(value);
            }
        }
        return values;
    }

    private static List<Value> range(String text) {
        int dots = text.indexOf("..");
        String from = text.substring(0, dots).strip();
        String rest = text.substring(dots + 2).strip();
        Integer steps = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            String count = rest.substring(colon + 1).strip();
            try {
                steps = Integer.parseInt(count);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + count + "' after ':' is not a number of values, expected"
                        + " FROM..TO:STEPS as in 15..40:26");
            }
            if (steps < 1 || steps > MOST_VALUES) {
                throw new IllegalArgumentException(steps + " values, expected 1 to " + Quantities.count(MOST_VALUES));
            }
            rest = rest.substring(0, colon).strip();
        }
        String to = rest;
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (fromDate != null && toDate != null) {
            return dates(fromDate, toDate, steps);
        }
        BigDecimal low = number(from);
        BigDecimal high = number(to);
        if (low == null || high == null) {
            throw new IllegalArgumentException("'" + text + "': expected FROM..TO[:STEPS] with two numbers (15..40:26,"
                    + " 1.1..1.5:5) or two dates (2025-05-15..2025-11-15:7)");
        }
        return numbers(low, high, steps, text);
    }

    private static List<Value> numbers(BigDecimal low, BigDecimal high, Integer steps, String text) {
        List<BigDecimal> points = new ArrayList<>();
        if (steps == null) {
            if (!whole(low) || !whole(high)) {
                throw new IllegalArgumentException("'" + text + "': say how many values between two decimal numbers,"
                        + " as in 1.1..1.5:5");
            }
            int sign = high.compareTo(low) >= 0 ? 1 : -1;
            long count = high.subtract(low).abs().longValueExact() + 1;
            if (count > MOST_VALUES) {
                throw new IllegalArgumentException(Quantities.count(count) + " values, expected at most "
                        + Quantities.count(MOST_VALUES) + " (give :STEPS)");
            }
            for (long i = 0; i < count; i++) {
                points.add(low.add(BigDecimal.valueOf(sign * i)));
            }
        } else if (steps == 1) {
            points.add(low);
        } else {
            BigDecimal span = high.subtract(low);
            for (int i = 0; i < steps; i++) {
                points.add(i == steps - 1 ? high : low.add(span.multiply(BigDecimal.valueOf(i))
                        .divide(BigDecimal.valueOf(steps - 1L), DIGITS)).round(DIGITS));
            }
        }
        List<Value> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (BigDecimal point : points) {
            String written = point.signum() == 0 ? "0" : point.stripTrailingZeros().toPlainString();
            if (seen.add(written)) {
                values.add(Value.number(written));
            }
        }
        return values;
    }

    private static List<Value> dates(LocalDate from, LocalDate to, Integer steps) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        long count = steps != null ? steps : Math.abs(last - first) + 1;
        if (count > MOST_VALUES) {
            throw new IllegalArgumentException(Quantities.count(count) + " days, expected at most "
                    + Quantities.count(MOST_VALUES) + " (give :STEPS)");
        }
        List<Value> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (long i = 0; i < count; i++) {
            long day = count == 1 ? first : first + Math.round((double) (last - first) * i / (count - 1));
            String written = LocalDate.ofEpochDay(day).toString();
            if (seen.add(written)) {
                values.add(Value.of(written));
            }
        }
        return values;
    }

    private static boolean whole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
