package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.report.Figures.count;
import static io.gigawatt.planner.cli.report.Figures.kw;
import static io.gigawatt.planner.cli.report.Figures.lower;
import static io.gigawatt.planner.cli.report.Figures.mw;
import static io.gigawatt.planner.cli.report.Figures.percent;

import io.gigawatt.planner.cli.timeline.TimelineText;
import java.util.List;

/** The report for a terminal: a verdict per phase and target, the figures behind it, and the findings. */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append(report.scenario()).append(": ").append(report.verdict()).append(" (").append(report.tally())
                .append(")\n");
        out.append("scenario file: ").append(report.file()).append("\n");
        int number = 1;
        for (Report.Phase p : report.phases()) {
            out.append("\nPhase ").append(number++).append(": ").append(p.name()).append(", ").append(p.date())
                    .append(": ").append(lower(p.verdict())).append("\n");
            line(out, "GPUs", Figures.gpus(p));
            line(out, "power", "IT " + mw(p.itMw()) + ", facility " + mw(p.facilityMw()));
            line(out, "grid", mw(p.gridMw()) + " firm, " + percent(p.gridShare()) + " of facility power");
            line(out, "on-site", mw(p.onSiteMw()) + " at most, on " + p.onSiteDay());
            line(out, "generators", Figures.generators(p.generators()));
            line(out, "batteries", Figures.batteries(p.batteries()));
            line(out, "cooling", Figures.cooling(p.cooling()));
            if (p.swing() != null) {
                line(out, "swing", Figures.swing(p.swing()));
                line(out, "utility", p.swing().utility().limits());
                line(out, "grid draw", Figures.gridDraw(p.swing()));
                line(out, "swing store", Figures.swingBatteries(p.swing()));
                if (p.swing().powerFloor() != null) {
                    line(out, "power floor", Figures.powerFloor(p.swing()));
                }
            }
            TimelineText.readyLine(report.timeline(), p.name()).ifPresent(ready -> line(out, "ready", ready));
            findings(out, report.findingsAbout(p.name()));
        }
        for (Report.Target t : report.targets()) {
            out.append("\nTarget: ").append(t.name()).append(", ").append(t.date()).append(": ")
                    .append(t.reachable() ? "reachable" : "unreachable").append("\n");
            line(out, "budget", mw(t.facilityMw()) + " for " + count(t.gpus()) + " GPUs, "
                    + kw(t.impliedKwPerGpu()) + " per GPU implied");
            line(out, "catalogue", kw(t.catalogueKwPerGpu()) + " per GPU (" + t.countedIn() + "): "
                    + mw(t.neededMw()) + " needed, " + count(t.gpusWithinBudget()) + " GPUs fit the budget");
            findings(out, report.findingsAbout(t.name()));
        }
        out.append(TimelineText.render(report.timeline()));
        out.append(ChartTables.text(report));
        out.append("\nVerdict: ").append(report.verdict()).append(" (").append(report.tally()).append(")\n");
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-12s %s%n", label, value));
    }

    private static void findings(StringBuilder out, List<Report.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("  findings\n");
        for (Report.Finding f : findings) {
            out.append(String.format("    %-8s %s [%s: %s]%n", f.severity(), f.message(), f.family(), f.rule()));
            if (f.recommendation() != null) {
                out.append(String.format("    %-8s -> %s%n", "", f.recommendation()));
            }
        }
    }
}
