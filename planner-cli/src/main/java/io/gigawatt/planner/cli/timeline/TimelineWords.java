package io.gigawatt.planner.cli.timeline;

import static io.gigawatt.planner.cli.document.Unit.MW;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.units.Quantities;
import java.util.Optional;

/** The timeline's figures in words, for every format. */
public final class TimelineWords {

    private TimelineWords() {
    }

    /** "2026-08-15, 622 days after its GPUs; held by the 300 MW grid tranche", for the phase's own section. */
    public static Optional<String> readyLine(TimelineReport timeline, String phase) {
        if (timeline == null) {
            return Optional.empty();
        }
        return timeline.phases().stream().filter(p -> p.name().equals(phase)).findFirst().map(TimelineWords::ready);
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
        return c.phase() + ": " + c.units() + " x " + Catalogue.named(c.modelName(), c.model()) + " " + route
                + ", on site " + c.arrives() + " ("
                + (c.slackDays() >= 0 ? days(c.slackDays()) + " ahead" : days(-c.slackDays()) + " after the phase") + ")";
    }

    static String closes(TimelineReport.Target t) {
        String when = t.closes() == null ? "never with the supply given"
                : "closes " + t.closes() + (t.lateDays() > 0 ? ", " + days(t.lateDays()) + " after its date"
                        : ", in time");
        return MW.words(t.budgetMw()) + " by " + t.date() + "; " + when + (t.risk() == null ? "" : "; Monte Carlo " + range(t.risk()));
    }

    static String option(TimelineReport.Option o) {
        return o.name() + ": " + o.kind() + ", " + MW.words(o.firmMw()) + " from " + o.earliest()
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

    static String days(long n) {
        return Quantities.count(n) + (n == 1 ? " day" : " days");
    }
}
