package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.units.Money;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What blocks the plan, the first thing every format shows (JSON field {@code blocking}): each error, then the
 * warnings that put a date back furthest, one line each with its remedy and, where the economics prices that
 * remedy, the date it brings and its cost.
 *
 * @param warnings      how many warnings the report has in all
 * @param warningsShown how many of them are shown here
 * @param why           why these warnings, in words
 * @param lines         errors in report order, then the warnings shown, the longest delay first
 */
public record Blocking(long warnings, int warningsShown, String why, List<Line> lines) {

    /** At most this many warnings: a first screen, not a second findings list. */
    static final int MOST_WARNINGS = 3;

    /** A finding's numbers that count the days it puts a date back; slack counts the other way. */
    private static final List<String> DELAY_DAYS = List.of("waitDays", "lateDays", "days");

    /**
     * @param finding     index of the finding in the report's {@code findings}
     * @param delayDays   the days the finding puts a date back, or null
     * @param remedyReady the date the remedy it recommends brings, when the economics prices it, or null
     * @param remedyCost  what that remedy costs at present value, or null
     */
    public record Line(int finding, String severity, String about, String message, String recommendation,
                       Double delayDays, String remedyReady, Double remedyCost) {
    }

    public static Blocking of(Report report) {
        List<Report.Finding> findings = report.findings();
        List<Line> lines = new ArrayList<>();
        List<Line> delays = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Report.Finding f = findings.get(i);
            Double delay = delayDays(f);
            if (f.severity().equals("ERROR")) {
                lines.add(line(i, f, delay, report.economics()));
            } else if (f.severity().equals("WARNING") && delay != null) {
                delays.add(line(i, f, delay, report.economics()));
            }
        }
        // stable: equal delays keep report order
        delays.sort(Comparator.comparingDouble((Line l) -> -l.delayDays()));
        // one line per delay: the economics prices the same wait the timeline finds
        List<Line> shown = delays.stream().filter(distinctBy(l -> l.about() + "/" + l.delayDays()))
                .limit(MOST_WARNINGS).toList();
        lines.addAll(shown);
        long warnings = report.countOf("WARNING");
        return new Blocking(warnings, shown.size(), why(warnings, shown.size()), lines);
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, String> key) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    private static String why(long warnings, int shown) {
        if (warnings == 0) {
            return "no warnings";
        }
        return shown + " of " + warnings + " warning" + (warnings == 1 ? "" : "s")
                + ": those that put a date back furthest, at most " + MOST_WARNINGS + "; the rest are in the details";
    }

    private static Double delayDays(Report.Finding f) {
        Map<String, Double> numbers = f.numbers() == null ? Map.of() : f.numbers();
        Double slack = numbers.get("slackDays");
        if (slack != null && slack < 0) {
            return -slack;
        }
        return DELAY_DAYS.stream().map(numbers::get).filter(d -> d != null && d > 0).findFirst().orElse(null);
    }

    /** The finding's line; one whose recommendation is a remedy the economics prices carries its date and cost. */
    private static Line line(int index, Report.Finding f, Double delay, EconomicsReport economics) {
        String about = f.phase() != null ? f.phase() : f.target();
        EconomicsReport.Remedy remedy = economics == null || f.recommendation() == null ? null
                : economics.remedies().stream().filter(r -> r.phase().equals(about)
                        && f.recommendation().contains(r.change())).findFirst().orElse(null);
        return new Line(index, f.severity(), about, f.message(), f.recommendation(), delay,
                remedy == null ? null : remedy.ready(), remedy == null ? null : remedy.cost());
    }

    /** The line in words: "Doubling: ... -> remedy (ready 2025-05-15 with it, for $318 M at present value)". */
    public static String words(Line line, String currency) {
        StringBuilder words = new StringBuilder();
        if (line.about() != null && !line.message().startsWith(line.about())) {
            words.append(line.about()).append(": ");
        }
        words.append(line.message());
        if (line.recommendation() != null) {
            words.append(" -> ").append(line.recommendation());
        }
        String effect = effect(line, currency);
        return effect.isEmpty() ? words.toString() : words + " (" + effect + ")";
    }

    /** What the remedy brings, when the economics prices it: "ready 2025-05-15, costs $318 M at present value". */
    public static String effect(Line line, String currency) {
        return line.remedyReady() == null ? "" : "ready " + line.remedyReady() + ", costs "
                + Money.of(line.remedyCost()).format(currency) + " at present value";
    }
}
