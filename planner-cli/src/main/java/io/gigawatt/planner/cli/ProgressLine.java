package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.sweep.Progress;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One line of progress on a terminal, redrawn in place: drawn once the work has taken half a second (quick work never
 * shows it), redrawn at most five times a second, and erased when the work ends, so the report or message starts on a
 * clean line. Silent when stderr is not a terminal ({@link Progress#atTerminal}): a file, a pipe, a test.
 */
final class ProgressLine {

    private static final long SHOWN_AFTER_NANOS = 500_000_000L;
    private static final long REDRAWN_EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private boolean started;
    /** When the work was first reported; the line waits half a second from there. */
    private long start;
    private long drawn;
    /** The length of the line on the terminal; zero when none is. */
    private int shown;

    /** A line drawn on {@code err}, its times read from {@code clock} (nanoseconds). */
    ProgressLine(PrintWriter err, LongSupplier clock) {
        this.err = err;
        this.clock = clock;
    }

    static ProgressLine forTerminal(PrintWriter err) {
        return new ProgressLine(Progress.atTerminal() ? err : new PrintWriter(Writer.nullWriter()), System::nanoTime);
    }

    /** Reports progress: the line reads {@code text} when it is (re)drawn now. */
    synchronized void show(Supplier<String> text) {
        long now = clock.getAsLong();
        if (!started) {
            started = true;
            start = now;
        }
        if (now - start < SHOWN_AFTER_NANOS || (shown > 0 && now - drawn < REDRAWN_EVERY_NANOS)) {
            return;
        }
        drawn = now;
        String line = text.get();
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
