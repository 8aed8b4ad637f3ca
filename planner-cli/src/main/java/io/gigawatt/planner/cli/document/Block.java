package io.gigawatt.planner.cli.document;

import java.util.List;

/** The parts a section is made of; every writer renders every kind. */
public sealed interface Block {

    /** A heading; level 1 is the document's title. */
    record Heading(int level, String text) implements Block {
    }

    /** Running words, with figures and code among them. */
    record Paragraph(List<Cell> spans) implements Block {

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Cell.text(text)));
        }
    }

    /** Lines written as they are (a terminal report's opening lines). */
    record Lines(List<String> lines) implements Block {
    }

    /** Labelled values, one a line; an empty label continues the line above. */
    record Fields(List<Field> fields) implements Block {
    }

    record Field(String label, String value) {

        /** The lines under one label: the label on the first only. */
        public static List<Field> labelled(String label, List<String> lines) {
            List<Field> fields = new java.util.ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                fields.add(new Field(i == 0 ? label : "", lines.get(i)));
            }
            return fields;
        }
    }

    /** A table; a row may be shorter than the header (its last cells are empty). */
    record Table(List<String> header, List<List<Cell>> rows) implements Block {
    }

    /** A list of sentences. */
    record Bullets(List<String> items) implements Block {
    }

    /**
     * Findings of the rules, each with its severity, rule and family.
     *
     * @param title the line a terminal writes above them
     * @param about whether the terminal names the phase or target of each (a page always does)
     */
    record Findings(String title, boolean about, List<Finding> findings) implements Block {
    }

    /** @param about the phase or target, or null */
    record Finding(String severity, String about, String message, String recommendation, String family, String rule) {
    }

    /** Blocks shown in one view only. */
    record Only(View view, List<Block> blocks) implements Block {
    }
}
