package io.gigawatt.planner.cli.report.html;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.SupplySeries;
import io.gigawatt.planner.cli.report.SwingSummary;
import io.gigawatt.planner.cli.report.SwingTrace;
import io.gigawatt.planner.cli.report.TradeOff;
import io.gigawatt.planner.cli.timeline.TimelineReport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Rectangle;
import java.text.DateFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The report's charts, drawn by JFreeChart and written as SVG by JFreeSVG. Every chart has a fixed size, dates in
 * UTC, numbers in a fixed locale and its own prefix for the SVG's ids, so the same report gives the same bytes.
 */
final class Charts {

    static final int WIDTH = 1100;

    static final Color GRID = new Color(0x2f6fad);
    static final Color GENERATORS = new Color(0xe8833a);
    static final Color BATTERIES = new Color(0x3f9e4d);
    static final Color DEMAND = new Color(0x1b1b1b);
    static final Color LATE = new Color(0xc8372d);
    static final Color NEUTRAL = new Color(0x9aa5b1);
    static final Color WAIT = new Color(0xf0b429);
    static final Color OWNED = new Color(0x7b5ea7);

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Locale LOCALE = Locale.US;
    private static final String FONT = "SansSerif";
    private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {6, 4}, 0);

    private Charts() {
    }

    /**
     * The chart as an SVG element that scales to its container, with ids that start with "svg-" and {@code name}, and
     * its title as the image's accessible name (a screen reader reads it; the figure's caption says more).
     */
    static String svg(JFreeChart chart, String name, int height) {
        String id = "svg-" + name;
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
        g.setDefsKeyPrefix(id + "-");
        g.setGeomDoubleConverter(Charts::hundredths);
        g.setTransformDoubleConverter(Charts::hundredths);
        chart.draw(g, new Rectangle(0, 0, WIDTH, height));
        String element = g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);
        String title = HtmlRenderer.esc(chart.getTitle().getText()).replace("'", "&#39;");
        return element.replace("<svg id='" + id + "' ", "<svg id='" + id + "' role='img' aria-label='" + title + "' ");
    }

    /** Coordinates to a hundredth of a pixel, written the same in every locale. */
    static String hundredths(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    /**
     * Demand against grid, generators and batteries stacked, with the grid's share below. The stack is drawn as
     * three areas from zero (grid; grid and generators; all three), back to front, so each band shows one source.
     */
    static JFreeChart supply(SupplySeries series) {
        XYSeries grid = dated("grid (firm)");
        XYSeries generators = dated("generators (at design ambient)");
        XYSeries batteries = dated("batteries (for swings and trips)");
        XYSeries demand = dated("demand (facility power)");
        XYSeries share = dated("grid share");
        for (SupplySeries.Day d : series.days()) {
            long day = millis(d.date());
            grid.add(day, d.gridMw());
            generators.add(day, d.gridMw() + d.generatorsMw());
            batteries.add(day, d.gridMw() + d.generatorsMw() + d.batteriesMw());
            demand.add(day, d.facilityMw());
            if (d.gridShare() != null) {
                share.add(day, d.gridShare());
            }
        }
        XYSeriesCollection stack = new XYSeriesCollection();
        stack.addSeries(grid);
        stack.addSeries(generators);
        stack.addSeries(batteries);
        NumberAxis mw = numberAxis("MW");
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setSeriesPaint(0, GRID);
        area.setSeriesPaint(1, GENERATORS);
        area.setSeriesPaint(2, BATTERIES);
        area.setLegendArea(new Rectangle(0, 0, 12, 10));
        XYPlot power = new XYPlot(stack, null, mw, area);
        power.setSeriesRenderingOrder(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE);
        XYLineAndShapeRenderer line = lines(DEMAND);
        power.setRenderer(1, line);
        power.setDataset(1, new XYSeriesCollection(demand));
        power.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        NumberAxis percent = numberAxis("grid share");
        percent.setNumberFormatOverride(NumberFormat.getPercentInstance(LOCALE));
        percent.setRange(0, 1.05);
        XYPlot shares = new XYPlot(new XYSeriesCollection(share), null, percent, lines(GRID));
        Double minimum = series.minimumGridShare();
        if (minimum != null && !series.days().isEmpty()) {
            // drawn whether or not the share ever falls below it
            References policy = new References();
            policy.add("policy minimum " + Math.round(minimum * 100) + "%", LATE,
                    millis(series.days().get(0).date()), minimum, millis(series.days().get(series.days().size() - 1).date()),
                    minimum);
            policy.addTo(shares);
        }
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(dateAxis(null));
        plot.setGap(12);
        plot.add(power, 3);
        plot.add(shares, 1);
        return chart("Demand against the supply stack", plot);
    }

    /**
     * What the plan costs each month, stacked by supply, with what waiting GPUs cost on top (in millions of the
     * report's currency; the value left in owned equipment, credited at the horizon's end, is not drawn).
     */
    static JFreeChart costs(io.gigawatt.planner.cli.report.EconomicsReport economics) {
        org.jfree.data.xy.CategoryTableXYDataset data = new org.jfree.data.xy.CategoryTableXYDataset();
        String[] supplies = {"grid", "future supply", "generators", "batteries", "cooling"};
        for (io.gigawatt.planner.cli.report.EconomicsReport.Month m : economics.months()) {
            long x = millis(java.time.YearMonth.parse(m.month()).atDay(1));
            for (String supply : supplies) {
                data.add(x, m.bySupply().getOrDefault(supply, 0.0) / 1e6, supply);
            }
            data.add(x, m.waiting() / 1e6, "GPUs waiting (idle)");
        }
        data.setIntervalWidth(25 * 86_400_000.0);
        org.jfree.chart.renderer.xy.StackedXYBarRenderer bars = new org.jfree.chart.renderer.xy.StackedXYBarRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        Color[] colors = {GRID, NEUTRAL, GENERATORS, BATTERIES, OWNED, WAIT};
        for (int i = 0; i < colors.length; i++) {
            bars.setSeriesPaint(i, colors[i]);
        }
        XYPlot plot = new XYPlot(data, dateAxis(null), numberAxis(economics.currency() + " million a month"), bars);
        return chart("Cost by month: supply, and GPUs waiting for it", plot);
    }

    /** The timeline as a Gantt chart: deliveries, lead times, waits, with each phase's ready date marked. */
    static JFreeChart gantt(List<GanttRow> rows, List<Report.Phase> phases, TimelineReport timeline) {
        XYIntervalSeries delivery = new XYIntervalSeries("GPUs delivered and installed");
        XYIntervalSeries lead = new XYIntervalSeries("equipment: order to site");
        XYIntervalSeries late = new XYIntervalSeries("equipment on site after the phase's date");
        XYIntervalSeries wait = new XYIntervalSeries("installed GPUs wait for power or cooling");
        String[] labels = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            GanttRow row = rows.get(i);
            int position = rows.size() - 1 - i;
            labels[position] = row.label();
            XYIntervalSeries target = switch (row.kind()) {
                case DELIVERY -> delivery;
                case LEAD_TIME -> lead;
                case LATE -> late;
                case WAIT -> wait;
            };
            target.add(position, position - 0.32, position + 0.32, millis(row.start()), millis(row.start()),
                    millis(row.end()));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(delivery);
        data.addSeries(lead);
        data.addSeries(late);
        data.addSeries(wait);
        XYBarRenderer bars = new XYBarRenderer();
        bars.setUseYInterval(true);
        bars.setShadowVisible(false);
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setDrawBarOutline(false);
        bars.setSeriesPaint(0, GRID);
        bars.setSeriesPaint(1, NEUTRAL);
        bars.setSeriesPaint(2, LATE);
        bars.setSeriesPaint(3, WAIT);
        SymbolAxis rowAxis = new SymbolAxis(null, labels);
        rowAxis.setGridBandsVisible(false);
        rowAxis.setTickLabelFont(new Font(FONT, Font.PLAIN, 11));
        DateAxis dates = dateAxis(null);
        XYPlot plot = new XYPlot(data, rowAxis, dates, bars);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
        // The lines carry no label (the rows name each phase's ready date): a label in the plot would cross bars.
        for (Report.Phase phase : phases) {
            plot.addRangeMarker(marker(millis(phase.date()), NEUTRAL), Layer.BACKGROUND);
        }
        for (TimelineReport.Phase p : timeline.phases()) {
            if (p.ready() != null) {
                plot.addRangeMarker(marker(millis(p.ready()), DEMAND), Layer.FOREGROUND);
            }
        }
        return chart("When each phase is ready, and what holds it", plot);
    }

    /** Cooling each phase requires, against what it rents and owns and the whole rentable fleet. */
    static JFreeChart cooling(List<Report.Phase> phases) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean market = phases.stream().anyMatch(p -> p.cooling().rentalMarketTons() != null);
        for (Report.Phase p : phases) {
            Report.Cooling c = p.cooling();
            String column = p.name() + (c.marketShare() == null ? ""
                    : " (" + io.gigawatt.planner.cli.report.ReportWords.percent(c.marketShare()) + " of the fleet)");
            data.addValue(c.requiredTons(), "required (heat + margin)", column);
            data.addValue(c.rentedTons(), "rented", column);
            data.addValue(c.ownedTons(), "owned", column);
            if (market) {
                data.addValue(c.rentalMarketTons() == null ? 0 : c.rentalMarketTons(), "rentable fleet (estimate)",
                        column);
            }
        }
        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setDrawBarOutline(false);
        bars.setItemMargin(0.04);
        bars.setSeriesPaint(0, DEMAND);
        bars.setSeriesPaint(1, GRID);
        bars.setSeriesPaint(2, OWNED);
        bars.setSeriesPaint(3, NEUTRAL);
        CategoryAxis columns = new CategoryAxis(null);
        columns.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        CategoryPlot plot = new CategoryPlot(data, columns, numberAxis("tons of refrigeration"), bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        return chart("Cooling required against rented and owned capacity", plot);
    }

    /** A target's road: firm supply step by step against its budget, with its date, closing date and P50/P90. */
    static JFreeChart road(TimelineReport.Target target, Report.Target assessment) {
        XYSeries firm = dated("firm supply");
        LocalDate end = LocalDate.parse(target.date());
        for (TimelineReport.Step step : target.road()) {
            if (step.firmMw() != null) {
                firm.addOrUpdate(millis(step.date()), (double) step.firmMw());
            }
            end = later(end, LocalDate.parse(step.date()));
        }
        end = later(end, target.closes() == null ? null : LocalDate.parse(target.closes()));
        if (target.risk() != null) {
            end = later(end, target.risk().p90() == null ? null : LocalDate.parse(target.risk().p90()));
        }
        end = end.plusDays(120);
        if (!firm.isEmpty()) {
            firm.addOrUpdate(millis(end), firm.getY(firm.getItemCount() - 1));
        }
        XYStepRenderer steps = new XYStepRenderer();
        steps.setSeriesPaint(0, GRID);
        steps.setSeriesStroke(0, new BasicStroke(2.5f));
        NumberAxis mw = numberAxis("MW");
        double top = target.budgetMw();
        if (assessment != null) {
            top = Math.max(top, assessment.neededMw());
        }
        for (TimelineReport.Step step : target.road()) {
            if (step.firmMw() != null) {
                top = Math.max(top, step.firmMw());
            }
        }
        top *= 1.12;
        mw.setRange(0, top);
        XYPlot plot = new XYPlot(new XYSeriesCollection(firm), dateAxis(null), mw, steps);
        double from = firm.isEmpty() ? millis(target.date()) : firm.getX(0).doubleValue();
        double to = millis(end);
        References lines = new References();
        lines.add("budget " + Unit.MW.words(target.budgetMw()), DEMAND, from, target.budgetMw(), to, target.budgetMw());
        if (assessment != null && assessment.neededMw() != target.budgetMw()) {
            lines.add("needed at the catalogue's " + Unit.NUMBER.words(assessment.catalogueKwPerGpu()) + " kW per GPU: "
                    + Unit.MW.words(assessment.neededMw()), LATE, from, assessment.neededMw(), to, assessment.neededMw());
        }
        lines.day("target date " + target.date(), DEMAND, target.date(), top);
        if (target.closes() != null) {
            lines.day("closes " + target.closes(), GRID, target.closes(), top);
        }
        if (target.risk() != null && target.risk().p50() != null) {
            lines.day("P50 " + target.risk().p50(), NEUTRAL, target.risk().p50(), top);
        }
        if (target.risk() != null && target.risk().p90() != null) {
            lines.day("P90 " + target.risk().p90(), OWNED, target.risk().p90(), top);
        }
        lines.addTo(plot);
        return chart("Road to " + target.name(), plot);
    }

    /** A plan's trade-off: present cost with waiting against the ready date, the plan proposed marked. */
    static JFreeChart tradeOff(TradeOff tradeOff) {
        XYSeries plans = dated("plans judged, none both sooner and cheaper than another");
        XYPlot plot = new XYPlot(new XYSeriesCollection(plans), dateAxis("ready"),
                numberAxis("million " + tradeOff.currency()), null);
        References proposed = new References();
        double low = tradeOff.points().stream().mapToDouble(p -> p.cost() / 1e6).min().orElse(0);
        double high = tradeOff.points().stream().mapToDouble(p -> p.cost() / 1e6).max().orElse(0);
        for (TradeOff.Point p : tradeOff.points()) {
            plans.add(millis(p.ready()), p.cost() / 1e6);
            if (p.proposed()) {
                proposed.add("proposed: ready " + p.ready(), LATE, millis(p.ready()), low, millis(p.ready()), high);
            }
        }
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, GRID);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(line);
        proposed.addTo(plot);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        return chart("Trade-off between time and cost", plot);
    }

    /**
     * Below this range the batteries' state of charge is a flat line on a 0-100% axis: the panel is left out and the
     * caption gives the range ({@link #socVisible}).
     */
    static final double VISIBLE_SOC_RANGE = 0.01;

    /** Whether the trace's state of charge moves enough to draw: a percentage point or more. */
    static boolean socVisible(SwingSummary summary) {
        return summary.lowSoc() != null && summary.highSoc() - summary.lowSoc() >= VISIBLE_SOC_RANGE;
    }

    /** The swing trace: before and after mitigation, and the batteries' state of charge below when it moves. */
    static JFreeChart swing(SwingTrace trace) {
        XYSeries before = new XYSeries("campus draw before mitigation", false, true);
        XYSeries after = new XYSeries("grid sees after mitigation", false, true);
        XYSeries soc = new XYSeries("battery state of charge", false, true);
        for (SwingTrace.Point p : trace.points()) {
            before.add(p.seconds(), p.beforeMw());
            after.add(p.seconds(), p.afterMw());
            if (p.batterySoc() != null) {
                soc.add(p.seconds(), p.batterySoc());
            }
        }
        XYSeriesCollection power = new XYSeriesCollection();
        power.addSeries(before);
        power.addSeries(after);
        XYLineAndShapeRenderer powerLines = lines(LATE);
        powerLines.setSeriesPaint(1, GRID);
        powerLines.setSeriesStroke(1, new BasicStroke(2.5f));
        XYPlot top = new XYPlot(power, null, numberAxis("MW"), powerLines);
        top.getRangeAxis().setAutoRange(true);
        ((NumberAxis) top.getRangeAxis()).setAutoRangeIncludesZero(false);
        NumberAxis percent = numberAxis("state of charge");
        percent.setNumberFormatOverride(NumberFormat.getPercentInstance(LOCALE));
        percent.setRange(0, 1.05);
        XYPlot bottom = new XYPlot(new XYSeriesCollection(soc), null, percent, lines(BATTERIES));
        NumberAxis seconds = numberAxis("seconds");
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(seconds);
        plot.setGap(12);
        plot.add(top, 2);
        if (socVisible(SwingSummary.of(trace))) {
            plot.add(bottom, 1);
        }
        return chart("Training swing of " + trace.phase() + ", before and after mitigation", plot);
    }

    /** One row of the Gantt chart. */
    record GanttRow(String label, Kind kind, LocalDate start, LocalDate end) {
        enum Kind { DELIVERY, LEAD_TIME, LATE, WAIT }
    }

    /**
     * The rows of the Gantt chart: per phase its deliveries, each equipment's lead time, and its wait, labelled with
     * what the waiting GPUs cost when the report prices them.
     */
    static List<GanttRow> ganttRows(LocalDate buildStart, List<Report.Phase> phases, TimelineReport timeline,
                                    io.gigawatt.planner.cli.report.EconomicsReport economics) {
        List<GanttRow> rows = new ArrayList<>();
        LocalDate windowStart = buildStart;
        LocalDate latest = buildStart;
        for (TimelineReport.Phase p : timeline.phases()) {
            latest = later(latest, LocalDate.parse(p.installed()));
            latest = later(latest, p.ready() == null ? null : LocalDate.parse(p.ready()));
        }
        for (TimelineReport.LeadTime c : timeline.leadTimes()) {
            latest = later(latest, LocalDate.parse(c.arrives()));
        }
        for (TimelineReport.Phase p : timeline.phases()) {
            rows.add(new GanttRow(p.name() + ": GPUs, " + (p.ready() == null ? "never ready" : "ready " + p.ready()),
                    GanttRow.Kind.DELIVERY, windowStart, LocalDate.parse(p.installed())));
            for (TimelineReport.LeadTime c : timeline.leadTimes()) {
                if (c.phase().equals(p.name())) {
                    rows.add(new GanttRow(p.name() + ": " + c.units() + " x "
                            + Catalogue.named(c.modelName(), c.model()), c.slackDays() < 0
                            ? GanttRow.Kind.LATE : GanttRow.Kind.LEAD_TIME, LocalDate.parse(c.ordered()),
                            LocalDate.parse(c.arrives())));
                }
            }
            LocalDate installed = LocalDate.parse(p.installed());
            LocalDate ready = p.ready() == null ? latest.plusDays(60) : LocalDate.parse(p.ready());
            if (ready.isAfter(installed)) {
                String held = String.join(" and ", p.heldBy().stream().map(TimelineReport.Hold::constraint).toList());
                rows.add(new GanttRow(p.name() + ": waits for " + held + waitingCost(economics, p.name()),
                        GanttRow.Kind.WAIT, installed, ready));
            }
            windowStart = LocalDate.parse(p.gpusArrive());
        }
        return rows;
    }

    /** ", idle GPUs $4.48 bn": what a phase's waiting GPUs cost, or "" when the report does not price it. */
    private static String waitingCost(io.gigawatt.planner.cli.report.EconomicsReport economics, String phase) {
        if (economics == null) {
            return "";
        }
        return economics.phases().stream().filter(p -> p.name().equals(phase) && p.waiting() != null).findFirst()
                .map(p -> ", idle GPUs " + io.gigawatt.planner.units.Money.of(p.waiting().total())
                        .format(economics.currency())).orElse("");
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 16), plot, true);
        // The theme clears the series paints and strokes of renderers that populate their own: ours are set.
        renderers(plot).forEach(r -> {
            r.setAutoPopulateSeriesPaint(false);
            r.setAutoPopulateSeriesStroke(false);
        });
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 14));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
            legend.setItemFont(new Font(FONT, Font.PLAIN, 12));
        }
        return chart;
    }

    private static List<org.jfree.chart.renderer.AbstractRenderer> renderers(org.jfree.chart.plot.Plot plot) {
        List<org.jfree.chart.renderer.AbstractRenderer> all = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            for (XYPlot sub : combined.getSubplots()) {
                all.addAll(renderers(sub));
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) instanceof org.jfree.chart.renderer.AbstractRenderer r) {
                    all.add(r);
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getRendererCount(); i++) {
                if (category.getRenderer(i) instanceof org.jfree.chart.renderer.AbstractRenderer r) {
                    all.add(r);
                }
            }
        }
        return all;
    }

    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("gigawatt", false);
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new StandardXYBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisLabelPaint(new Color(0x333333));
        theme.setTickLabelPaint(new Color(0x333333));
        return theme;
    }

    private static XYLineAndShapeRenderer lines(Paint paint) {
        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setDrawSeriesLineAsPath(true);
        line.setSeriesPaint(0, paint);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        return line;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(LOCALE));
        return axis;
    }

    /** A date axis whose every tick label carries its year: "3 Jun 2024", "Jun 2024" or "2024", as the span allows. */
    static DateAxis dateAxis(String label) {
        DateAxis axis = new GregorianDateAxis(label);
        TickUnits units = new TickUnits();
        for (int days : new int[] {1, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format("d MMM yyyy")));
        }
        for (int months : new int[] {1, 2, 3, 4, 6}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, format("MMM yyyy")));
        }
        for (int years : new int[] {1, 2, 5, 10}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, years, format("yyyy")));
        }
        axis.setStandardTickUnits(units);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /**
     * A date axis whose month ticks fall on the first of Gregorian months whatever the machine's locale: JFreeChart
     * steps a month back with a calendar of the default locale, whose year under a Thai or Japanese imperial
     * calendar is that era's.
     */
    private static final class GregorianDateAxis extends DateAxis {

        GregorianDateAxis(String label) {
            super(label, UTC, LOCALE);
        }

        /**
         * As JFreeChart places month and year ticks (at their start): the first of a month (a year) whose number is a
         * multiple of the step, before the date.
         */
        @Override
        protected Date previousStandardDate(Date date, DateTickUnit unit) {
            LocalDate day = LocalDate.ofInstant(date.toInstant(), ZoneOffset.UTC);
            int step = unit.getMultiple();
            if (DateTickUnitType.MONTH.equals(unit.getUnitType())) {
                LocalDate first = day.withDayOfYear(1).plusMonths(step * (day.getMonthValue() / step) - 1L);
                return new Date(millis(millis(first) < date.getTime() ? first : first.minusMonths(step)));
            }
            if (DateTickUnitType.YEAR.equals(unit.getUnitType())) {
                LocalDate first = LocalDate.of(step * (day.getYear() / step), 1, 1);
                return new Date(millis(millis(first) < date.getTime() ? first : first.minusYears(step)));
            }
            return super.previousStandardDate(date, unit);
        }
    }

    private static ValueMarker marker(double value, Color color) {
        return new ValueMarker(value, color, DASHED);
    }

    /**
     * Reference lines (a policy's minimum, a budget, a date) as dashed series named in the legend, not labels in the
     * plot: a label there covers a line, a bar or another label sooner or later.
     */
    private static final class References {
        private final XYSeriesCollection lines = new XYSeriesCollection();
        private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);

        void add(String name, Color color, double x0, double y0, double x1, double y1) {
            XYSeries line = new XYSeries(name, false, true);
            line.add(x0, y0);
            line.add(x1, y1);
            renderer.setSeriesPaint(lines.getSeriesCount(), color);
            renderer.setSeriesStroke(lines.getSeriesCount(), DASHED);
            lines.addSeries(line);
        }

        /** A day's line, from the axis to {@code top}. */
        void day(String name, Color color, String date, double top) {
            add(name, color, millis(date), 0, millis(date), top);
        }

        void addTo(XYPlot plot) {
            int index = plot.getDatasetCount();
            plot.setDataset(index, lines);
            plot.setRenderer(index, renderer);
        }
    }

    /** A Gregorian date format in UTC, whatever the machine's locale and time zone. */
    private static DateFormat format(String pattern) {
        DateFormat format = new SimpleDateFormat(pattern, LOCALE);
        format.setTimeZone(UTC);
        return format;
    }

    private static Color alpha(Color color, int alpha) {
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha);
    }

    /**
     * A series by day, at each day's first millisecond in UTC. Not JFreeChart's time series: they place a day with a
     * calendar of the machine's locale, which under a Thai or Japanese imperial calendar reads the year as that era's.
     */
    private static XYSeries dated(String name) {
        return new XYSeries(name, true, false);
    }

    static long millis(String iso) {
        return millis(LocalDate.parse(iso));
    }

    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
