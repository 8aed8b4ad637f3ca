package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputLimits;
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
 *   <li>{@code key=FROM..TO:count=N}: N values evenly spaced from FROM to TO, both included (numbers or ISO dates;
 *       dates fall on whole days);</li>
 *   <li>{@code key=FROM..TO:step=S}: FROM, FROM + S, ... as far as TO (a number, or whole days between dates);</li>
 *   <li>{@code key=FROM..TO}: every whole number (or every day) from FROM to TO;</li>
 *   <li>{@code key=A,B,C}: these values (numbers, dates, model names), or one value for the whole sweep.</li>
 * </ul>
 * A bare {@code FROM..TO:N} is refused: readers took N for a step where it was a count, so it names both spellings.
 */
public record Axis(KeyPath key, List<Value> values) {

    /** How a range is spelt, for messages. */
    private static final String RANGE = "FROM..TO[:count=N|:step=S]";

    private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    public Axis {
        values = List.copyOf(values);
    }

    /** Parses {@code key=...}; an {@link IllegalArgumentException} says what is wrong, with an example. */
    public static Axis parse(String spec) {
        int equals = spec.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException("'" + InputLimits.excerpt(spec) + "': expected KEY=" + RANGE
                    + " or KEY=A,B,C, as in equipment.generators.permitCapMw=150..400:step=25");
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

    /** How far apart a range's values are: so many values, or a step; null for every whole number or day. */
    private record Spacing(Integer count, BigDecimal step) {
    }

    private static List<Value> range(String text) {
        int dots = text.indexOf("..");
        String from = text.substring(0, dots).strip();
        String rest = text.substring(dots + 2).strip();
        Spacing spacing = null;
        int colon = rest.lastIndexOf(':');
        if (colon >= 0) {
            spacing = spacing(text, rest.substring(colon + 1).strip());
            rest = rest.substring(0, colon).strip();
        }
        String to = rest;
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (fromDate != null && toDate != null) {
            return dates(fromDate, toDate, spacing);
        }
        BigDecimal low = number(from);
        BigDecimal high = number(to);
        if (low == null || high == null) {
            throw new IllegalArgumentException("'" + InputLimits.excerpt(text) + "': expected " + RANGE + " with two"
                    + " numbers (15..40:count=26, 1.1..1.5:step=0.1) or two dates (2025-05-15..2025-11-15:step=30)");
        }
        return numbers(low, high, spacing, text);
    }

    private static Spacing spacing(String text, String after) {
        String[] named = after.split("=", 2);
        String name = named[0].strip();
        if (named.length == 1) {
            String range = InputLimits.excerpt(text.substring(0, text.lastIndexOf(':')).strip());
            String n = InputLimits.excerpt(after);
            throw new IllegalArgumentException("'" + InputLimits.excerpt(text) + "': ':" + n + "' could be a number of"
                    + " values or a step, expected " + range + ":count=" + n + " (" + n + " values) or " + range
                    + ":step=" + n + " (every " + n + ")");
        }
        String value = named[1].strip();
        if (name.equals("count")) {
            int count;
            try {
                count = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + InputLimits.excerpt(value) + "' after 'count=' is not a number"
                        + " of values, expected a whole number as in 15..40:count=26");
            }
            if (count < 1 || count > InputLimits.VARIANTS) {
                throw new IllegalArgumentException(count + " values, expected 1 to "
                        + Quantities.count(InputLimits.VARIANTS));
            }
            return new Spacing(count, null);
        }
        if (name.equals("step")) {
            BigDecimal step = number(value);
            if (step == null || step.signum() <= 0) {
                throw new IllegalArgumentException("'" + InputLimits.excerpt(value) + "' after 'step=' is not a step,"
                        + " expected a number above 0 as in 150..400:step=25");
            }
            return new Spacing(null, step);
        }
        throw new IllegalArgumentException("'" + InputLimits.excerpt(name) + "=' after ':', expected count=N or step=S"
                + " as in 15..40:count=26 or 150..400:step=25");
    }

    private static List<Value> numbers(BigDecimal low, BigDecimal high, Spacing spacing, String text) {
        List<BigDecimal> points = new ArrayList<>();
        if (spacing == null || spacing.step() != null) {
            BigDecimal step = spacing == null ? BigDecimal.ONE : spacing.step();
            if (spacing == null && (!whole(low) || !whole(high))) {
                throw new IllegalArgumentException("'" + InputLimits.excerpt(text) + "': say how far apart the values"
                        + " between two decimal numbers are, as in 1.1..1.5:step=0.1 or 1.1..1.5:count=5");
            }
            int sign = high.compareTo(low) >= 0 ? 1 : -1;
            BigDecimal steps = high.subtract(low).abs().divideToIntegralValue(step);
            if (steps.compareTo(BigDecimal.valueOf(InputLimits.VARIANTS)) >= 0) {
                // a step of 10^-18 over 10^18 is more values than a long counts
                String many = steps.precision() - steps.scale() < 18 ? Quantities.count(steps.longValue() + 1)
                        : "over " + Quantities.count(InputLimits.VARIANTS);
                throw new IllegalArgumentException(many + " values, expected at most " + Quantities.count(InputLimits.VARIANTS) + " (give :step=S or"
                        + " :count=N)");
            }
            for (long i = 0; i <= steps.longValueExact(); i++) {
                points.add(low.add(step.multiply(BigDecimal.valueOf(sign * i))));
            }
        } else if (spacing.count() == 1) {
            points.add(low);
        } else {
            int count = spacing.count();
            BigDecimal span = high.subtract(low);
            for (int i = 0; i < count; i++) {
                points.add(i == count - 1 ? high : low.add(span.multiply(BigDecimal.valueOf(i))
                        .divide(BigDecimal.valueOf(count - 1L), DIGITS)).round(DIGITS));
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

    private static List<Value> dates(LocalDate from, LocalDate to, Spacing spacing) {
        long first = from.toEpochDay();
        long last = to.toEpochDay();
        long count;
        long stepDays = 0;
        if (spacing != null && spacing.step() != null) {
            if (!whole(spacing.step())) {
                throw new IllegalArgumentException("step=" + spacing.step().toPlainString() + " between dates, expected"
                        + " whole days as in 2025-05-15..2025-11-15:step=30");
            }
            stepDays = spacing.step().longValueExact() * (last >= first ? 1 : -1);
            count = Math.abs(last - first) / Math.abs(stepDays) + 1;
        } else {
            count = spacing != null ? spacing.count() : Math.abs(last - first) + 1;
        }
        if (count > InputLimits.VARIANTS) {
            throw new IllegalArgumentException(Quantities.count(count) + " days, expected at most "
                    + Quantities.count(InputLimits.VARIANTS) + " (give :step=S or :count=N)");
        }
        List<Value> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (long i = 0; i < count; i++) {
            long day = stepDays != 0 ? first + i * stepDays
                    : count == 1 ? first : first + Math.round((double) (last - first) * i / (count - 1));
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

    /** A number a field can take; a range end past 10^18 (or finer than 10^-18) would only be spelt out digit by digit. */
    private static BigDecimal number(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
        if (number.signum() != 0 && (number.precision() - number.scale() > 18 || number.scale() > 18)) {
            throw new IllegalArgumentException("'" + InputLimits.excerpt(text) + "' is too large or too fine a number,"
                    + " expected at most 18 digits before the point and 18 after it");
        }
        return number;
    }

    private static LocalDate date(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
