package io.gigawatt.planner.cli.document;

/** Markdown text as every Markdown report writes it: the report, the timeline, sites and comparisons. */
public final class Markdown {

    private Markdown() {
    }

    /** Text for a table cell or a heading: a pipe would end the cell early; null is empty. */
    public static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
