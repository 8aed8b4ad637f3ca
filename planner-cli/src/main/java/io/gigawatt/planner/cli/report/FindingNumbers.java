package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.cli.document.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers a finding carries, each with the label a reader sees and the unit its value is written in: one table
 * ({@code finding-numbers.tsv}) for the report's numbers column in every format and for the JSON report's schema, so
 * {@code maxRampMwPerSecond 527.69} reads "largest ramp 527.69 MW/s" everywhere. A number of a planner's own rule, not
 * in the table, reads as its name's words in the unit its name suggests.
 */
public final class FindingNumbers {

    /** One number: its name as the rules give it, its label and its unit. */
    public record Entry(String name, String label, Unit unit) {

        /** "largest ramp 527.69 MW/s". */
        public String words(double value) {
            return label + " " + unit.words(value);
        }
    }

    private static final String TABLE = "finding-numbers.tsv";
    private static final Map<String, Entry> ENTRIES = read();

    private FindingNumbers() {
    }

    public static Entry of(String name) {
        Entry entry = ENTRIES.get(name);
        return entry != null ? entry : new Entry(name, name.replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT), Unit.ofNumber(name));
    }

    /** Every number of the table, in its order. */
    public static Collection<Entry> all() {
        return ENTRIES.values();
    }

    private static Map<String, Entry> read() {
        try (InputStream in = FindingNumbers.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing from the classpath");
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .forEach(cells -> entries.put(cells[0], new Entry(cells[0], cells[1], Unit.valueOf(cells[2]))));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
