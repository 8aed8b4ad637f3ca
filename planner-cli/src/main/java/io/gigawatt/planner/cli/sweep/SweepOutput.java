package io.gigawatt.planner.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.gigawatt.planner.cli.document.WholeNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sweep's table, written as rows come in, whole lines only: each row is one line, written and flushed at once,
 * and once {@link #finish} has run (at the end, or from a shutdown hook when the planner presses Ctrl-C) nothing more
 * is written. So an interrupted sweep leaves the rows done, each complete: a CSV file with its header and those
 * rows; a JSON document closed properly, with {@code "complete": false} and the summary of the rows done.
 *
 * <p>CSV: a header line, then a row per variant in variant order. JSON: {@code {"schemaVersion": 1, "scenario",
 * "file", "keys", "variants", "draws", "base": {...}, "rows": [ one row per line ], "complete", "summary"}}.
 */
public final class SweepOutput {

    public enum Format {
        CSV, JSON;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(WholeNumbers.module());

    private final Writer out;
    private final boolean closeAtEnd;
    private final Format format;
    private final SweepRow.Columns columns;
    private final SweepSummary summary;
    private final Map<String, Object> header;
    private int rows;
    private boolean finished;

    /**
     * @param header     for JSON, the fields before the rows (scenario, file, keys, ...)
     * @param closeAtEnd whether {@link #finish} closes {@code out} (a file) or only flushes it (standard output)
     */
    public SweepOutput(Writer out, boolean closeAtEnd, Format format, SweepRow.Columns columns, SweepSummary summary,
                       Map<String, Object> header) {
        this.out = out;
        this.closeAtEnd = closeAtEnd;
        this.format = format;
        this.columns = columns;
        this.summary = summary;
        this.header = new LinkedHashMap<>(header);
    }

    /** The CSV header, or the JSON document up to its rows. */
    public synchronized void begin() {
        if (format == Format.CSV) {
            write(columns.csvHeader() + "\n");
        } else {
            String opening = json(PRETTY, header);
            write(opening.substring(0, opening.lastIndexOf('}')).stripTrailing() + ",\n  \"rows\": [\n");
        }
    }

    /** The line {@code row} makes in this table. */
    public SweepLine line(SweepRow row) {
        return SweepLine.of(row, columns, format);
    }

    /** Writes one row (a whole line); false when the table is finished already (the sweep was interrupted). */
    public synchronized boolean row(SweepLine row) {
        if (finished) {
            return false;
        }
        write((format == Format.CSV ? "" : rows == 0 ? "    " : "  , ") + row.text() + "\n");
        rows++;
        summary.add(row);
        return true;
    }

    /**
     * Ends the table (JSON: the closing of the rows, whether it is complete, the summary); runs once.
     *
     * @return whether this call ended it (false: it was ended before, by the shutdown hook of an interrupted sweep)
     */
    public synchronized boolean finish(boolean complete) {
        if (finished) {
            return false;
        }
        finished = true;
        try {
            if (format == Format.JSON) {
                String summaryJson = json(PRETTY, summary.json(complete)).replace("\n", "\n  ");
                write("  ],\n  \"complete\": " + complete + ",\n  \"summary\": " + summaryJson + "\n}\n");
            }
        } finally {
            try {
                if (closeAtEnd) {
                    out.close();
                } else {
                    out.flush();
                }
            } catch (IOException e) {
                // nothing more to do: the rows written are on disk
            }
        }
        return true;
    }

    public synchronized int rows() {
        return rows;
    }

    public synchronized boolean finished() {
        return finished;
    }

    private void write(String text) {
        try {
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code value} as the JSON table writes its summary: indented, whole numbers without {@code .0}. */
    public static String pretty(Object value) {
        return json(PRETTY, value);
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
