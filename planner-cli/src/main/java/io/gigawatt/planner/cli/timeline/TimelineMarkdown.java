package io.gigawatt.planner.cli.timeline;

import static io.gigawatt.planner.cli.document.Markdown.cell;
import static io.gigawatt.planner.cli.document.Markdown.row;

import io.gigawatt.planner.units.Quantities;
import java.util.stream.Collectors;

/** The timeline as Markdown tables: phases, lead times, markets, each target's road, the tornado. */
public final class TimelineMarkdown {

    private TimelineMarkdown() {
    }

    public static String render(TimelineReport timeline) {
        if (timeline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("\n## Timeline\n\n").append(cell(TimelineText.intro(timeline))).append(".\n\n");
        out.append("| phase | GPUs arrive | installed | ready | held by | sooner with | P10 | P50 | P90 |\n");
        out.append("|---|---|---|---|---|---|---|---|---|\n");
        for (TimelineReport.Phase p : timeline.phases()) {
            TimelineReport.Range r = p.risk();
            row(out, p.name(), p.gpusArrive(), p.installed(), TimelineText.orNever(p.ready())
                            + (p.lateDays() > 0 ? " (+" + TimelineText.days(p.lateDays()) + ")" : ""),
                    TimelineText.heldBy(p),
                    p.alternatives().stream().map(a -> a.change() + ": " + a.ready()).collect(Collectors.joining("; ")),
                    r == null ? "" : TimelineText.orNever(r.p10()), r == null ? "" : TimelineText.orNever(r.p50()),
                    r == null ? "" : TimelineText.orNever(r.p90()));
        }
        if (!timeline.leadTimes().isEmpty()) {
            out.append("\n| phase | equipment | units | route | lead time | ordered | on site | slack |\n");
            out.append("|---|---|---|---|---|---|---|---|\n");
            for (TimelineReport.LeadTime c : timeline.leadTimes()) {
                row(out, c.phase(), c.model(), Quantities.count(c.units()), c.route(),
                        TimelineText.days(c.leadTimeDays()), c.ordered(), c.arrives(), TimelineText.days(c.slackDays()));
            }
        }
        if (!timeline.markets().isEmpty()) {
            out.append("\n| phase | rented | units | rentable fleet | share |\n|---|---|---|---|---|\n");
            for (TimelineReport.Market m : timeline.markets()) {
                row(out, m.phase(), m.model(), Quantities.count(m.units()), "~" + Quantities.count(m.marketUnits()),
                        Quantities.percent(m.share()));
            }
        }
        for (TimelineReport.Target t : timeline.targets()) {
            out.append("\n### Road to ").append(cell(t.name())).append("\n\n").append(cell(TimelineText.closes(t)))
                    .append(".\n\n| date | firm supply | change |\n|---|---|---|\n");
            for (TimelineReport.Step s : t.road()) {
                row(out, s.date(), s.firmMw() == null ? "unbounded" : TimelineText.mw(s.firmMw()), s.change());
            }
        }
        if (!timeline.futureSupply().isEmpty()) {
            out.append("\n| future supply | kind | firm | earliest | slip (days, low / likely / high) | serves | source |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            for (TimelineReport.Option o : timeline.futureSupply()) {
                row(out, o.name(), o.kind(), TimelineText.mw(o.firmMw()), o.earliest(), o.slipDays() == null ? ""
                                : o.slipDays().stream().map(Quantities::format).collect(Collectors.joining(" / ")),
                        o.servesPhases() ? "phases and targets" : "targets", o.source());
            }
        }
        if (timeline.risk() != null) {
            TimelineReport.Risk risk = timeline.risk();
            out.append("\n### What moves ").append(cell(risk.subject())).append("'s date most\n\n")
                    .append(Quantities.count(risk.draws())).append(" draws, seed ").append(risk.seed()).append(".\n\n")
                    .append("| input | low | high | date at low | date at high | swing |\n|---|---|---|---|---|---|\n");
            for (TimelineReport.Bar bar : risk.tornado()) {
                row(out, bar.input(), Quantities.format(bar.low()), Quantities.format(bar.high()),
                        TimelineText.orNever(bar.lowDate()), TimelineText.orNever(bar.highDate()),
                        bar.swingDays() == null ? "comes or not" : TimelineText.days(bar.swingDays()));
            }
        }
        return out.toString();
    }
}
