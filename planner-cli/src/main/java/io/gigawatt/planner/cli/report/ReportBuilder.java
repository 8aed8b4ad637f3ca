package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.units.Quantities.round;

import io.gigawatt.planner.cli.timeline.TimelineReportBuilder;
import io.gigawatt.planner.cooling.CoolingPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.swing.SwingBattery;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingOpening;
import io.gigawatt.planner.swing.UtilityLimits;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.units.Power;
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
        var plan = evaluation.plan();
        Set<String> phaseNames = plan.phases().stream().map(PhasePlan::name).collect(Collectors.toSet());
        List<Report.Finding> findings = evaluation.findings().stream()
                .map(f -> new Report.Finding(f.rule(), f.family(), f.severity().name(), f.message(),
                        phaseNames.contains(f.subject()) ? f.subject() : null,
                        phaseNames.contains(f.subject()) ? null : f.subject(), rounded(f.numbers()),
                        f.recommendation()))
                .toList();
        List<Report.Phase> phases = plan.phases().stream().map(p -> phase(p, evaluation)).toList();
        List<Report.Target> targets = plan.targets().stream().map(ReportBuilder::target).toList();
        return new Report(Report.SCHEMA_VERSION, plan.scenario().name(), plan.scenario().file(),
                verdict(evaluation.feasible()), phases, targets,
                findings, TimelineReportBuilder.build(plan.timeline()),
                SupplySeriesBuilder.build(plan), ScaleBuilder.build(phases, targets), swingTrace(evaluation));
    }

    /**
     * The first two minutes of the first phase the swing model simulates: what the campus draws before mitigation,
     * what the grid and generators draw after it, and the batteries' state of charge; null without a workload.
     */
    private static SwingTrace swingTrace(Evaluation evaluation) {
        var plan = evaluation.plan();
        for (PhasePlan phase : plan.phases()) {
            if (phase.swing() == null) {
                continue;
            }
            SwingOpening opening = SwingPhases.opening(plan.scenario(), phase);
            boolean batteries = phase.swing().battery() != null && phase.swing().battery().enabled();
            List<SwingTrace.Point> points = new ArrayList<>(opening.steps());
            for (int k = 0; k < opening.steps(); k++) {
                points.add(new SwingTrace.Point(round(k * opening.stepSeconds(), 3), mw(opening.loadBefore()[k]),
                        mw(opening.afterBatteries()[k]), batteries ? share(opening.soc()[k]) : null));
            }
            return new SwingTrace(phase.name(), "the first " + Quantities.format(SwingModel.OPENING_SECONDS) + " s of "
                    + phase.swing().resolution() + "; " + phase.swing().withBatteries(), points);
        }
        return null;
    }

    private static double mw(double megawatts) {
        return round(megawatts, 3);
    }

    private static Report.Phase phase(PhasePlan p, Evaluation evaluation) {
        boolean feasible = evaluation.about(p.name()).stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new Report.Phase(p.name(), p.date().toString(), p.gpus(), p.gpuCount(), mw(p.it()), mw(p.facility()),
                mw(p.grid()), share(p.gridShare()), mw(p.onSiteNeed()), p.onSiteNeedDay().toString(),
                generators(p.generators()), batteries(p.batteries()), cooling(p.cooling()), verdict(feasible),
                p.swing() == null ? null : swing(p.swing()));
    }

    private static Report.Swing swing(SwingAssessment s) {
        UtilityLimits u = s.limits();
        Report.Utility utility = new Report.Utility(u.preset(), u.ramp() == null ? null : round(u.ramp().mwPerSecond(), 4),
                seconds(u.rampWindow()), u.range() == null ? null : mw(u.range()), seconds(u.rangeWindow()),
                u.bandLowHz(), u.bandHighHz(), u.bandMaxShare(), u.describe());
        SwingBattery b = s.battery();
        Report.SwingBatteries batteries = new Report.SwingBatteries(b.model().id(), b.enabled(), b.needed(),
                b.sized() ? mw(b.power()) : null, b.sized() ? round(b.energy().mwh(), 3) : null, b.forLimits(),
                b.forTrip(), b.planned(), b.inUse());
        return new Report.Swing((int) s.step().toMillis(), round(s.window().toMillis() / 60_000.0, 3),
                mw(s.peakToTrough()), round(s.maxRamp().mwPerSecond(), 3), share(s.bandShareBefore()),
                mw(s.loadPeakToTrough()), share(s.gridShare()), round(s.gridMaxRamp().mwPerSecond(), 4),
                mw(s.gridRange()), share(s.bandShareAfter()), share(s.generatorFollowRatio()), utility, batteries,
                s.mitigations().powerFloor(), round(s.powerFloorEnergy().mwh(), 3), share(s.powerFloorShare()));
    }

    private static double seconds(java.time.Duration d) {
        return round(d.toMillis() / 1000.0, 3);
    }

    private static Report.Generators generators(GeneratorFleet f) {
        return new Report.Generators(f.model().id(), f.units(), f.running(), f.spares(), mw(f.rated()),
                mw(f.available()), mw(f.unitOutput()), share(f.derateFactor()));
    }

    private static Report.Batteries batteries(BatteryBank b) {
        return new Report.Batteries(b.model().id(), b.units(), mw(b.power()), round(b.energy().mwh(), 3),
                mw(b.swing()), mw(b.largestTrip()), b.sizedBy());
    }

    private static Report.Cooling cooling(CoolingPlan c) {
        double capacityTons = round(c.model().capacity().tonsOfRefrigeration() * c.units(), 0);
        return new Report.Cooling(c.model().id(), mw(c.heat()), round(c.required().tonsOfRefrigeration(), 0),
                c.units(), c.rentalMarketUnits(), c.marketShare() == null ? null : share(c.marketShare()),
                capacityTons, c.model().rental() ? capacityTons : 0, c.model().rental() ? 0 : capacityTons,
                c.marketShare() == null ? null
                        : round(c.model().capacity().tonsOfRefrigeration() * c.rentalMarketUnits(), 0));
    }

    private static Report.Target target(TargetAssessment t) {
        return new Report.Target(t.target().name(), t.target().date().toString(), mw(t.target().facility()),
                t.target().gpus(), t.reachable(), round(t.impliedPerGpu().kw(), 4), t.countedIn(),
                round(t.facilityPerGpu().kw(), 4), mw(t.needed()), t.gpusWithinBudget());
    }

    private static String verdict(boolean feasible) {
        return feasible ? "FEASIBLE" : "INFEASIBLE";
    }

    /** Power in MW to the kW: finer digits are noise in a plan. */
    private static double mw(Power power) {
        return round(power.mw(), 3);
    }

    private static double share(double fraction) {
        return round(fraction, 4);
    }

    /** Finding numbers rounded as the same unit is everywhere in the report, so the two never disagree. */
    private static Map<String, Double> rounded(Map<String, Double> numbers) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        numbers.forEach((name, value) -> rounded.put(name, name.endsWith("Mw") || name.endsWith("Mwh")
                ? round(value, 3) : name.endsWith("Tons") ? round(value, 0) : share(value)));
        return rounded;
    }
}
