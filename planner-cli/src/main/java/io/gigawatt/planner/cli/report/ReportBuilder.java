package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.cli.timeline.TimelineReportBuilder;
import io.gigawatt.planner.cooling.CoolingPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.units.Power;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** The seam for the power-swing simulation: its trace, once the swing model exists; null until then. */
    private static SwingTrace swingTrace(Evaluation evaluation) {
        return null;
    }

    private static Report.Phase phase(PhasePlan p, Evaluation evaluation) {
        boolean feasible = evaluation.about(p.name()).stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new Report.Phase(p.name(), p.date().toString(), p.gpus(), p.gpuCount(), mw(p.it()), mw(p.facility()),
                mw(p.grid()), share(p.gridShare()), mw(p.onSiteNeed()), p.onSiteNeedDay().toString(),
                generators(p.generators()), batteries(p.batteries()), cooling(p.cooling()), verdict(feasible));
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

    /** Half up on the shortest decimal of the double, as {@code Quantities} rounds for the text formats. */
    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
