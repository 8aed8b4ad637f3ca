package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.document.Markdown.cell;
import static io.gigawatt.planner.cli.document.Markdown.row;
import static io.gigawatt.planner.cli.report.ReportWords.count;
import static io.gigawatt.planner.cli.report.ReportWords.mw;
import static io.gigawatt.planner.cli.report.ReportWords.percent;

/**
 * What the HTML report draws as charts, as tables for the text and Markdown reports: demand against the supply
 * stack by date, cooling against its capacity and market, the swing trace, and the campus against biology. The
 * timeline and the road to each target have their tables in the timeline section.
 */
public final class ChartTables {

    private ChartTables() {
    }

    /** The supply, cooling, swing and scale sections of the text report. */
    public static String text(Report report) {
        StringBuilder out = new StringBuilder();
        SupplySeries series = report.series();
        if (series != null && !series.days().isEmpty()) {
            out.append("\nSupply by date: demand against the grid, the generators (at design ambient) and the batteries\n");
            out.append(String.format("  %-10s  %-14s %9s %9s %9s %10s %9s %6s%n", "date", "phase", "GPUs", "facility",
                    "grid", "generators", "batteries", "grid"));
            for (SupplySeries.Day d : series.tableRows()) {
                out.append(String.format("  %-10s  %-14s %9s %9s %9s %10s %9s %6s%n", d.date(), d.phase(),
                        count(d.gpus()), mw(d.facilityMw()), mw(d.gridMw()), mw(d.generatorsMw()),
                        mw(d.batteriesMw()), percent(d.gridShare())));
            }
        }
        out.append("\nCooling: required against rented and owned capacity\n");
        for (Report.Phase p : report.phases()) {
            out.append(String.format("  %-12s %s%n", p.name(), ReportWords.coolingCapacity(p.cooling())));
        }
        out.append("\nSwing: ");
        SwingSummary swing = SwingSummary.of(report.swingTrace());
        if (swing == null) {
            out.append(ReportWords.NO_SWING).append("\n");
        } else {
            out.append(swing.phase()).append(", ").append(count(swing.points())).append(" points over ")
                    .append(ReportWords.seconds(swing.seconds())).append("\n");
            out.append(String.format("  %-12s %s%n", "before", ReportWords.range(swing.lowBeforeMw(), swing.highBeforeMw(),
                    ReportWords::mw) + " (swing " + mw(swing.swingBeforeMw()) + ")"));
            out.append(String.format("  %-12s %s%n", "after", ReportWords.range(swing.lowAfterMw(), swing.highAfterMw(),
                    ReportWords::mw) + " (swing " + mw(swing.swingAfterMw()) + ")"));
            if (swing.lowSoc() != null) {
                out.append(String.format("  %-12s %s%n", "battery", "state of charge "
                        + ReportWords.range(swing.lowSoc(), swing.highSoc(), ReportWords::percent)));
            }
        }
        Scale scale = report.scale();
        if (scale != null) {
            out.append("\nScale: ").append(scale.phase()).append(" against biology\n");
            out.append(String.format("  %-12s %s%n", "brains", ReportWords.brains(scale)));
            out.append(String.format("  %-12s %s%n", "a day", ReportWords.day(scale)));
            out.append(String.format("  %-12s %s%n", "training", ReportWords.training(scale)));
            for (Scale.TargetScale t : scale.targets()) {
                out.append(String.format("  %-12s %s%n", "target", ReportWords.target(t)));
            }
            out.append(String.format("  %-12s %s%n", "sources", scale.source()));
        }
        return out.toString();
    }

    /** The same sections as Markdown tables. */
    public static String markdown(Report report) {
        StringBuilder out = new StringBuilder();
        SupplySeries series = report.series();
        if (series != null && !series.days().isEmpty()) {
            out.append("\n## Supply by date\n\nDemand against the grid's firm supply, the generators (at design ambient)"
                    + " and the batteries, on the days something changes and the first of each month.\n\n");
            out.append("| date | phase | GPUs | IT | facility | grid | generators | batteries | grid share |\n");
            out.append("|---|---|---|---|---|---|---|---|---|\n");
            for (SupplySeries.Day d : series.tableRows()) {
                row(out, d.date(), d.phase(), count(d.gpus()), mw(d.itMw()), mw(d.facilityMw()), mw(d.gridMw()),
                        mw(d.generatorsMw()), mw(d.batteriesMw()), percent(d.gridShare()));
            }
        }
        out.append("\n## Cooling capacity\n\n| phase | required | rented | owned | units | rentable fleet | market share |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Report.Phase p : report.phases()) {
            Report.Cooling c = p.cooling();
            row(out, p.name(), ReportWords.tons(c.requiredTons()), ReportWords.tons(c.rentedTons()),
                    ReportWords.tons(c.ownedTons()), c.units() + " x " + c.model(),
                    c.rentalMarketTons() == null ? "-" : "~" + ReportWords.tons(c.rentalMarketTons()),
                    percent(c.marketShare()));
        }
        out.append("\n## Power swing\n\n");
        SwingSummary swing = SwingSummary.of(report.swingTrace());
        if (swing == null) {
            out.append(capital(ReportWords.NO_SWING)).append(".\n");
        } else {
            out.append(swing.phase()).append(", ").append(count(swing.points())).append(" points over ")
                    .append(ReportWords.seconds(swing.seconds())).append(".\n\n");
            out.append("| trace | lowest | highest | swing |\n|---|---|---|---|\n");
            row(out, "before mitigation", mw(swing.lowBeforeMw()), mw(swing.highBeforeMw()), mw(swing.swingBeforeMw()));
            row(out, "after mitigation", mw(swing.lowAfterMw()), mw(swing.highAfterMw()), mw(swing.swingAfterMw()));
            if (swing.lowSoc() != null) {
                row(out, "battery state of charge", percent(swing.lowSoc()), percent(swing.highSoc()), "");
            }
        }
        Scale scale = report.scale();
        if (scale != null) {
            out.append("\n## Scale: ").append(cell(scale.phase())).append(" against biology\n\n");
            out.append("| comparison | figure |\n|---|---|\n");
            row(out, "brains", ReportWords.brains(scale));
            row(out, "a day", ReportWords.day(scale));
            row(out, "training", ReportWords.training(scale));
            for (Scale.TargetScale t : scale.targets()) {
                row(out, "target", ReportWords.target(t));
            }
            out.append("\nSources: ").append(cell(scale.source())).append(".\n");
        }
        return out.toString();
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
