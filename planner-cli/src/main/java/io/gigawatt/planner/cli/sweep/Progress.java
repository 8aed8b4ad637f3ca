package io.gigawatt.planner.cli.sweep;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on a terminal ({@code 4,213 / 10,000 variants [#########-----------] 42%  512/s  11 s left}),
 * redrawn at most five times a second; {@link #silent()} when the output is not a terminal.
 */
public final class Progress implements SweepRunner.Listener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long drawn;
    private boolean shown;

    private Progress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when the planner sits at a terminal, else silence. */
    public static SweepRunner.Listener forTerminal(PrintWriter err) {
        return atTerminal() ? new Progress(err) : silent();
    }

    /** Whether the planner sits at a terminal (a console): progress is drawn there, never into a file or a test. */
    public static boolean atTerminal() {
        return System.console() != null;
    }

    public static SweepRunner.Listener silent() {
        return (rows, of) -> { };
    }

    @Override
    public synchronized void done(int rows, int of) {
        long now = System.nanoTime();
        if (rows < of && now - drawn < 200_000_000L) {
            return;
        }
        drawn = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = rows / seconds;
        int filled = of == 0 ? WIDTH : (int) ((long) WIDTH * rows / of);
        String left = rows < of && rate > 0 ? String.format(Locale.ROOT, "  %.0f s left", (of - rows) / rate) : "";
        err.print(String.format(Locale.ROOT, "\r%,d / %,d variants [%s%s] %3d%%  %,.0f/s%s   ", rows, of,
                "#".repeat(filled), "-".repeat(WIDTH - filled), of == 0 ? 100 : 100L * rows / of, rate, left));
        shown = true;
        if (rows == of) {
            err.println();
        }
        err.flush();
    }

    /** Ends the bar's line (when the sweep stops early). */
    public synchronized void end() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
