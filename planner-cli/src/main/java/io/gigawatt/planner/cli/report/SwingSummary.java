package io.gigawatt.planner.cli.report;

import java.util.List;
import java.util.Objects;

/**
 * A swing trace in a few figures, for the tables of every format: its length and the range of what the campus
 * draws before mitigation, what the grid sees after it, and the batteries' state of charge.
 *
 * @param lowSoc  the lowest state of charge, or null when the trace has none
 * @param highSoc the highest state of charge, or null when the trace has none
 */
public record SwingSummary(String phase, int points, double seconds, double lowBeforeMw, double highBeforeMw,
                           double lowAfterMw, double highAfterMw, Double lowSoc, Double highSoc) {

    /** The trace's summary, or null for no trace or an empty one. */
    public static SwingSummary of(SwingTrace trace) {
        if (trace == null || trace.points().isEmpty()) {
            return null;
        }
        List<SwingTrace.Point> p = trace.points();
        List<Double> socs = p.stream().map(SwingTrace.Point::batterySoc).filter(Objects::nonNull).toList();
        return new SwingSummary(trace.phase(), p.size(), p.get(p.size() - 1).seconds() - p.get(0).seconds(),
                p.stream().mapToDouble(SwingTrace.Point::beforeMw).min().orElseThrow(),
                p.stream().mapToDouble(SwingTrace.Point::beforeMw).max().orElseThrow(),
                p.stream().mapToDouble(SwingTrace.Point::afterMw).min().orElseThrow(),
                p.stream().mapToDouble(SwingTrace.Point::afterMw).max().orElseThrow(),
                socs.isEmpty() ? null : socs.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                socs.isEmpty() ? null : socs.stream().mapToDouble(Double::doubleValue).max().orElseThrow());
    }

    public double swingBeforeMw() {
        return highBeforeMw - lowBeforeMw;
    }

    public double swingAfterMw() {
        return highAfterMw - lowAfterMw;
    }
}
