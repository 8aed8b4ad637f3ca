package io.gigawatt.planner.cli.document;

import java.util.Arrays;
import java.util.List;

/** Markdown tables as every Markdown report writes them: the report, the timeline, sites and comparisons. */
public final class Markdown {

    private Markdown() {
    }

    /** One row of a table; a missing cell stays empty. */
    public static void row(StringBuilder out, String... cells) {
        row(out, Arrays.asList(cells));
    }

    public static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(cell(c)).append(" |");
        }
        out.append('\n');
    }

    /** Text for a table cell or a heading: a pipe would end the cell early; null is empty. */
    public static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
