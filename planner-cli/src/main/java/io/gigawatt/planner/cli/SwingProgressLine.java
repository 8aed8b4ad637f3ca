package io.gigawatt.planner.cli;

import io.gigawatt.planner.swing.SwingProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@code simulating swings: 340 of 1,000 phases} on a terminal while a plan's swings are simulated ({@link ProgressLine}:
 * after half a second, at most five times a second, erased when the last phase is done or the evaluation stops).
 */
final class SwingProgressLine implements SwingProgress {

    private final ProgressLine line;

    /** A line drawn on {@code err}, its times read from {@code clock} (nanoseconds). */
    SwingProgressLine(PrintWriter err, LongSupplier clock) {
        this(new ProgressLine(err, clock));
    }

    private SwingProgressLine(ProgressLine line) {
        this.line = line;
    }

    static SwingProgressLine forTerminal(PrintWriter err) {
        return new SwingProgressLine(ProgressLine.forTerminal(err));
    }

    @Override
    public void assessed(int assessed, int of) {
        if (assessed >= of) {
            end();
            return;
        }
        line.show(() -> String.format(Locale.ROOT, "simulating swings: %,d of %,d phases", assessed, of));
    }

    /** Erases the line, if one is drawn. */
    void end() {
        line.end();
    }
}
