package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.document.Unit.KW;
import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.document.Unit.PERCENT;
import static io.gigawatt.planner.cli.report.ReportWords.count;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.timeline.TimelineDocument;
import io.gigawatt.planner.cli.timeline.TimelineWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The evaluate report as a report document: the verdict, each phase and target with its findings, the timeline,
 * demand against supply, cooling, the swing and the campus against biology. The terminal reads each phase as
 * labelled lines with its findings under it; a page reads tables, the findings last.
 */
public final class ReportDocument {

    private ReportDocument() {
    }

    public static Document build(Report report) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("verdict").json("schemaVersion", report.schemaVersion()).json("scenario", report.scenario())
                .json("file", report.file()).json("verdict", report.verdict())
                .terminal(new Block.Lines(List.of(report.scenario() + ": " + report.verdict() + " (" + report.tally()
                        + ")", "scenario file: " + report.file())))
                .page(new Block.Heading(1, report.scenario() + ": " + report.verdict()), new Block.Paragraph(List.of(
                        Cell.text("Scenario file "), Cell.code(report.file()), Cell.text(": " + report.tally() + ".")))));
        sections.add(blocking(report));
        sections.add(phases(report));
        sections.add(flexible(report.phases()));
        sections.add(targets(report));
        sections.add(new Section("findings").json("findings", report.findings()));
        sections.addAll(TimelineDocument.sections(report.timeline()));
        sections.add(EconomicsDocument.section(report.economics()));
        sections.add(supply(report.series()));
        sections.add(cooling(report.phases()));
        sections.add(swing(report.swingTrace()));
        sections.add(scale(report.scale()));
        sections.add(new Section().json("swingTrace", report.swingTrace()));
        sections.add(new Section("findings")
                .terminal(Block.Paragraph.of("Verdict: " + report.verdict() + " (" + report.tally() + ")"))
                .page(new Block.Heading(2, "Findings"), findings("findings", report.byFamily())));
        return new Document(report.scenario() + ": " + report.verdict(), sections);
    }

    /** What blocks the plan, before any detail: the errors and the warnings that put a date back furthest. */
    private static Section blocking(Report report) {
        Blocking blocking = Blocking.of(report);
        String currency = report.economics() == null ? "USD" : report.economics().currency();
        String summary = plural(report.countOf("ERROR"), "error") + "; " + blocking.why();
        Section section = new Section("blocking").json("blocking", blocking);
        if (blocking.lines().isEmpty()) {
            return section.terminal(new Block.Heading(2, "What blocks the plan: nothing (" + summary + ")"))
                    .page(new Block.Heading(2, "What blocks the plan"), Block.Paragraph.of("Nothing: " + summary + "."));
        }
        return section.terminal(new Block.Heading(2, "What blocks the plan: " + summary),
                        new Block.Lines(blocking.lines().stream().map(l -> String.format("  %-8s %s", l.severity(),
                                Blocking.words(l, currency))).toList()))
                .page(new Block.Heading(2, "What blocks the plan"), Block.Paragraph.of(capital(summary) + "."),
                        new Block.Table(List.of("severity", "about", "finding", "remedy", "effect"),
                                blocking.lines().stream().map(l -> Cell.texts(l.severity(), l.about(), l.message(),
                                        l.recommendation() == null ? "" : l.recommendation(),
                                        Blocking.effect(l, currency))).toList()));
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static Section phases(Report report) {
        Section section = new Section("phases").json("phases", report.phases());
        int number = 1;
        Map<String, List<Report.Finding>> about = report.findingsBySubject();
        for (Report.Phase p : report.phases()) {
            List<Block.Field> fields = new ArrayList<>(List.of(new Block.Field("GPUs", ReportWords.gpus(p)),
                    new Block.Field("power", "IT " + MW.words(p.itMw()) + ", facility " + MW.words(p.facilityMw())),
                    new Block.Field("grid", MW.words(p.gridMw()) + " firm, " + PERCENT.words(p.gridShare())
                            + " of facility power"),
                    new Block.Field("on-site", MW.words(p.onSiteMw()) + " at most, on " + p.onSiteDay()),
                    new Block.Field("generators", ReportWords.generators(p.generators())),
                    new Block.Field("batteries", ReportWords.batteries(p.batteries())),
                    new Block.Field("cooling", ReportWords.cooling(p.cooling()))));
            if (p.swing() != null) {
                fields.add(new Block.Field("swing", ReportWords.swing(p.swing())));
                fields.add(new Block.Field("utility", p.swing().utility().limits()));
                fields.add(new Block.Field("limits", ReportWords.margins(p.swing())));
                fields.add(new Block.Field("grid draw", ReportWords.gridDraw(p.swing())));
                fields.add(new Block.Field("swing store", ReportWords.swingBatteries(p.swing())));
                if (p.swing().powerFloor() != null) {
                    fields.add(new Block.Field("power floor", ReportWords.powerFloor(p.swing())));
                }
            }
            TimelineWords.readyLine(report.timeline(), p.name()).ifPresent(r -> fields.add(new Block.Field("ready", r)));
            fields.addAll(flexibleFields(p.flexible()));
            section.terminal(new Block.Heading(2, "Phase " + number++ + ": " + p.name() + ", " + p.date() + ": "
                    + lower(p.verdict())), new Block.Fields(fields), findings("findings", about.getOrDefault(p.name(), List.of())));
        }
        section.page(new Block.Heading(2, "Phases"), new Block.Table(List.of("phase", "date", "GPUs", "IT", "facility",
                "grid", "grid share", "on-site peak", "generators", "batteries", "cooling", "verdict"),
                report.phases().stream().map(p -> Cell.texts(p.name(), p.date(), ReportWords.gpus(p), MW.words(p.itMw()),
                        MW.words(p.facilityMw()), MW.words(p.gridMw()), PERCENT.words(p.gridShare()),
                        MW.words(p.onSiteMw()) + " on " + p.onSiteDay(), ReportWords.generators(p.generators()),
                        ReportWords.batteries(p.batteries()), ReportWords.cooling(p.cooling()), lower(p.verdict()))).toList()));
        List<Report.Phase> swung = report.phases().stream().filter(p -> p.swing() != null).toList();
        if (!swung.isEmpty()) {
            section.page(new Block.Heading(2, "Power swings"), new Block.Table(List.of("phase",
                    "swing before mitigation", "utility limits", "margin to each limit, the binding one first",
                    "grid draw after mitigation",
                    "batteries for the swing", "power floor"), swung.stream().map(p -> Cell.texts(p.name(),
                    ReportWords.swing(p.swing()), p.swing().utility().limits(), ReportWords.margins(p.swing()),
                    ReportWords.gridDraw(p.swing()), ReportWords.swingBatteries(p.swing()),
                    p.swing().powerFloor() == null ? "none" : ReportWords.powerFloor(p.swing()))).toList()));
        }
        return section;
    }

    /** The flexible tranches' lines of a phase: its ready dates with them and without, and their curtailment. */
    private static List<Block.Field> flexibleFields(Report.Flexible f) {
        List<Block.Field> fields = new ArrayList<>();
        if (f == null) {
            return fields;
        }
        String ready = ReportWords.flexibleReady(f);
        if (ready != null) {
            fields.add(new Block.Field("flexible", ready));
        }
        if (f.curtailment() != null) {
            fields.add(new Block.Field("curtailment", ReportWords.curtailmentTerms(f.curtailment())));
            fields.add(new Block.Field("events", ReportWords.curtailmentRide(f.curtailment())));
            fields.add(new Block.Field("lost", ReportWords.lostGpuHours(f)));
        } else {
            fields.add(new Block.Field("curtailment", ReportWords.NOT_CURTAILED));
        }
        return fields;
    }

    /**
     * The page's table of the flexible tranches' effect, phase by phase (the terminal has it in each phase's lines, JSON
     * in each phase's {@code flexible}); empty when the grid has no flexible tranche.
     */
    private static Section flexible(List<Report.Phase> phases) {
        Section section = new Section("flexible");
        List<Report.Phase> flexible = phases.stream().filter(p -> p.flexible() != null).toList();
        if (flexible.isEmpty()) {
            return section;
        }
        return section.page(new Block.Heading(2, "Flexible grid tranches"), new Block.Table(List.of("phase", "ready",
                "curtailment", "an event", "GPU-hours lost a year"), flexible.stream().map(p -> {
                    Report.Flexible f = p.flexible();
                    Report.Curtailment c = f.curtailment();
                    String ready = ReportWords.flexibleReady(f);
                    return Cell.texts(p.name(), ready == null ? "-" : ready,
                            c == null ? ReportWords.NOT_CURTAILED : ReportWords.curtailmentTerms(c),
                            c == null ? "-" : ReportWords.curtailmentRide(c), c == null ? "0" : ReportWords.lostGpuHours(f));
                }).toList()));
    }

    private static Section targets(Report report) {
        Section section = new Section("targets").json("targets", report.targets());
        Map<String, List<Report.Finding>> about = report.findingsBySubject();
        for (Report.Target t : report.targets()) {
            section.terminal(new Block.Heading(2, "Target: " + t.name() + ", " + t.date() + ": "
                            + (t.reachable() ? "reachable" : "unreachable")),
                    new Block.Fields(List.of(new Block.Field("budget", MW.words(t.facilityMw()) + " for "
                                    + count(t.gpus()) + " GPUs, " + KW.words(t.impliedKwPerGpu()) + " per GPU implied"),
                            new Block.Field("catalogue", KW.words(t.catalogueKwPerGpu()) + " per GPU (" + t.countedIn()
                                    + "): " + MW.words(t.neededMw()) + " needed, " + count(t.gpusWithinBudget())
                                    + " GPUs fit the budget"))),
                    findings("findings", about.getOrDefault(t.name(), List.of())));
        }
        if (!report.targets().isEmpty()) {
            section.page(new Block.Heading(2, "Targets"), new Block.Table(List.of("target", "date", "budget", "GPUs",
                    "implied per GPU", "catalogue per GPU", "needed", "GPUs within budget", "reachable"),
                    report.targets().stream().map(t -> Cell.texts(t.name(), t.date(), MW.words(t.facilityMw()),
                            count(t.gpus()), KW.words(t.impliedKwPerGpu()), KW.words(t.catalogueKwPerGpu()) + " ("
                                    + t.countedIn() + ")", MW.words(t.neededMw()), count(t.gpusWithinBudget()),
                            t.reachable() ? "yes" : "no")).toList()));
        }
        return section;
    }

    /** Demand against the supply stack on the days a table shows (JSON {@code "series"}: every day). */
    private static Section supply(SupplySeries series) {
        Section section = new Section("supply").json("series", series);
        if (series == null || series.days().isEmpty()) {
            return section;
        }
        List<SupplySeries.Day> rows = series.tableRows();
        List<String> lines = new ArrayList<>();
        lines.add(supplyLine("date", "phase", "GPUs", "facility", "grid", "generators", "batteries", "grid"));
        rows.forEach(d -> lines.add(supplyLine(d.date(), d.phase(), count(d.gpus()), MW.words(d.facilityMw()),
                MW.words(d.gridMw()), MW.words(d.generatorsMw()), MW.words(d.batteriesMw()),
                ReportWords.percent(d.gridShare()))));
        return section
                .terminal(new Block.Heading(2, "Supply by date: demand against the grid, the generators (at design"
                        + " ambient) and the batteries"), new Block.Lines(lines))
                .page(new Block.Heading(2, "Supply by date"), Block.Paragraph.of("Demand against the grid's firm"
                                + " supply, the generators (at design ambient) and the batteries, on the days something"
                                + " changes and the first of each month."),
                        new Block.Table(List.of("date", "phase", "GPUs", "IT", "facility", "grid", "generators",
                                "batteries", "grid share"), rows.stream().map(d -> Cell.texts(d.date(), d.phase(),
                                count(d.gpus()), MW.words(d.itMw()), MW.words(d.facilityMw()), MW.words(d.gridMw()),
                                MW.words(d.generatorsMw()), MW.words(d.batteriesMw()),
                                ReportWords.percent(d.gridShare()))).toList()));
    }

    /** The terminal's supply table: numbers right-aligned in fixed columns. */
    private static String supplyLine(String... cells) {
        return String.format("  %-10s  %-14s %9s %9s %9s %10s %9s %6s", (Object[]) cells);
    }

    private static Section cooling(List<Report.Phase> phases) {
        return new Section("cooling")
                .terminal(new Block.Heading(2, "Cooling: required against rented and owned capacity"),
                        new Block.Fields(phases.stream().map(p -> new Block.Field(p.name(),
                                ReportWords.coolingCapacity(p.cooling()))).toList()))
                .page(new Block.Heading(2, "Cooling capacity"), new Block.Table(List.of("phase", "required", "rented",
                        "owned", "units", "rentable fleet", "market share"), phases.stream().map(p -> {
                            Report.Cooling c = p.cooling();
                            return Cell.texts(p.name(), Unit.TONS.words(c.requiredTons()),
                                    Unit.TONS.words(c.rentedTons()), Unit.TONS.words(c.ownedTons()),
                                    c.units() + " x " + Catalogue.named(c.modelName(), c.model()),
                                    c.rentalMarketTons() == null ? "-" : "~" + Unit.TONS.words(c.rentalMarketTons()),
                                    ReportWords.percent(c.marketShare()));
                        }).toList()));
    }

    private static Section swing(SwingTrace trace) {
        SwingSummary swing = SwingSummary.of(trace);
        if (swing == null) {
            return new Section("swing").terminal(new Block.Heading(2, "Swing: " + ReportWords.NO_SWING))
                    .page(new Block.Heading(2, "Power swing"), Block.Paragraph.of(capital(ReportWords.NO_SWING) + "."));
        }
        String span = swing.phase() + ", " + count(swing.points()) + " points over " + ReportWords.seconds(swing.seconds());
        List<Block.Field> fields = new ArrayList<>(List.of(
                new Block.Field("before", ReportWords.range(swing.lowBeforeMw(), swing.highBeforeMw(), MW::words)
                        + " (swing " + MW.words(swing.swingBeforeMw()) + ")"),
                new Block.Field("after", ReportWords.range(swing.lowAfterMw(), swing.highAfterMw(), MW::words)
                        + " (swing " + MW.words(swing.swingAfterMw()) + ")")));
        List<List<Cell>> rows = new ArrayList<>(List.of(
                Cell.texts("before mitigation", MW.words(swing.lowBeforeMw()), MW.words(swing.highBeforeMw()),
                        MW.words(swing.swingBeforeMw())),
                Cell.texts("after mitigation", MW.words(swing.lowAfterMw()), MW.words(swing.highAfterMw()),
                        MW.words(swing.swingAfterMw()))));
        if (swing.lowSoc() != null) {
            fields.add(new Block.Field("battery", "state of charge "
                    + ReportWords.range(swing.lowSoc(), swing.highSoc(), PERCENT::words)));
            rows.add(Cell.texts("battery state of charge", PERCENT.words(swing.lowSoc()), PERCENT.words(swing.highSoc()), ""));
        }
        return new Section("swing").terminal(new Block.Heading(2, "Swing: " + span), new Block.Fields(fields))
                .page(new Block.Heading(2, "Power swing"), Block.Paragraph.of(span + "."),
                        new Block.Table(List.of("trace", "lowest", "highest", "swing"), rows));
    }

    private static Section scale(Scale scale) {
        Section section = new Section("scale").json("scale", scale);
        if (scale == null) {
            return section;
        }
        List<Block.Field> fields = new ArrayList<>(List.of(new Block.Field("brains", ReportWords.brains(scale)),
                new Block.Field("a day", ReportWords.day(scale)), new Block.Field("training", ReportWords.training(scale))));
        scale.targets().forEach(t -> fields.add(new Block.Field("target", ReportWords.target(t))));
        String heading = "Scale: " + scale.phase() + " against biology";
        return section.terminal(new Block.Heading(2, heading),
                        new Block.Fields(append(fields, new Block.Field("sources", scale.source()))))
                .page(new Block.Heading(2, heading), new Block.Table(List.of("comparison", "figure"),
                                fields.stream().map(f -> Cell.texts(f.label(), f.value())).toList()),
                        Block.Paragraph.of("Sources: " + scale.source() + "."));
    }

    private static Block.Findings findings(String title, List<Report.Finding> findings) {
        return findings(title, false, findings);
    }

    /** The findings of the rules as a block; {@code about}: the terminal names the phase or target of each. */
    public static Block.Findings findings(String title, boolean about, List<Report.Finding> findings) {
        return new Block.Findings(title, about, findings.stream().map(f -> new Block.Finding(f.severity(),
                f.phase() != null ? f.phase() : f.target(), f.message(), f.recommendation(), f.family(), f.rule()))
                .toList());
    }

    private static List<Block.Field> append(List<Block.Field> fields, Block.Field last) {
        List<Block.Field> all = new ArrayList<>(fields);
        all.add(last);
        return all;
    }

    private static String lower(String verdict) {
        return verdict.toLowerCase(Locale.ROOT);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
