package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.report.Figures.count;
import static io.gigawatt.planner.cli.report.Figures.kw;
import static io.gigawatt.planner.cli.report.Figures.lower;
import static io.gigawatt.planner.cli.report.Figures.mw;
import static io.gigawatt.planner.cli.report.Figures.percent;
import static io.gigawatt.planner.cli.document.Markdown.cell;
import static io.gigawatt.planner.cli.document.Markdown.row;

import io.gigawatt.planner.cli.timeline.TimelineMarkdown;

/** The report as Markdown tables, for wikis and pull requests. */
public final class MarkdownRenderer {

    private MarkdownRenderer() {
    }

    public static String render(Report report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(cell(report.scenario())).append(": ").append(report.verdict()).append("\n\n");
        out.append("Scenario file `").append(report.file()).append("`: ").append(report.tally()).append(".\n\n");

        out.append("## Phases\n\n");
        out.append("| phase | date | GPUs | IT | facility | grid | grid share | on-site peak | generators | batteries | cooling | verdict |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Report.Phase p : report.phases()) {
            row(out, p.name(), p.date(), Figures.gpus(p), mw(p.itMw()), mw(p.facilityMw()), mw(p.gridMw()),
                    percent(p.gridShare()), mw(p.onSiteMw()) + " on " + p.onSiteDay(),
                    Figures.generators(p.generators()), Figures.batteries(p.batteries()),
                    Figures.cooling(p.cooling()), lower(p.verdict()));
        }

        if (report.phases().stream().anyMatch(p -> p.swing() != null)) {
            out.append("\n## Power swings\n\n");
            out.append("| phase | swing before mitigation | utility limits | grid draw after mitigation | batteries for the swing | power floor |\n");
            out.append("|---|---|---|---|---|---|\n");
            for (Report.Phase p : report.phases()) {
                if (p.swing() != null) {
                    row(out, p.name(), Figures.swing(p.swing()), p.swing().utility().limits(),
                            Figures.gridDraw(p.swing()), Figures.swingBatteries(p.swing()),
                            p.swing().powerFloor() == null ? "none" : Figures.powerFloor(p.swing()));
                }
            }
        }

        if (!report.targets().isEmpty()) {
            out.append("\n## Targets\n\n");
            out.append("| target | date | budget | GPUs | implied per GPU | catalogue per GPU | needed | GPUs within budget | reachable |\n");
            out.append("|---|---|---|---|---|---|---|---|---|\n");
            for (Report.Target t : report.targets()) {
                row(out, t.name(), t.date(), mw(t.facilityMw()), count(t.gpus()), kw(t.impliedKwPerGpu()),
                        kw(t.catalogueKwPerGpu()) + " (" + t.countedIn() + ")", mw(t.neededMw()),
                        count(t.gpusWithinBudget()), t.reachable() ? "yes" : "no");
            }
        }

        out.append(TimelineMarkdown.render(report.timeline()));
        out.append(ChartTables.markdown(report));

        out.append("\n## Findings\n\n");
        out.append("| severity | about | finding | recommendation | family | rule |\n");
        out.append("|---|---|---|---|---|---|\n");
        for (Report.Finding f : report.findings()) {
            row(out, f.severity(), f.phase() != null ? f.phase() : f.target(), f.message(), f.recommendation(),
                    f.family(), f.rule());
        }
        return out.toString();
    }
}
