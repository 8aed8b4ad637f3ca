package io.gigawatt.planner.rules;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The rules ran into one of the planner's limits while judging a plan: the time limit of an evaluation, the stack
 * (calls nested without end) or the heap. The message names the rule whose consequence was running, where it was and
 * the facts it matched, when a consequence was running.
 */
public final class RuleLimitException extends RuleExecutionException {

    /** The rule whose consequence was running: its name, {@code file:line} where it was, the facts it matched. */
    public record Running(String rule, String where, List<String> facts) {

        @Override
        public String toString() {
            return "rule \"" + rule + "\"" + (where == null ? "" : " at " + where)
                    + (facts.isEmpty() ? "" : " on " + String.join(", ", facts));
        }
    }

    private RuleLimitException(String message, Throwable cause, Running running) {
        super(message, cause, running == null ? null : running.where());
    }

    /** The evaluation took longer than {@code limit}; {@code running} is null when no consequence was running. */
    static RuleLimitException timedOut(Duration limit, Running running) {
        String limited = "did not finish within " + words(limit);
        return new RuleLimitException((running == null ? "the rules " + limited
                + " (no rule's consequence was running: a slow condition?)"
                : running + ": " + limited + " (a loop that never ends?)") + "; --rule-time-limit sets the limit", null,
                running);
    }

    static RuleLimitException stackOverflow(Running running, StackOverflowError cause) {
        return new RuleLimitException((running == null ? "the rules' conditions" : running.toString())
                + ": calls nested too deep, the stack overflowed (a function or method that calls itself without end?)",
                cause, running);
    }

    static RuleLimitException outOfMemory(Running running, OutOfMemoryError cause) {
        return new RuleLimitException((running == null ? "the rules" : running.toString())
                + String.format(Locale.ROOT, ": the planner's memory is full (a heap of %,d MB, -Xmx; a loop that"
                + " keeps adding to a collection?)", heapLimit() / (1024 * 1024)), cause, running);
    }

    /** The heap limit as set (-Xmx); the JVM's usable heap, a little less, when the JVM does not tell it. */
    private static long heapLimit() {
        try {
            return Long.parseLong(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("MaxHeapSize").getValue());
        } catch (RuntimeException e) {
            return Runtime.getRuntime().maxMemory();
        }
    }

    /** "60 s", or "500 ms" when not a whole number of seconds. */
    static String words(Duration limit) {
        long millis = limit.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
