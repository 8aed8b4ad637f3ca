package io.gigawatt.planner.cli.timeline;

import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.timeline.TimelineWords.days;
import static io.gigawatt.planner.cli.timeline.TimelineWords.orNever;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report's timeline as sections of a report document (JSON {@code "timeline"}): when each phase is ready and
 * what holds it, lead times, rental markets, each target's road, future supply and what moves the date most.
 */
public final class TimelineDocument {

    private TimelineDocument() {
    }

    /** The timeline's sections; for a scenario without one, only its JSON field (null). */
    public static List<Section> sections(TimelineReport timeline) {
        Section first = new Section("timeline").json("timeline", timeline);
        if (timeline == null) {
            return List.of(first);
        }
        List<Section> sections = new ArrayList<>(List.of(phases(first, timeline)));
        for (TimelineReport.Target t : timeline.targets()) {
            sections.add(road(t));
        }
        sections.add(futureSupply(timeline.futureSupply()));
        if (timeline.risk() != null) {
            sections.add(risk(timeline.risk()));
        }
        return sections;
    }

    private static Section phases(Section section, TimelineReport timeline) {
        List<Block.Field> fields = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (TimelineReport.Phase p : timeline.phases()) {
            fields.add(new Block.Field(p.name(), TimelineWords.ready(p)));
            p.alternatives().forEach(a -> fields.add(new Block.Field("", "sooner with " + a.change() + ": " + a.ready())));
            if (p.risk() != null) {
                fields.add(new Block.Field("", "Monte Carlo " + TimelineWords.range(p.risk())));
            }
            TimelineReport.Range r = p.risk();
            rows.add(Cell.texts(p.name(), p.gpusArrive(), p.installed(), orNever(p.ready())
                            + (p.lateDays() > 0 ? " (+" + days(p.lateDays()) + ")" : ""), TimelineWords.heldBy(p),
                    p.alternatives().stream().map(a -> a.change() + ": " + a.ready()).collect(Collectors.joining("; ")),
                    r == null ? "" : orNever(r.p10()), r == null ? "" : orNever(r.p50()),
                    r == null ? "" : orNever(r.p90())));
        }
        fields.addAll(Block.Field.labelled("lead times",
                timeline.leadTimes().stream().map(TimelineWords::leadTime).toList()));
        fields.addAll(Block.Field.labelled("markets", timeline.markets().stream().map(m -> m.phase() + ": " + m.units()
                + " of ~" + Quantities.count(m.marketUnits()) + " rentable " + Catalogue.named(m.modelName(), m.model())
                + " ("
                + Quantities.percent(m.share()) + ")").toList()));
        String intro = TimelineWords.intro(timeline);
        section.terminal(new Block.Heading(2, "Timeline: " + intro), new Block.Fields(fields))
                .page(new Block.Heading(2, "Timeline"), Block.Paragraph.of(intro + "."),
                        new Block.Table(List.of("phase", "GPUs arrive", "installed", "ready", "held by", "sooner with",
                                "P10", "P50", "P90"), rows));
        if (!timeline.leadTimes().isEmpty()) {
            section.page(new Block.Table(List.of("phase", "equipment", "units", "route", "lead time", "ordered",
                    "on site", "slack"), timeline.leadTimes().stream().map(c -> Cell.texts(c.phase(),
                    Catalogue.named(c.modelName(), c.model()),
                    Quantities.count(c.units()), c.route(), days(c.leadTimeDays()), c.ordered(), c.arrives(),
                    days(c.slackDays()))).toList()));
        }
        if (!timeline.markets().isEmpty()) {
            section.page(new Block.Table(List.of("phase", "rented", "units", "rentable fleet", "share"),
                    timeline.markets().stream().map(m -> Cell.texts(m.phase(),
                            Catalogue.named(m.modelName(), m.model()), Quantities.count(m.units()),
                            "~" + Quantities.count(m.marketUnits()), Quantities.percent(m.share()))).toList()));
        }
        return section;
    }

    private static Section road(TimelineReport.Target t) {
        List<String> lines = t.road().stream().map(s -> String.format("  %-10s  %-9s  %s", s.date(), firm(s),
                s.change())).toList();
        return new Section("road")
                .terminal(new Block.Heading(2, "Road to " + t.name() + ": " + TimelineWords.closes(t)),
                        new Block.Lines(lines))
                .page(new Block.Heading(3, "Road to " + t.name()), Block.Paragraph.of(TimelineWords.closes(t) + "."),
                        new Block.Table(List.of("date", "firm supply", "change"), t.road().stream()
                                .map(s -> Cell.texts(s.date(), firm(s), s.change())).toList()));
    }

    private static String firm(TimelineReport.Step s) {
        return s.firmMw() == null ? "unbounded" : MW.words(s.firmMw());
    }

    private static Section futureSupply(List<TimelineReport.Option> options) {
        Section section = new Section("future-supply");
        if (options.isEmpty()) {
            return section;
        }
        List<Block.Field> fields = new ArrayList<>();
        fields.addAll(Block.Field.labelled("supply", options.stream().map(TimelineWords::option).toList()));
        return section.terminal(new Block.Fields(fields)).page(new Block.Table(List.of("future supply", "kind", "firm",
                "earliest", "slip (days, low / likely / high)", "serves", "source"), options.stream().map(o -> Cell.texts(
                o.name(), o.kind(), MW.words(o.firmMw()), o.earliest(), o.slipDays() == null ? ""
                        : o.slipDays().stream().map(Quantities::format).collect(Collectors.joining(" / ")),
                o.servesPhases() ? "phases and targets" : "targets", o.source())).toList()));
    }

    private static Section risk(TimelineReport.Risk risk) {
        String draws = Quantities.count(risk.draws()) + " draws, seed " + risk.seed();
        List<String> lines = risk.tornado().stream().map(bar -> String.format("  %-44s %s to %s: %s to %s, %s",
                bar.input(), Quantities.format(bar.low()), Quantities.format(bar.high()), orNever(bar.lowDate()),
                orNever(bar.highDate()), swing(bar))).toList();
        return new Section("risk")
                .terminal(new Block.Heading(2, "Risk: " + draws + "; what moves " + risk.subject() + "'s date most"),
                        new Block.Lines(lines))
                .page(new Block.Heading(3, "What moves " + risk.subject() + "'s date most"),
                        Block.Paragraph.of(draws + "."), new Block.Table(List.of("input", "low", "high", "date at low",
                                "date at high", "swing"), risk.tornado().stream().map(bar -> Cell.texts(bar.input(),
                                Quantities.format(bar.low()), Quantities.format(bar.high()), orNever(bar.lowDate()),
                                orNever(bar.highDate()), swing(bar))).toList()));
    }

    private static String swing(TimelineReport.Bar bar) {
        return bar.swingDays() == null ? "comes or not" : days(bar.swingDays());
    }
}
