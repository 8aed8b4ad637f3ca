package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planner's rule, trusted as code ({@code --trust-rules}), that recurses, allocates or loops without end, or ends
 * the JVM itself, ends the run with one line naming the rule, where it was and its facts: exit 1, no stack trace, no
 * report written. The heap, the loop and the exit run in a planner of their own (as the launcher starts it, through
 * {@link Main#main}): a full heap, a thread that never stops and an exit would take this test's JVM with them.
 */
class RunawayRulesTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String RULES = "src/test/resources/own-rules/";
    private static final String NL = System.lineSeparator();

    /** A planner in a JVM of its own, with {@code jvmOptions}, its report folder {@code out} (left unmade). */
    private static CliRun planner(List<String> jvmOptions, Path out, String rules, String... more)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("evaluate", COLOSSUS, "--rules", RULES + rules, "--no-default-rules",
                "--trust-rules", "--out", out.toString()));
        args.addAll(List.of(more));
        return CliRun.inOwnJvm(jvmOptions, out.getParent(), args.toArray(String[]::new));
    }

    private static void assertEndedWith(CliRun run, Path out, String message) {
        assertThat(run.err()).isEqualTo("planner: " + message + NL);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void aRuleThatRecursesWithoutEndIsNamedAtItsRule(@TempDir Path dir) {
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", RULES + "recursion", "--no-default-rules", "--out",
                out.toString());

        // the overflow's stack is cut short of the consequence: the rule's own line
        assertEndedWith(run, out, "rule \"Spares by recursion\" at " + RULES + "recursion/counts-down.drl:11 on PhasePlan"
                + " \"Colossus 1\": calls nested too deep, the stack overflowed (a function or method that calls itself"
                + " without end?)");
    }

    @Test
    void aRuleThatFillsTheHeapIsNamedAtItsLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = planner(List.of("-Xmx64m"), out, "hoarding");

        assertEndedWith(run, out, "rule \"Keeps every draw\" at " + RULES + "hoarding/keeps-every-draw.drl:15 on PhasePlan"
                + " \"Colossus 1\": the planner's memory is full (a heap of 64 MB, -Xmx; a loop that keeps adding to a"
                + " collection?)");
    }

    @Test
    void aRuleThatNeverReturnsIsStoppedAtTheTimeLimitAndNamedAtItsLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = planner(List.of(), out, "endless", "--rule-time-limit", "2s");

        assertEndedWith(run, out, "rule \"Waits for the grid\" at " + RULES + "endless/waits-for-the-grid.drl:13 on"
                + " PhasePlan \"Colossus 1\": did not finish within 2 s (a loop that never ends?); --rule-time-limit sets"
                + " the limit");
    }

    @Test
    void aRuleThatEndsThePlannerIsNamedAndTheRunFails(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = planner(List.of(), out, "exiting");

        assertEndedWith(run, out, "rule \"Leaves quietly\" at " + RULES + "exiting/leaves-quietly.drl:13 on PhasePlan"
                + " \"Colossus 1\" called System.exit; the run was stopped, no report written");
    }

    @Test
    void aHeapTooSmallForThePlannerItselfEndsTheRunInOneLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("reports");

        CliRun run = planner(List.of("-Xmx24m"), out, "override");

        assertThat(run.err()).startsWith("planner: internal error: the planner's memory is full (a heap of ")
                .endsWith(" MB); PLANNER_HEAP=8g ./planner ... gives it more" + NL).doesNotContain("\tat ");
        assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(out).doesNotExist();
    }

    @Test
    void theTimeLimitIsAPositiveDuration() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rule-time-limit", "0s");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith("planner: Invalid value for option '--rule-time-limit': expected a positive"
                + " duration such as 500ms, 60s, 5m or 1h but was '0s'");
    }
}
