package io.gigawatt.planner.cli.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress bar on a terminal ({@code 4,213 / 10,000 variants [#########-----------] 42%  512/s  11 s left}),
 * redrawn at most five times a second over the last one, whole; {@link #silent()} when stderr is not a terminal.
 */
public final class Progress implements SweepRunner.Listener {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long drawn;
    private boolean shown;
    /** How long the last line drawn was: a shorter one is padded over it, so none of it stays on screen. */
    private int drawnLength;

    Progress(PrintWriter err) {
        this.err = err;
    }

    /** A bar on {@code err} when the planner sits at a terminal, else silence. */
    public static SweepRunner.Listener forTerminal(PrintWriter err) {
        return atTerminal() ? new Progress(err) : silent();
    }

    /**
     * Whether stderr, where progress goes, is a terminal: progress is drawn there, never into a file or a test, and
     * still when the report's stdout is redirected. Java 17 tells only whether stdin and stdout are one (the console),
     * so stderr's file is read where the system shows it (Linux); elsewhere, the console.
     */
    public static boolean atTerminal() {
        Path stderr = Path.of("/proc/self/fd/2");
        return Files.exists(stderr, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? terminal(stderr)
                : System.console() != null;
    }

    /** Whether the file descriptor link {@code fd} leads to a terminal device. */
    static boolean terminal(Path fd) {
        try {
            String device = Files.readSymbolicLink(fd).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
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
        String line = String.format(Locale.ROOT, "%,d / %,d variants [%s%s] %3d%%  %,.0f/s%s", rows, of,
                "#".repeat(filled), "-".repeat(WIDTH - filled), of == 0 ? 100 : 100L * rows / of, rate, left);
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        drawnLength = line.length();
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
