package io.gigawatt.planner.cli.document;

import java.util.Arrays;
import java.util.List;

/**
 * One cell of a table or one span of a paragraph: words, and for a figure the number, its unit and the JSON pointer
 * of the same number in the JSON report (the HTML page carries them so tests can hold it to the JSON).
 *
 * @param value   the figure as the JSON report has it, or null for words
 * @param unit    the figure's unit, or null for words
 * @param pointer the JSON pointer of the figure or date, or null
 * @param code    a file name or key, written as code
 */
public record Cell(String text, Double value, Unit unit, String pointer, boolean code) {

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, null, null, false);
    }

    /** A row of words. */
    public static List<Cell> texts(String... words) {
        return Arrays.stream(words).map(Cell::text).toList();
    }

    public static Cell code(String text) {
        return new Cell(text, null, null, null, true);
    }

    /** A figure, written in its unit's words. */
    public static Cell figure(String pointer, double value, Unit unit) {
        return new Cell(unit.words(value), value, unit, pointer, false);
    }

    /** Words that stand for one field of the JSON report (a date, a name). */
    public static Cell of(String pointer, String text) {
        return new Cell(text == null ? "" : text, null, null, pointer, false);
    }
}
