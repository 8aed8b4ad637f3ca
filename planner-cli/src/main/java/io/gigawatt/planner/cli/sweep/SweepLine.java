package io.gigawatt.planner.cli.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.planner.cli.document.WholeNumbers;
import java.io.Serializable;
import java.util.List;

/**
 * A row of a sweep's table as it travels: its line of the table (CSV, or the row's JSON object on one line) and what
 * the summary needs of it. Small and serializable, so a row evaluated in another JVM (a Spark executor) comes back
 * to the table exactly as a row evaluated here.
 *
 * @param phaseVerdicts each phase's verdict in report order; empty when the variant was not judged
 */
public record SweepLine(int number, int[] ranks, String verdict, List<String> phaseVerdicts, List<String> errorRules,
                        String text) implements Serializable {

    private static final ObjectMapper LINE = new ObjectMapper().registerModule(WholeNumbers.module());

    /** The line {@code row} makes in a table of {@code format}. */
    public static SweepLine of(SweepRow row, SweepRow.Columns columns, SweepOutput.Format format) {
        List<String> phases = row.judged() ? row.report().phases().stream().map(p -> p.verdict()).toList() : List.of();
        String text;
        try {
            text = format == SweepOutput.Format.CSV ? row.csv(columns) : LINE.writeValueAsString(row.json(columns));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new SweepLine(row.number(), row.ranks(), row.verdict(), phases, row.errorRules(), text);
    }

    public boolean judged() {
        return !phaseVerdicts.isEmpty();
    }
}
