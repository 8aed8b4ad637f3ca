package io.gigawatt.planner.cli.timeline;

import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.document.Unit.PERCENT;
import static io.gigawatt.planner.units.Quantities.round;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.timeline.DateRange;
import io.gigawatt.planner.timeline.PhaseTimeline;
import io.gigawatt.planner.timeline.TargetTimeline;
import io.gigawatt.planner.timeline.TimelinePlan;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.List;

/** The timeline plan as the report shows it, rounded as the rest of the report is (MW to the kW, shares to 4 places). */
public final class TimelineReportBuilder {

    private TimelineReportBuilder() {
    }

    /** The report's timeline, or null when the plan has none. */
    /** The timeline's report, naming equipment as {@code catalogue} does. */
    public static TimelineReport build(TimelinePlan plan, Catalogue catalogue) {
        if (plan == null) {
            return null;
        }
        var orders = plan.orders();
        return new TimelineReport(
                new TimelineReport.Orders(iso(orders.generators()), iso(orders.batteries()), iso(orders.cooling())),
                plan.installation() == null ? null : round(plan.installation().gpusPerDay(), 1),
                plan.installation() == null ? null : plan.installation().crews() + " crews, "
                        + plan.installation().basis(),
                plan.phases().stream().map(TimelineReportBuilder::phase).toList(),
                plan.targets().stream().map(TimelineReportBuilder::target).toList(),
                plan.leadTimes().stream().map(c -> new TimelineReport.LeadTime(c.phase(), c.equipment(), c.model(),
                        catalogue.name(c.model()),
                        c.units(), c.route(), c.leadTime().count(), iso(c.ordered()), iso(c.arrives()),
                        c.slackDays())).toList(),
                plan.rentalShares().stream().map(s -> new TimelineReport.Market(s.phase(), s.equipment(), s.model(),
                        catalogue.name(s.model()),
                        s.units(), s.marketUnits(), PERCENT.round(s.share()))).toList(),
                plan.futureSupply().stream().map(o -> new TimelineReport.Option(o.name(), o.kind().word(),
                        MW.round(o.firm().mw()), iso(o.earliest()), o.slipDays() == null ? null
                                : List.of(o.slipDays().low(), o.slipDays().likely(), o.slipDays().high()),
                        o.servesPhases(), o.source())).toList(),
                plan.risk() == null ? null : new TimelineReport.Risk(plan.risk().seed(), plan.risk().draws(),
                        plan.risk().subject(), plan.risk().tornado().stream().map(b -> new TimelineReport.Bar(b.input(),
                                b.low(), b.high(), iso(b.lowDate()), iso(b.highDate()),
                                b.swingDays() == Long.MAX_VALUE ? null : b.swingDays())).toList()));
    }

    private static TimelineReport.Phase phase(PhaseTimeline p) {
        return new TimelineReport.Phase(p.name(), iso(p.gpusArrive()), iso(p.installed()), iso(p.ready()),
                p.lateDays(), p.waitDays(),
                p.heldBy().stream().map(h -> new TimelineReport.Hold(h.constraint(), h.what(), iso(h.date()))).toList(),
                p.alternatives().stream().map(a -> new TimelineReport.Alternative(a.equipment(), a.change(), a.more(),
                        iso(a.ready()))).toList(),
                range(p.risk()));
    }

    private static TimelineReport.Target target(TargetTimeline t) {
        return new TimelineReport.Target(t.name(), iso(t.date()), MW.round(t.budget().mw()), iso(t.closes()), t.lateDays(),
                t.supplyOnDate() == null ? null : MW.round(t.supplyOnDate().mw()),
                t.road().stream().map(s -> new TimelineReport.Step(iso(s.date()), s.change(),
                        s.firm() == null ? null : MW.round(s.firm().mw()))).toList(),
                range(t.risk()));
    }

    private static TimelineReport.Range range(DateRange r) {
        return r == null ? null : new TimelineReport.Range(iso(r.p10()), iso(r.p50()), iso(r.p90()), r.draws(),
                PERCENT.round(r.neverShare()));
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

}
