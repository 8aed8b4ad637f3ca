package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The line a long evaluation draws while its phases' swings are simulated, on a clock the test moves. */
class SwingProgressLineTest {

    private static final long MS = 1_000_000L;

    private final StringWriter terminal = new StringWriter();
    private final AtomicLong now = new AtomicLong(7 * MS);
    private final SwingProgressLine line = new SwingProgressLine(new PrintWriter(terminal), now::get);

    @Test
    void showsOnceTheSwingsTakeHalfASecondRedrawsInPlaceAndIsErasedAtTheEnd() {
        line.assessed(1, 1_000);
        now.addAndGet(499 * MS);
        line.assessed(90, 1_000);
        assertThat(terminal.toString()).isEmpty();

        now.addAndGet(2 * MS);
        line.assessed(340, 1_000);
        now.addAndGet(100 * MS);
        line.assessed(341, 1_000);
        assertThat(terminal.toString()).isEqualTo("\rsimulating swings: 340 of 1,000 phases");

        now.addAndGet(100 * MS);
        line.assessed(999, 1_000);
        line.assessed(1_000, 1_000);
        String erased = "\r" + " ".repeat("simulating swings: 340 of 1,000 phases".length()) + "\r";
        assertThat(terminal.toString()).isEqualTo("\rsimulating swings: 340 of 1,000 phases"
                + "\rsimulating swings: 999 of 1,000 phases" + erased);
    }

    @Test
    void aShortEvaluationShowsNothing() {
        line.assessed(1, 2);
        now.addAndGet(300 * MS);
        line.assessed(2, 2);
        line.end();

        assertThat(terminal.toString()).isEmpty();
    }

    @Test
    void anEvaluationThatStopsErasesTheLine() {
        line.assessed(1, 1_000);
        now.addAndGet(600 * MS);
        line.assessed(12, 1_000);
        line.end();

        assertThat(terminal.toString()).endsWith("\r" + " ".repeat("simulating swings: 12 of 1,000 phases".length())
                + "\r");
    }
}
