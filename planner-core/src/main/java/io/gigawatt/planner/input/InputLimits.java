package io.gigawatt.planner.input;

import io.gigawatt.planner.units.Quantities;
import java.util.Optional;

/**
 * The most the planner reads, in one place (the README's "Limits" table states them). Each is far above what the
 * largest real campus needs (a gigawatt campus has dozens of milestones; a scenario file is tens of KB) and far below
 * what would exhaust the heap or the patience of whoever waits: past it, the input is refused with a located message
 * rather than read at any cost.
 */
public final class InputLimits {

    /** An input file (scenario, policy, site file, variants table): 10,000 milestones written out take about 2 MB. */
    public static final int FILE_BYTES = 8 * 1024 * 1024;

    /**
     * A sweep's table that {@code sweep merge} reads back: the planner's own output, about 260 bytes a row of the
     * Colossus example (a slice of 200,000 variants about 52 MB, a million variants about 260 MB), read whole within the
     * launcher's 4 GB heap.
     */
    public static final int TABLE_BYTES = 1024 * 1024 * 1024;

    /**
     * One line of a YAML file. The YAML parser's time grows with the square of its longest word or line (it copies
     * what it has read of one at every 1,024 characters); at this length a whole file of them parses in a second.
     */
    public static final int LINE_CHARS = 100_000;

    /** One value (a name, a note, a source, a sweep value): a page of text. */
    public static final int VALUE_CHARS = 10_000;

    /** Milestones of one build: ten times the 1,000 the timeline is benchmarked with. */
    public static final int MILESTONES = 10_000;

    /** Monte Carlo draws of a timeline: P90 from a million draws is known to well within a day. */
    public static final int DRAWS = 1_000_000;

    /**
     * Monte Carlo draws times the phases and targets it dates: it keeps one date (8 bytes) of each per draw, 400 MB
     * at this limit. A million draws of 50 phases and targets fit, and 1,000 milestones with 50,000 draws.
     */
    public static final long DRAW_DATES = 50_000_000;

    /**
     * Variants of one sweep (and values of one {@code --vary} key): at the 600-800 variants a second of a 2-core
     * machine a sweep of them takes about half an hour, and its summary keeps a few dozen bytes of each.
     */
    public static final int VARIANTS = 1_000_000;

    /** The characters of a planner's text that a message repeats; a longer text is cut, with "..." after it. */
    public static final int EXCERPT_CHARS = 60;

    private InputLimits() {
    }

    /** {@code text} as a message repeats it: its first line, at most {@link #EXCERPT_CHARS} characters of it. */
    public static String excerpt(String text) {
        int end = text.length();
        int lineBreak = text.indexOf('\n');
        if (lineBreak >= 0) {
            end = lineBreak;
        }
        if (end > EXCERPT_CHARS) {
            end = EXCERPT_CHARS;
        }
        return end == text.length() ? text : text.substring(0, end) + "...";
    }

    /**
     * What is wrong with {@code draws} Monte Carlo draws of {@code subjects} phases and targets, if anything: more
     * than {@link #DRAWS}, or more dates to keep than {@link #DRAW_DATES}.
     */
    public static Optional<String> drawsProblem(long draws, int subjects) {
        if (draws > DRAWS) {
            return Optional.of(Quantities.count(draws) + " draws are too many, expected at most "
                    + Quantities.count(DRAWS));
        }
        long dates = draws * Math.max(1, subjects);
        if (dates > DRAW_DATES) {
            return Optional.of(Quantities.count(draws) + " draws of " + Quantities.count(subjects)
                    + " phases and targets are " + Quantities.count(dates) + " dates to keep, expected at most "
                    + Quantities.count(DRAW_DATES / subjects) + " draws for this many (at most "
                    + Quantities.count(DRAW_DATES) + " dates)");
        }
        return Optional.empty();
    }

    /** A size in bytes as the limits are stated: "8 MB". */
    static String megabytes(long bytes) {
        return Quantities.count(bytes / (1024 * 1024)) + " MB";
    }
}
