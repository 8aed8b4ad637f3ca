package io.gigawatt.planner.cli.timeline;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The timeline in words, for the text report (the terminal) and the Markdown report's tables. */
public final class TimelineText {

    private TimelineText() {
    }

    /** "2026-08-15, 622 days after its GPUs; held by the 300 MW grid tranche", for the phase's own section. */
    public static Optional<String> readyLine(TimelineReport timeline, String phase) {
        if (timeline == null) {
            return Optional.empty();
        }
        return timeline.phases().stream().filter(p -> p.name().equals(phase)).findFirst().map(TimelineText::ready);
    }

    static String ready(TimelineReport.Phase p) {
        if (p.ready() == null) {
            return "never with the supply given: " + heldBy(p);
        }
        return p.ready() + (p.lateDays() == 0 ? ", the day its GPUs arrive" : ", " + days(p.lateDays())
                + " after its GPUs") + "; held by " + heldBy(p);
    }

    static String heldBy(TimelineReport.Phase p) {
        return String.join(" and ", p.heldBy().stream().map(TimelineReport.Hold::what).toList());
    }

    /** The timeline section of the text report. */
    public static String render(TimelineReport timeline) {
        if (timeline == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("\nTimeline: ").append(intro(timeline)).append("\n");
        for (TimelineReport.Phase p : timeline.phases()) {
            line(out, p.name(), ready(p));
            for (TimelineReport.Alternative a : p.alternatives()) {
                line(out, "", "sooner with " + a.change() + ": " + a.ready());
            }
            if (p.risk() != null) {
                line(out, "", "Monte Carlo " + range(p.risk()));
            }
        }
        List<String> leadTimes = timeline.leadTimes().stream().map(TimelineText::leadTime).toList();
        block(out, "lead times", leadTimes);
        block(out, "markets", timeline.markets().stream().map(m -> m.phase() + ": " + m.units() + " of ~"
                + Quantities.count(m.marketUnits()) + " rentable " + m.model() + " (" + Quantities.percent(m.share())
                + ")").toList());
        for (TimelineReport.Target t : timeline.targets()) {
            out.append("\nRoad to ").append(t.name()).append(": ").append(closes(t)).append("\n");
            for (TimelineReport.Step s : t.road()) {
                out.append(String.format("  %-10s  %-9s  %s%n", s.date(), s.firmMw() == null ? "unbounded"
                        : mw(s.firmMw()), s.change()));
            }
        }
        block(out, "supply", timeline.futureSupply().stream().map(TimelineText::option).toList());
        if (timeline.risk() != null) {
            TimelineReport.Risk risk = timeline.risk();
            out.append("\nRisk: ").append(Quantities.count(risk.draws())).append(" draws, seed ").append(risk.seed())
                    .append("; what moves ").append(risk.subject()).append("'s date most\n");
            for (TimelineReport.Bar bar : risk.tornado()) {
                out.append(String.format("  %-44s %s to %s: %s to %s, %s%n", bar.input(), Quantities.format(bar.low()),
                        Quantities.format(bar.high()), orNever(bar.lowDate()), orNever(bar.highDate()),
                        bar.swingDays() == null ? "comes or not" : days(bar.swingDays())));
            }
        }
        return out.toString();
    }

    static String intro(TimelineReport timeline) {
        TimelineReport.Orders o = timeline.orders();
        String orders = o.generators().equals(o.batteries()) && o.batteries().equals(o.cooling())
                ? "equipment ordered " + o.generators()
                : "generators ordered " + o.generators() + ", batteries " + o.batteries() + ", cooling " + o.cooling();
        return orders + "; " + (timeline.installGpusPerDay() == null ? "installation keeps pace with deliveries"
                : "installation " + timeline.installBasis() + " (" + Quantities.count(Math.round(timeline.installGpusPerDay()))
                + " GPUs a day)");
    }

    static String leadTime(TimelineReport.LeadTime c) {
        String route = switch (c.route()) {
            case "rental" -> "hired in " + days(c.leadTimeDays());
            case "purchase" -> "bought in " + days(c.leadTimeDays());
            default -> "lead time unknown";
        };
        return c.phase() + ": " + c.units() + " x " + c.model() + " " + route + ", on site " + c.arrives() + " ("
                + (c.slackDays() >= 0 ? days(c.slackDays()) + " ahead" : days(-c.slackDays()) + " after the phase") + ")";
    }

    static String closes(TimelineReport.Target t) {
        String when = t.closes() == null ? "never with the supply given"
                : "closes " + t.closes() + (t.lateDays() > 0 ? ", " + days(t.lateDays()) + " after its date"
                        : ", in time");
        return mw(t.budgetMw()) + " by " + t.date() + "; " + when + (t.risk() == null ? "" : "; Monte Carlo " + range(t.risk()));
    }

    static String option(TimelineReport.Option o) {
        return o.name() + ": " + o.kind() + ", " + mw(o.firmMw()) + " from " + o.earliest()
                + (o.slipDays() == null ? "" : ", slip " + Quantities.format(o.slipDays().get(0)) + " / "
                        + Quantities.format(o.slipDays().get(1)) + " / " + Quantities.format(o.slipDays().get(2)) + " days")
                + (o.servesPhases() ? "" : ", counts toward targets only")
                + (o.source().isEmpty() ? "" : " (" + o.source() + ")");
    }

    static String range(TimelineReport.Range r) {
        return "P10 " + orNever(r.p10()) + ", P50 " + orNever(r.p50()) + ", P90 " + orNever(r.p90());
    }

    static String orNever(String date) {
        return date == null ? "never" : date;
    }

    static String mw(double megawatts) {
        return Power.mw(megawatts).toString();
    }

    static String days(long n) {
        return Quantities.count(n) + (n == 1 ? " day" : " days");
    }

    private static void block(StringBuilder out, String label, List<String> lines) {
        List<String> all = new ArrayList<>(lines);
        for (int i = 0; i < all.size(); i++) {
            line(out, i == 0 ? label : "", all.get(i));
        }
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-12s %s%n", label, value));
    }
}
