package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.document.Unit.KW;
import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.document.Unit.MWH;
import static io.gigawatt.planner.cli.document.Unit.PERCENT;
import static io.gigawatt.planner.cli.document.Unit.TONS;
import static io.gigawatt.planner.units.Quantities.round;

import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.timeline.TimelineReportBuilder;
import io.gigawatt.planner.cooling.CoolingPlan;
import io.gigawatt.planner.plan.PhaseFlexibility;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.swing.LimitMargin;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.swing.SwingBattery;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingOpening;
import io.gigawatt.planner.swing.UtilityLimits;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns an evaluation into the report model, rounding figures once so every format shows the same ones. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(Evaluation evaluation) {
        return build(evaluation, true);
    }

    /**
     * The report without its charts (the supply series by day, the swing's first two minutes): what a sweep's row
     * reads, at a twentieth less of a variant's time.
     */
    public static Report withoutCharts(Evaluation evaluation) {
        return build(evaluation, false);
    }

    private static Report build(Evaluation evaluation, boolean charts) {
        var plan = evaluation.plan();
        List<Report.Phase> phases = new ArrayList<>();
        Set<String> blocked = evaluation.blockedSubjects();
        for (int i = 0; i < plan.phases().size(); i++) {
            phases.add(phase(plan.phases().get(i), blocked, plan.flexibility().isEmpty() ? null
                    : flexible(plan.flexibility().get(i), plan.scenario().economics().currency())));
        }
        List<Report.Target> targets = plan.targets().stream().map(ReportBuilder::target).toList();
        return new Report(Report.SCHEMA_VERSION, plan.scenario().name(), plan.scenario().file(),
                verdict(evaluation.feasible()), phases, targets,
                findings(evaluation), TimelineReportBuilder.build(plan.timeline(), plan.scenario().catalogue()),
                charts ? SupplySeriesBuilder.build(plan, evaluation.policy()) : null, ScaleBuilder.build(phases, targets),
                charts ? swingTrace(evaluation) : null,
                EconomicsReportBuilder.build(plan));
    }

    /**
     * The first two minutes of the first phase's swing (the plan carries them): what the campus draws before
     * mitigation, what the grid and generators draw after it, and the batteries' state of charge; null without a
     * workload.
     */
    private static SwingTrace swingTrace(Evaluation evaluation) {
        SwingOpening opening = evaluation.plan().swingOpening();
        if (opening == null) {
            return null;
        }
        PhasePlan phase = evaluation.plan().phases().get(0);
        boolean batteries = phase.swing().battery() != null && phase.swing().battery().enabled();
        List<SwingTrace.Point> points = new ArrayList<>(opening.steps());
        for (int k = 0; k < opening.steps(); k++) {
            points.add(new SwingTrace.Point(round(k * opening.stepSeconds(), 3), MW.round(opening.loadBefore()[k]),
                    MW.round(opening.afterBatteries()[k]), batteries ? PERCENT.round(opening.soc()[k]) : null));
        }
        return new SwingTrace(phase.name(), "the first " + Quantities.format(SwingModel.OPENING_SECONDS) + " s of "
                + phase.swing().resolution() + "; " + phase.swing().withBatteries(), points);
    }

    private static Report.Flexible flexible(PhaseFlexibility f, String currency) {
        Curtailment c = f.curtailment();
        return new Report.Flexible(text(f.ready()), text(f.readyIfFirm()), f.daysSooner(), c == null ? null
                : new Report.Curtailment(MW.round(c.tranche().firm().mw()), c.tranche().from().toString(),
                        text(c.tranche().date()), c.terms().hoursPerYear(), c.terms().longestEventHours(),
                        c.terms().noticeHours(), c.terms().calledBy(), round(c.terms().eventsPerYear(), 3),
                        MW.round(c.shortfall().mw()), MW.round(c.generators().mw()), MW.round(c.batteries().mw()),
                        MW.round(c.gpuRelief().mw()), MW.round(c.uncovered().mw()), c.reliefShare(), c.gpusStopped(),
                        c.lostGpuHours(), round(c.lostShare(), 6), c.arithmetic()),
                f.lostValue() == null ? null : round(f.lostValue().amount(), 0), currency);
    }

    private static String text(java.time.LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static Report.Phase phase(PhasePlan p, Set<String> blocked, Report.Flexible flexible) {
        boolean feasible = !blocked.contains(p.name());
        return new Report.Phase(p.name(), p.date().toString(), p.gpus(), p.gpuCount(), MW.round(p.it().mw()),
                MW.round(p.facility().mw()), MW.round(p.grid().mw()), PERCENT.round(p.gridShare()),
                MW.round(p.onSiteNeed().mw()), p.onSiteNeedDay().toString(), generators(p.generators()),
                batteries(p.batteries()), cooling(p.cooling()), verdict(feasible),
                p.swing() == null ? null : swing(p.swing()), flexible);
    }

    private static Report.Swing swing(SwingAssessment s) {
        UtilityLimits u = s.limits();
        Report.Utility utility = new Report.Utility(u.preset(),
                u.ramp() == null ? null : round(u.ramp().mwPerSecond(), 4), seconds(u.rampWindow()),
                u.range() == null ? null : MW.round(u.range().mw()), seconds(u.rangeWindow()), u.bandLowHz(),
                u.bandHighHz(), u.bandMaxShare(), u.describe());
        SwingBattery b = s.battery();
        Report.SwingBatteries batteries = new Report.SwingBatteries(b.model().id(), b.enabled(), b.needed(),
                b.sized() ? MW.round(b.power().mw()) : null, b.sized() ? MWH.round(b.energy().mwh()) : null,
                b.forLimits(), b.forTrip(), b.planned(), b.inUse());
        return new Report.Swing((int) s.step().toMillis(), round(s.window().toMillis() / 60_000.0, 3),
                MW.round(s.peakToTrough().mw()), round(s.maxRamp().mwPerSecond(), 3),
                PERCENT.round(s.bandShareBefore()), MW.round(s.loadPeakToTrough().mw()), PERCENT.round(s.gridShare()),
                round(s.gridMaxRamp().mwPerSecond(), 4), MW.round(s.gridRange().mw()),
                PERCENT.round(s.bandShareAfter()), PERCENT.round(s.generatorFollowRatio()), utility, batteries,
                s.mitigations().powerFloor(), MWH.round(s.powerFloorEnergy().mwh()),
                PERCENT.round(s.powerFloorShare()), margins(s), s.assessedAt() == null ? null
                        : new Report.AssessedAt(s.assessedAt().phase(), MW.round(s.assessedAt().itLoad().mw()),
                                PERCENT.round(s.assessedAt().above())));
    }

    private static List<Report.LimitMargin> margins(SwingAssessment s) {
        LimitMargin binding = s.binding().orElse(null);
        return s.margins().stream().map(m -> new Report.LimitMargin(m.limit().describe(), m.limit().source(),
                m.limit().date(), m.limit().unit(), round(m.limit().value(), 4),
                m.judged() ? round(m.measured(), 4) : null, m.judged() ? PERCENT.round(m.margin()) : null,
                m == binding)).toList();
    }

    private static double seconds(java.time.Duration d) {
        return round(d.toMillis() / 1000.0, 3);
    }

    private static Report.Generators generators(GeneratorFleet f) {
        return new Report.Generators(f.model().id(), f.model().name(), f.units(), f.running(), f.spares(),
                MW.round(f.rated().mw()), MW.round(f.available().mw()), MW.round(f.unitOutput().mw()),
                PERCENT.round(f.derateFactor()));
    }

    private static Report.Batteries batteries(BatteryBank b) {
        return new Report.Batteries(b.model().id(), b.model().name(), b.units(), MW.round(b.power().mw()),
                MWH.round(b.energy().mwh()), MW.round(b.swing().mw()), MW.round(b.largestTrip().mw()), b.sizedBy());
    }

    private static Report.Cooling cooling(CoolingPlan c) {
        double tonsPerUnit = c.model().capacity().tonsOfRefrigeration();
        double capacityTons = TONS.round(tonsPerUnit * c.units());
        return new Report.Cooling(c.model().id(), c.model().name(), MW.round(c.heat().mw()),
                TONS.round(c.required().tonsOfRefrigeration()), c.units(), c.rentalMarketUnits(),
                c.marketShare() == null ? null : PERCENT.round(c.marketShare()), capacityTons,
                c.model().rental() ? capacityTons : 0, c.model().rental() ? 0 : capacityTons,
                c.marketShare() == null ? null : TONS.round(tonsPerUnit * c.rentalMarketUnits()));
    }

    private static Report.Target target(TargetAssessment t) {
        return new Report.Target(t.target().name(), t.target().date().toString(), MW.round(t.target().facility().mw()),
                t.target().gpus(), t.reachable(), KW.round(t.impliedPerGpu().kw()), t.countedIn(),
                KW.round(t.facilityPerGpu().kw()), MW.round(t.needed().mw()), t.gpusWithinBudget());
    }

    private static String verdict(boolean feasible) {
        return feasible ? "FEASIBLE" : "INFEASIBLE";
    }

    /** The evaluation's findings, each about a phase or else a target, its numbers rounded by their unit. */
    public static List<Report.Finding> findings(Evaluation evaluation) {
        Set<String> phases = evaluation.plan().phases().stream().map(PhasePlan::name).collect(Collectors.toSet());
        return evaluation.findings().stream()
                .map(f -> new Report.Finding(f.rule(), f.family(), f.severity().name(), f.message(),
                        phases.contains(f.subject()) ? f.subject() : null,
                        phases.contains(f.subject()) ? null : f.subject(), rounded(f.numbers()), f.recommendation()))
                .toList();
    }

    /** Finding numbers rounded as the same unit is everywhere in the reports, so the two never disagree. */
    private static Map<String, Double> rounded(Map<String, Double> numbers) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        numbers.forEach((name, value) -> rounded.put(name, FindingNumbers.of(name).unit().round(value)));
        return rounded;
    }
}
