package io.gigawatt.planner.cli.report.html;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.document.html.HtmlWriter;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.FindingNumbers;
import io.gigawatt.planner.cli.report.ReportWords;
import io.gigawatt.planner.cli.report.Scale;
import io.gigawatt.planner.cli.report.SupplySeries;
import io.gigawatt.planner.cli.report.SwingSummary;
import io.gigawatt.planner.cli.report.SwingTrace;
import io.gigawatt.planner.cli.report.TradeOff;
import io.gigawatt.planner.cli.timeline.TimelineReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page for stakeholders: the verdict, the findings by rule family, and
 * charts (SVG, inline) of demand against supply, the swing, the timeline, cooling and the road to each target,
 * then the campus against biology. Nothing is fetched when the page opens. The same report gives the same bytes.
 *
 * <p>Every figure shown carries the JSON pointer of the number it writes ({@code data-json}), the number itself
 * ({@code data-value}) and its unit ({@code data-unit}), so tests can hold the page to the JSON report.
 */
public final class HtmlRenderer {

    /** The rule families in the order the page lists them; families a planner adds follow in order of appearance. */
    static final List<String> FAMILY_ORDER = io.gigawatt.planner.rules.DefaultPack.FAMILIES;

    /** Section ids, in page order: tests and the stakeholders' guide name them. */
    static final List<String> SECTIONS = List.of("verdict", "blocking", "phases", "findings", "supply", "swing", "timeline",
            "economics", "cooling", "road", "scale");

    /**
     * The report document's sections this page lays out itself, with charts, cards and figures tied to the JSON (it
     * leaves the timeline's future supply and tornado to the text and Markdown reports, as before); any other
     * section of the document (one a builder adds) follows them as the HTML writer writes it.
     */
    static final Set<String> LAID_OUT = Set.of("verdict", "blocking", "phases", "targets", "findings", "supply", "swing",
            "timeline", "economics", "cooling", "road", "scale", "future-supply", "risk");

    private final Report report;
    private final Document document;
    private final TradeOff tradeOff;
    private final StringBuilder out = new StringBuilder(256 * 1024);

    private HtmlRenderer(Report report, Document document, TradeOff tradeOff) {
        this.report = report;
        this.document = document;
        this.tradeOff = tradeOff;
    }

    /** The page of {@code report}, whose document {@code document} is (the sections the page does not lay out). */
    public static String render(Report report, Document document) {
        return new HtmlRenderer(report, document, null).page();
    }

    /** The page of a plan {@code planner plan} proposes, with the trade-off between time and cost it found. */
    public static String render(Report report, Document document, TradeOff tradeOff) {
        return new HtmlRenderer(report, document, tradeOff).page();
    }

    private String page() {
        out.append(HtmlWriter.head(report.scenario() + ": " + report.verdict()));
        verdict();
        blocking();
        tradeOff();
        contents();
        phases();
        findings();
        supply();
        swing();
        timeline();
        economics();
        cooling();
        road();
        scale();
        document.sections().stream().filter(s -> s.id() == null || !LAID_OUT.contains(s.id()))
                .forEach(s -> out.append(HtmlWriter.section(s)));
        out.append("<footer><p>Written by Gigawatt Planner from <code>").append(esc(report.file()))
                .append("</code>. The text, Markdown and JSON reports of the same scenario carry the same figures;"
                        + " every figure here comes from the scenario or the equipment catalogue (with its source)."
                        + "</p></footer>\n");
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    // ---- verdict and phases ----------------------------------------------------------------------------------

    private void verdict() {
        boolean feasible = "FEASIBLE".equals(report.verdict());
        out.append("<header id=\"verdict\" class=\"verdict ").append(feasible ? "ok" : "bad").append("\">\n");
        out.append("<h1>").append(esc(report.scenario())).append("</h1>\n");
        out.append("<p class=\"big\"><strong data-json=\"/verdict\">").append(report.verdict()).append("</strong> ")
                .append(esc(report.tally())).append("</p>\n<ul class=\"lead\">\n");
        for (int i = 0; i < report.phases().size(); i++) {
            Report.Phase p = report.phases().get(i);
            String at = "/phases/" + i;
            out.append("<li><strong>").append(esc(p.name())).append("</strong> (").append(p.date()).append("): ")
                    .append(lower(p.verdict())).append(". ").append(num(at + "/gpuCount", p.gpuCount(), Unit.COUNT))
                    .append(" GPUs draw ").append(num(at + "/facilityMw", p.facilityMw(), Unit.MW))
                    .append("; the grid gives ").append(num(at + "/gridShare", p.gridShare(), Unit.PERCENT))
                    .append(readySentence(p.name())).append("</li>\n");
        }
        for (int i = 0; i < report.targets().size(); i++) {
            Report.Target t = report.targets().get(i);
            out.append("<li><strong>").append(esc(t.name())).append("</strong> (").append(t.date()).append("): ")
                    .append(t.reachable() ? "reachable" : "unreachable").append(". ")
                    .append(num("/targets/" + i + "/facilityMw", t.facilityMw(), Unit.MW)).append(" for ")
                    .append(num("/targets/" + i + "/gpus", t.gpus(), Unit.COUNT)).append(" GPUs; about ")
                    .append(num("/targets/" + i + "/gpusWithinBudget", t.gpusWithinBudget(), Unit.COUNT))
                    .append(" fit at the catalogue's ")
                    .append(num("/targets/" + i + "/catalogueKwPerGpu", t.catalogueKwPerGpu(), Unit.KW))
                    .append(" per GPU.</li>\n");
        }
        out.append("</ul>\n<p class=\"file\">Scenario file <code>").append(esc(report.file())).append("</code></p>\n");
        out.append("</header>\n");
    }

    /** What blocks the plan, as the report document writes it, before anything else the page lays out. */
    private void blocking() {
        document.sections().stream().filter(s -> "blocking".equals(s.id())).findFirst().ifPresent(s -> out
                .append("<section id=\"blocking\">\n<h2>What blocks the plan</h2>\n").append(HtmlWriter.blocks(s))
                .append("</section>\n"));
    }

    private String readySentence(String phase) {
        TimelineReport timeline = report.timeline();
        if (timeline == null) {
            return ".";
        }
        for (int i = 0; i < timeline.phases().size(); i++) {
            TimelineReport.Phase p = timeline.phases().get(i);
            if (p.name().equals(phase)) {
                return p.ready() == null ? "; it is never ready with the supply given."
                        : "; ready on <span data-json=\"/timeline/phases/" + i + "/ready\">" + p.ready() + "</span>"
                        + (p.lateDays() > 0 ? ", " + num("/timeline/phases/" + i + "/lateDays", p.lateDays(), Unit.DAYS)
                        + " after its GPUs" : "") + ".";
            }
        }
        return ".";
    }

    private void contents() {
        out.append("<nav><strong>Contents</strong>: ");
        Map<String, String> titles = new LinkedHashMap<>();
        titles.put("phases", "Phases");
        titles.put("findings", "Findings");
        titles.put("supply", "Demand and supply");
        titles.put("swing", "Power swing");
        titles.put("timeline", "Timeline");
        titles.put("economics", "Costs");
        titles.put("cooling", "Cooling");
        titles.put("road", "Road to the target");
        titles.put("scale", "Against biology");
        out.append(titles.entrySet().stream().map(e -> "<a href=\"#" + e.getKey() + "\">" + e.getValue() + "</a>")
                .collect(Collectors.joining(" · ")));
        out.append("</nav>\n");
    }

    private void phases() {
        section("phases", "Phases at a glance", "Each phase's figures are taken on its date, with all its GPUs installed.");
        out.append("<table>\n<thead><tr><th>phase</th><th>date</th><th>GPUs</th><th>IT</th><th>facility</th>"
                + "<th>grid</th><th>grid share</th><th>generators</th><th>batteries</th><th>cooling</th>"
                + "<th>verdict</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < report.phases().size(); i++) {
            Report.Phase p = report.phases().get(i);
            String at = "/phases/" + i;
            Report.Generators g = p.generators();
            Report.Batteries b = p.batteries();
            Report.Cooling c = p.cooling();
            out.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(p.date()).append("</td><td>")
                    .append(num(at + "/gpuCount", p.gpuCount(), Unit.COUNT)).append("</td><td>")
                    .append(num(at + "/itMw", p.itMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/facilityMw", p.facilityMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/gridMw", p.gridMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/gridShare", p.gridShare(), Unit.PERCENT)).append("</td><td>")
                    .append(num(at + "/generators/units", g.units(), Unit.COUNT)).append(" x ")
                    .append(esc(Catalogue.named(g.modelName(), g.model())))
                    .append(" (").append(num(at + "/generators/running", g.running(), Unit.COUNT)).append(" running), ")
                    .append(num(at + "/generators/mw", g.mw(), Unit.MW)).append(" rated</td><td>")
                    .append(num(at + "/batteries/units", b.units(), Unit.COUNT)).append(" x ")
                    .append(esc(Catalogue.named(b.modelName(), b.model())))
                    .append(", ").append(num(at + "/batteries/mw", b.mw(), Unit.MW)).append(" / ")
                    .append(num(at + "/batteries/mwh", b.mwh(), Unit.MWH))
                    .append(p.swing() == null || p.swing().assessedAt() == null ? ""
                            : "<br>" + esc(ReportWords.assessedAt(p.swing().assessedAt())))
                    .append("</td><td>")
                    .append(num(at + "/cooling/units", c.units(), Unit.COUNT)).append(" x ")
                    .append(esc(Catalogue.named(c.modelName(), c.model())))
                    .append(", ").append(num(at + "/cooling/requiredTons", c.requiredTons(), Unit.TONS))
                    .append("</td><td class=\"").append(lower(p.verdict())).append("\">").append(lower(p.verdict()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    // ---- findings --------------------------------------------------------------------------------------------

    private void findings() {
        section("findings", "Findings by rule family", "Each finding names the rule that made it and the numbers"
                + " that triggered it; errors make the scenario infeasible.");
        Map<String, List<Integer>> byFamily = new LinkedHashMap<>();
        FAMILY_ORDER.forEach(f -> byFamily.put(f, new ArrayList<>()));
        for (int i : report.bySeverity()) {
            byFamily.computeIfAbsent(report.findings().get(i).family(), f -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, List<Integer>> family : byFamily.entrySet()) {
            if (family.getValue().isEmpty()) {
                continue;
            }
            out.append("<div class=\"family\" id=\"family-").append(slug(family.getKey())).append("\">\n<h3>")
                    .append(esc(family.getKey())).append(" <span class=\"count\">")
                    .append(tally(family.getValue())).append("</span></h3>\n<table class=\"findings\">\n")
                    .append("<thead><tr><th>severity</th><th>about</th><th>finding</th><th>numbers</th><th>rule</th>"
                            + "</tr></thead>\n<tbody>\n");
            for (int i : family.getValue()) {
                finding(i, report.findings().get(i));
            }
            out.append("</tbody>\n</table>\n</div>\n");
        }
        out.append("</section>\n");
    }

    private void finding(int index, Report.Finding f) {
        String about = f.phase() != null ? f.phase() : f.target();
        out.append("<tr class=\"finding ").append(lower(f.severity())).append("\" data-rule=\"").append(esc(f.rule()))
                .append("\"><td><span class=\"badge ").append(lower(f.severity())).append("\">")
                .append(severityWord(f.severity())).append("</span></td><td>").append(esc(about == null ? "" : about))
                .append("</td><td>").append(esc(f.message()));
        if (f.recommendation() != null) {
            out.append("<div class=\"rec\">→ ").append(esc(f.recommendation())).append("</div>");
        }
        out.append("</td><td class=\"numbers\">");
        List<String> numbers = new ArrayList<>();
        if (f.numbers() != null) {
            f.numbers().forEach((name, value) -> {
                if (value != null) {
                    FindingNumbers.Entry number = FindingNumbers.of(name);
                    numbers.add("<span class=\"k\">" + esc(number.label()) + "</span> "
                            + num("/findings/" + index + "/numbers/" + name, value, number.unit()));
                }
            });
        }
        out.append(String.join(" · ", numbers)).append("</td><td class=\"rule\">").append(esc(f.rule()))
                .append("</td></tr>\n");
    }

    private String tally(List<Integer> indices) {
        Map<String, Long> counts = indices.stream().map(i -> report.findings().get(i).severity())
                .collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
        List<String> parts = new ArrayList<>();
        for (String severity : List.of("ERROR", "WARNING", "INFO")) {
            long n = counts.getOrDefault(severity, 0L);
            if (n > 0) {
                String word = severity.equals("INFO") ? "note" : lower(severity);
                parts.add(n + " " + word + (n == 1 ? "" : "s"));
            }
        }
        return String.join(", ", parts);
    }

    // ---- charts ----------------------------------------------------------------------------------------------

    private void supply() {
        section("supply", "Demand against the supply stack", "What the campus draws each day of the build (black"
                + " line) against the grid's firm supply, the generators the plan sizes for the phase being built (at"
                + " the design ambient temperature) and its batteries, stacked; below, the share of the draw the grid"
                + " covers.");
        SupplySeries series = report.series();
        if (series == null || series.days().isEmpty()) {
            out.append("<p class=\"none\">No daily series in this report.</p>\n</section>\n");
            return;
        }
        figure("chart-supply", Charts.svg(Charts.supply(series), "supply", 500),
                "Demand (facility power) and supply by day, " + series.days().get(0).date() + " to "
                        + series.days().get(series.days().size() - 1).date()
                        + (series.stepDays() > 1 ? ", every " + series.stepDays() + " days" : "") + ".");
        out.append("<details><summary>The numbers behind the chart (the days something changes and the first of each"
                + " month)</summary>\n<table class=\"data\" id=\"data-supply\">\n<thead><tr><th>date</th><th>phase</th>"
                + "<th>GPUs</th><th>IT</th><th>facility</th><th>grid</th><th>generators</th><th>batteries</th>"
                + "<th>grid share</th></tr></thead>\n<tbody>\n");
        List<SupplySeries.Day> rows = series.tableRows();
        for (SupplySeries.Day d : rows) {
            String at = "/series/days/" + series.days().indexOf(d);
            out.append("<tr><td>").append(d.date()).append("</td><td>").append(esc(d.phase())).append("</td><td>")
                    .append(num(at + "/gpus", d.gpus(), Unit.COUNT)).append("</td><td>")
                    .append(num(at + "/itMw", d.itMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/facilityMw", d.facilityMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/gridMw", d.gridMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/generatorsMw", d.generatorsMw(), Unit.MW)).append("</td><td>")
                    .append(num(at + "/batteriesMw", d.batteriesMw(), Unit.MW)).append("</td><td>")
                    .append(d.gridShare() == null ? "-" : num(at + "/gridShare", d.gridShare(), Unit.PERCENT))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</details>\n</section>\n");
    }

    private void swing() {
        section("swing", "Power swing of synchronous training", "When all GPUs train together they swing between"
                + " full power and near idle within a fraction of a second; batteries and other mitigation keep the"
                + " grid from seeing it.");
        SwingTrace trace = report.swingTrace();
        SwingSummary summary = SwingSummary.of(trace);
        if (summary == null) {
            out.append("<p class=\"none\">").append(capital(ReportWords.NO_SWING)).append(". The batteries of each"
                    + " phase are sized for the swing the catalogue gives (see the phases above).</p>\n</section>\n");
            return;
        }
        String still = summary.lowSoc() == null || Charts.socVisible(summary) ? "" : ". The batteries' state of charge"
                + " stays between " + hundredthsOfAPercent(summary.lowSoc()) + " and "
                + hundredthsOfAPercent(summary.highSoc()) + ": the swing moves too little energy to draw";
        figure("chart-swing", Charts.svg(Charts.swing(trace), "swing", 520), esc(trace.description() + still) + ".");
        out.append("<table class=\"data\" id=\"data-swing\">\n<thead><tr><th>").append(esc(summary.phase()))
                .append("</th><th>lowest</th><th>highest</th><th>swing</th></tr></thead>\n<tbody>\n")
                .append("<tr><td>before mitigation</td><td>").append(Unit.MW.words(summary.lowBeforeMw()))
                .append("</td><td>").append(Unit.MW.words(summary.highBeforeMw())).append("</td><td>")
                .append(Unit.MW.words(summary.swingBeforeMw())).append("</td></tr>\n")
                .append("<tr><td>after mitigation</td><td>").append(Unit.MW.words(summary.lowAfterMw()))
                .append("</td><td>").append(Unit.MW.words(summary.highAfterMw())).append("</td><td>")
                .append(Unit.MW.words(summary.swingAfterMw())).append("</td></tr>\n");
        if (summary.lowSoc() != null) {
            out.append("<tr><td>battery state of charge</td><td>").append(ReportWords.percent(summary.lowSoc()))
                    .append("</td><td>").append(ReportWords.percent(summary.highSoc())).append("</td><td></td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        limits();
        out.append("</section>\n");
    }

    /** Each phase's utility limits on the grid draw: the margin to every one, the binding one first. */
    private void limits() {
        out.append("<table class=\"data\" id=\"data-limits\">\n<thead><tr><th>phase</th><th>utility limits</th>"
                + "<th>margin to each limit, the binding one first</th></tr></thead>\n<tbody>\n");
        report.phases().stream().filter(p -> p.swing() != null).forEach(p -> out.append("<tr><td>")
                .append(esc(p.name())).append("</td><td>").append(esc(p.swing().utility().limits()))
                .append("</td><td>").append(esc(ReportWords.margins(p.swing()))).append("</td></tr>\n"));
        out.append("</tbody>\n</table>\n");
    }

    private void timeline() {
        section("timeline", "Timeline", "When each phase is installed, powered and cooled, and what holds it: GPU"
                + " deliveries, each piece of equipment from order to site, and the days installed GPUs wait.");
        TimelineReport timeline = report.timeline();
        if (timeline == null || report.series() == null || report.series().days().isEmpty()) {
            out.append("<p class=\"none\">No timeline in this scenario (it has no <code>timeline:</code> section)."
                    + "</p>\n</section>\n");
            return;
        }
        LocalDate start = LocalDate.parse(report.series().days().get(0).date());
        List<Charts.GanttRow> rows = Charts.ganttRows(start, report.phases(), timeline, report.economics());
        figure("chart-timeline", Charts.svg(Charts.gantt(rows, report.phases(), timeline), "timeline",
                120 + 28 * rows.size()), "Equipment ordered " + esc(orders(timeline.orders())) + ". Dashed lines: each"
                + " phase's date (grey) and the day it is ready (black).");
        out.append("<table class=\"data\" id=\"data-timeline\">\n<thead><tr><th>phase</th><th>GPUs arrive</th>"
                + "<th>installed</th><th>ready</th><th>held by (the binding constraint)</th><th>sooner with</th>"
                + "<th>P50</th><th>P90</th></tr></thead>\n<tbody>\n");
        for (int i = 0; i < timeline.phases().size(); i++) {
            TimelineReport.Phase p = timeline.phases().get(i);
            String at = "/timeline/phases/" + i;
            out.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(p.gpusArrive()).append("</td><td>")
                    .append(p.installed()).append("</td><td><span data-json=\"").append(at).append("/ready\">")
                    .append(p.ready() == null ? "never" : p.ready()).append("</span>")
                    .append(p.lateDays() > 0 ? " (+" + num(at + "/lateDays", p.lateDays(), Unit.DAYS) + ")" : "")
                    .append("</td><td>").append(esc(p.heldBy().stream().map(h -> h.constraint() + ": " + h.what())
                            .collect(Collectors.joining("; ")))).append("</td><td>")
                    .append(esc(p.alternatives().stream().map(a -> a.change() + ": " + a.ready())
                            .collect(Collectors.joining("; ")))).append("</td><td>")
                    .append(p.risk() == null ? "" : orNever(p.risk().p50())).append("</td><td>")
                    .append(p.risk() == null ? "" : orNever(p.risk().p90())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (!timeline.leadTimes().isEmpty()) {
            out.append("<details><summary>Lead times: each piece of equipment from order to site</summary>\n"
                    + "<table class=\"data\" id=\"data-lead-times\">\n<thead><tr><th>phase</th><th>equipment</th>"
                    + "<th>units</th><th>route</th><th>lead time</th><th>ordered</th><th>on site</th><th>slack</th>"
                    + "</tr></thead>\n<tbody>\n");
            for (int i = 0; i < timeline.leadTimes().size(); i++) {
                TimelineReport.LeadTime c = timeline.leadTimes().get(i);
                String at = "/timeline/leadTimes/" + i;
                out.append("<tr").append(c.slackDays() < 0 ? " class=\"late\"" : "").append("><td>").append(esc(c.phase()))
                        .append("</td><td>").append(esc(Catalogue.named(c.modelName(), c.model())))
                        .append("</td><td>")
                        .append(num(at + "/units", c.units(), Unit.COUNT)).append("</td><td>").append(esc(c.route()))
                        .append("</td><td>").append(num(at + "/leadTimeDays", c.leadTimeDays(), Unit.DAYS))
                        .append("</td><td>").append(c.ordered()).append("</td><td>").append(c.arrives())
                        .append("</td><td>").append(num(at + "/slackDays", c.slackDays(), Unit.DAYS))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</details>\n");
        }
        out.append("</section>\n");
    }

    /** The plans judged that trade time for cost, charted and listed; only on a plan's page, with two or more. */
    private void tradeOff() {
        if (tradeOff == null || tradeOff.points().size() < 2) {
            return;
        }
        section("trade-off", "Trade-off between time and cost", "The plans the search judged with the fewest errors of"
                + " which none is both sooner and cheaper than another: each later one costs less. The plan proposed is"
                + " marked; present cost with waiting, in " + tradeOff.currency() + ".");
        figure("chart-trade-off", Charts.svg(Charts.tradeOff(tradeOff), "trade-off", 380),
                "Ready date against present cost with waiting, one point per plan.");
        out.append("<table>\n<thead><tr><th>ready</th><th>present cost with waiting</th><th>decisions</th></tr>"
                + "</thead>\n<tbody>\n");
        for (TradeOff.Point p : tradeOff.points()) {
            out.append(p.proposed() ? "<tr class=\"proposed\">" : "<tr>").append("<td>").append(esc(p.ready()))
                    .append("</td><td>").append(esc(Unit.NUMBER.words(Math.round(p.cost() / 1e6)))).append(" M ")
                    .append(esc(tradeOff.currency())).append("</td><td>").append(esc(p.decisions()))
                    .append(p.proposed() ? " (proposed)" : "").append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** The costs: the monthly chart, then the tables of the report document's economics section. */
    private void economics() {
        if (report.economics() == null) {
            return;
        }
        section("economics", "Costs", "What the supply costs by phase and item, what installed GPUs cost while they"
                + " wait for power or cooling, and what each remedy the timeline found would cost and save.");
        figure("chart-costs", Charts.svg(Charts.costs(report.economics()), "costs", 380),
                "Each month's cost by supply, not discounted, and the value of GPUs installed but waiting.");
        document.sections().stream().filter(s -> "economics".equals(s.id()))
                .forEach(s -> out.append(HtmlWriter.blocks(s)));
        out.append("</section>\n");
    }

    private void cooling() {
        section("cooling", "Cooling", "The cooling each phase requires (its IT heat plus the margin) against what it"
                + " rents and owns, and against the whole fleet for rent: the share of that market it takes.");
        figure("chart-cooling", Charts.svg(Charts.cooling(report.phases()), "cooling", 380),
                "Tons of refrigeration (1 ton = 3.517 kW of heat).");
        out.append("<table class=\"data\" id=\"data-cooling\">\n<thead><tr><th>phase</th><th>heat</th><th>required</th>"
                + "<th>rented</th><th>owned</th><th>units</th><th>rentable fleet</th><th>market share</th></tr></thead>\n"
                + "<tbody>\n");
        for (int i = 0; i < report.phases().size(); i++) {
            Report.Phase p = report.phases().get(i);
            Report.Cooling c = p.cooling();
            String at = "/phases/" + i + "/cooling";
            out.append("<tr><td>").append(esc(p.name())).append("</td><td>").append(num(at + "/heatMw", c.heatMw(), Unit.MW))
                    .append("</td><td>").append(num(at + "/requiredTons", c.requiredTons(), Unit.TONS))
                    .append("</td><td>").append(num(at + "/rentedTons", c.rentedTons(), Unit.TONS))
                    .append("</td><td>").append(num(at + "/ownedTons", c.ownedTons(), Unit.TONS))
                    .append("</td><td>").append(num(at + "/units", c.units(), Unit.COUNT)).append(" x ")
                    .append(esc(Catalogue.named(c.modelName(), c.model()))).append("</td><td>")
                    .append(c.rentalMarketTons() == null ? "-" : "~" + num(at + "/rentalMarketTons", c.rentalMarketTons(), Unit.TONS))
                    .append("</td><td>")
                    .append(c.marketShare() == null ? "-" : num(at + "/marketShare", c.marketShare(), Unit.PERCENT))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private void road() {
        section("road", "Road to the target", "Firm supply step by step (grid tranches, on-site generation, power"
                + " plants and contracts) against each target's power budget, with the target's date, the day supply"
                + " reaches it and the Monte Carlo's P50 and P90.");
        TimelineReport timeline = report.timeline();
        if (timeline == null || timeline.targets().isEmpty()) {
            out.append("<p class=\"none\">No road in this report: the scenario has no timeline or no target.</p>\n");
        } else {
            for (int t = 0; t < timeline.targets().size(); t++) {
                TimelineReport.Target target = timeline.targets().get(t);
                Report.Target assessment = report.targets().stream().filter(a -> a.name().equals(target.name()))
                        .findFirst().orElse(null);
                String at = "/timeline/targets/" + t;
                out.append("<h3>").append(esc(target.name())).append("</h3>\n<p>")
                        .append(num(at + "/budgetMw", target.budgetMw(), Unit.MW)).append(" by ").append(target.date())
                        .append("; ").append(target.closes() == null ? "firm supply never reaches it with the options given"
                                : "firm supply reaches it on <span data-json=\"" + at + "/closes\">" + target.closes()
                                + "</span>" + (target.lateDays() > 0 ? ", " + num(at + "/lateDays", target.lateDays(),
                                Unit.DAYS) + " after its date" : ", in time"))
                        .append(target.risk() == null ? "" : "; Monte Carlo P50 " + orNever(target.risk().p50())
                                + ", P90 " + orNever(target.risk().p90()))
                        .append(".</p>\n");
                figure("chart-road-" + t, Charts.svg(Charts.road(target, assessment), "road" + t, 400),
                        "Firm supply after each step of the road.");
                out.append("<details><summary>The road step by step</summary>\n<table class=\"data road\">\n<thead><tr><th>date</th><th>firm supply</th><th>change</th>"
                        + "</tr></thead>\n<tbody>\n");
                for (int s = 0; s < target.road().size(); s++) {
                    TimelineReport.Step step = target.road().get(s);
                    out.append("<tr><td>").append(step.date()).append("</td><td>")
                            .append(step.firmMw() == null ? "unbounded" : num(at + "/road/" + s + "/firmMw", step.firmMw(), Unit.MW))
                            .append("</td><td>").append(esc(step.change())).append("</td></tr>\n");
                }
                out.append("</tbody>\n</table>\n</details>\n");
            }
        }
        out.append("</section>\n");
    }

    private void scale() {
        section("scale", "The campus against biology", "The scenario's own numbers, set against the 20 W a human"
                + " brain draws.");
        Scale s = report.scale();
        if (s == null) {
            out.append("<p class=\"none\">No phase with GPUs to compare.</p>\n</section>\n");
            return;
        }
        Scale.Training t = s.training();
        out.append("<div class=\"cards\">\n")
                .append("<div class=\"card\"><div class=\"fig\">").append(num("/scale/brains", s.brains(), Unit.PEOPLE))
                .append("</div><div>human brains draw as much as the ").append(num("/scale/gpus", s.gpus(), Unit.COUNT))
                .append(" GPUs of ").append(esc(s.phase())).append(" (").append(num("/scale/facilityMw", s.facilityMw(), Unit.MW))
                .append(", ").append(num("/scale/brainW", s.brainW(), Unit.NUMBER)).append(" W a brain)</div></div>\n")
                .append("<div class=\"card\"><div class=\"fig\">").append(num("/scale/gwhPerDay", s.gwhPerDay(), Unit.GWH))
                .append("</div><div>a day at full power; ").append(num("/scale/bodies", s.bodies(), Unit.PEOPLE))
                .append(" whole human bodies (").append(num("/scale/bodyW", s.bodyW(), Unit.NUMBER))
                .append(" W each) draw as much</div></div>\n")
                .append("<div class=\"card\"><div class=\"fig\">").append(num("/scale/training/facilityGwh", t.facilityGwh(), Unit.GWH))
                .append("</div><div>one training run the size of ").append(esc(t.reference())).append(" (")
                .append(num("/scale/training/gpuHours", t.gpuHours(), Unit.PEOPLE)).append(" GPU-hours, ")
                .append(num("/scale/training/referenceGwh", t.referenceGwh(), Unit.GWH)).append(" at the chips): ")
                .append(num("/scale/training/days", t.days(), Unit.DAYS)).append(" on these GPUs, what ")
                .append(num("/scale/training/brainYears", t.brainYears(), Unit.PEOPLE))
                .append(" brains use in a year</div></div>\n");
        for (int i = 0; i < s.targets().size(); i++) {
            Scale.TargetScale target = s.targets().get(i);
            out.append("<div class=\"card\"><div class=\"fig\">")
                    .append(num("/scale/targets/" + i + "/brains", target.brains(), Unit.PEOPLE))
                    .append("</div><div>brains draw as much as ").append(esc(target.name())).append(" (")
                    .append(num("/scale/targets/" + i + "/facilityMw", target.facilityMw(), Unit.MW))
                    .append(")</div></div>\n");
        }
        out.append("</div>\n<ul class=\"plain\">\n<li>").append(esc(capital(ReportWords.brains(s)))).append(".</li>\n<li>")
                .append(esc(capital(ReportWords.day(s)))).append(".</li>\n<li>")
                .append(esc(capital(ReportWords.training(s)))).append(".</li>\n");
        for (Scale.TargetScale target : s.targets()) {
            out.append("<li>").append(esc(ReportWords.target(target))).append(".</li>\n");
        }
        out.append("</ul>\n<p class=\"source\">Sources: ").append(esc(s.source())).append(".</p>\n</section>\n");
    }

    // ---- pieces ----------------------------------------------------------------------------------------------

    private void section(String id, String title, String intro) {
        out.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n<p class=\"intro\">")
                .append(esc(intro)).append("</p>\n");
    }

    private void figure(String id, String svg, String caption) {
        out.append("<figure id=\"").append(id).append("\" class=\"chart\">\n").append(svg).append("\n<figcaption>")
                .append(caption).append("</figcaption>\n</figure>\n");
    }

    /** A figure of the report model: written in its unit, with its JSON pointer and raw value for tests. */
    private static String num(String pointer, double value, Unit unit) {
        return "<span class=\"n\" data-json=\"" + esc(pointer) + "\" data-value=\"" + value + "\" data-unit=\""
                + unit.attribute() + "\">" + esc(unit.words(value)) + "</span>";
    }

    private static String num(String pointer, long value, Unit unit) {
        return "<span class=\"n\" data-json=\"" + esc(pointer) + "\" data-value=\"" + value + "\" data-unit=\""
                + unit.attribute() + "\">" + esc(unit.words(value)) + "</span>";
    }

    private static String orders(TimelineReport.Orders o) {
        return o.generators().equals(o.batteries()) && o.batteries().equals(o.cooling()) ? o.generators()
                : "generators " + o.generators() + ", batteries " + o.batteries() + ", cooling " + o.cooling();
    }

    private static String severityWord(String severity) {
        return switch (severity) {
            case "ERROR" -> "error";
            case "WARNING" -> "warning";
            default -> "note";
        };
    }

    /** "49.97%": a state of charge that barely moves, as finely as the report rounds it. */
    private static String hundredthsOfAPercent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String orNever(String date) {
        return date == null ? "never" : date;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    static String esc(String text) {
        return HtmlWriter.esc(text);
    }
}
