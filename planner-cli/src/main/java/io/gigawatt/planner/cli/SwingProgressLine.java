package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.sweep.Progress;
import io.gigawatt.planner.swing.SwingProgress;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * {@code simulating swings: 340 of 1,000 phases} on a terminal while a plan's swings are simulated: drawn once they
 * have taken half a second (a scenario of a few phases never shows it), redrawn in place at most five times a second,
 * and erased when the last phase is done or the evaluation stops, so the report or message starts on a clean line.
 * Silent when stderr is not a terminal ({@link Progress#atTerminal}): a file, a pipe, a test.
 */
final class SwingProgressLine implements SwingProgress {

    private static final long SHOWN_AFTER_NANOS = 500_000_000L;
    private static final long REDRAWN_EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    /** When the first phase was done; the line waits half a second from there. */
    private long start;
    private long drawn;
    /** The length of the line on the terminal; zero when none is. */
    private int shown;

    /** A line drawn on {@code err}, its times read from {@code clock} (nanoseconds). */
    SwingProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    static SwingProgressLine forTerminal(PrintWriter err) {
        return new SwingProgressLine(Progress.atTerminal() ? err : new PrintWriter(Writer.nullWriter()),
                System::nanoTime);
    }

    @Override
    public synchronized void assessed(int assessed, int of) {
        if (assessed >= of) {
            end();
            return;
        }
        long now = clock.getAsLong();
        if (assessed == 1) {
            start = now;
        }
        if (now - start < SHOWN_AFTER_NANOS || (shown > 0 && now - drawn < REDRAWN_EVERY_NANOS)) {
            return;
        }
        drawn = now;
        String line = String.format(Locale.ROOT, "simulating swings: %,d of %,d phases", assessed, of);
        err.print("\r" + line + " ".repeat(Math.max(0, shown - line.length())));
        err.flush();
        shown = Math.max(shown, line.length());
    }

    /** Erases the line, if one is drawn. */
    synchronized void end() {
        if (shown > 0) {
            err.print("\r" + " ".repeat(shown) + "\r");
            err.flush();
            shown = 0;
        }
    }
}
