package io.gigawatt.planner.cli.report;

import java.util.List;

/**
 * The seam for the power-swing simulation (JSON {@code "swingTrace"}): a trace of one phase's training swing, what
 * the campus draws before mitigation and what the grid sees after it, with the batteries' state of charge. The
 * HTML report draws it when present; every report says "no swing simulation in this scenario" when it is null.
 * The swing model fills it in {@link ReportBuilder}.
 *
 * @param phase       the phase simulated
 * @param description how the trace was made (step, duration, mitigation), in words
 */
public record SwingTrace(String phase, String description, List<Point> points) {

    public SwingTrace {
        points = List.copyOf(points);
    }

    /**
     * @param seconds    time since the trace's start
     * @param beforeMw   what the campus draws without mitigation
     * @param afterMw    what the grid (or the generators) see with the batteries and other mitigation
     * @param batterySoc the batteries' state of charge as a fraction 0-1, or null without batteries
     */
    public record Point(double seconds, double beforeMw, double afterMw, Double batterySoc) {
    }
}
