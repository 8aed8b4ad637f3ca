package io.gigawatt.planner.cli.sites;

import static io.gigawatt.planner.units.Quantities.round;

import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.rules.siting.SiteComparison;
import io.gigawatt.planner.rules.siting.SiteEvaluation;
import io.gigawatt.planner.siting.CandidateSite;
import io.gigawatt.planner.siting.PhaseSiting;
import io.gigawatt.planner.siting.Readiness;
import io.gigawatt.planner.siting.TargetSiting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns a site comparison into the sites report, rounding figures once so every format shows the same ones. */
public final class SitesReportBuilder {

    private SitesReportBuilder() {
    }

    public static SitesReport build(SiteComparison comparison) {
        List<SitesReport.Site> ranking = new ArrayList<>();
        for (SiteEvaluation e : comparison.ranked()) {
            ranking.add(site(ranking.size() + 1, e));
        }
        return new SitesReport(SitesReport.SCHEMA_VERSION, comparison.plan().name(), comparison.plan().file(),
                comparison.sites().name(), comparison.sites().file(), verdict(comparison.anyFeasible()),
                comparison.why(), ranking);
    }

    private static SitesReport.Site site(int rank, SiteEvaluation e) {
        Evaluation evaluation = e.evaluation();
        return new SitesReport.Site(rank, e.site().name(), e.site().location(), verdict(e.feasible()),
                tally(evaluation), offers(e.site()),
                e.sitePlan().phases().stream().map(p -> phase(p, evaluation)).toList(),
                e.sitePlan().targets().stream().map(SitesReportBuilder::target).toList(),
                e.lacks().stream().map(Finding::message).toList(), findings(evaluation));
    }

    private static SitesReport.Offers offers(CandidateSite s) {
        var b = s.building();
        var permit = s.airPermit();
        return new SitesReport.Offers(b.existing(), round(b.floor().squareFeet(), 0), b.readyBy().toString(), b.state(),
                mw(b.powerOnSite().mw()), round(s.land().acres(), 3), s.substationKm(),
                s.grid().stream().map(t -> new SitesReport.Tranche(t.date().toString(), mw(t.firm().mw()), t.note()))
                        .toList(),
                round(s.gas().capacity().mmbtuPerDay(), 1),
                s.gas().availableFrom() == null ? null : s.gas().availableFrom().toString(),
                round(s.water().m3PerDay(), 1), permit.capUnits(),
                permit.capMw() == null ? null : mw(permit.capMw().mw()), permit.nonattainment(),
                permit.grantedBy() == null ? null : permit.grantedBy().toString(), s.designAmbient().celsius());
    }

    private static SitesReport.Demand phase(PhaseSiting p, Evaluation evaluation) {
        PhasePlan phase = p.phase();
        Readiness r = p.readiness();
        boolean feasible = evaluation.about(phase.name()).stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new SitesReport.Demand(phase.name(), phase.date().toString(), mw(phase.facility().mw()),
                date(r), p.daysLate(), r.waitsFor(), r.reachable() ? r.carriedBy() : null, r.lacking(), p.racks(),
                round(p.floor().squareFeet(), 0), round(p.land().acres(), 3), round(p.gas().mmbtuPerDay(), 1),
                round(p.water().m3PerDay(), 1), phase.generators().units(),
                p.unitLimit().limited() ? p.unitLimit().units() : null,
                p.unitLimit().limited() ? p.unitLimit().by() : null, verdict(feasible));
    }

    private static SitesReport.Demand target(TargetSiting t) {
        Readiness r = t.readiness();
        var d = t.demand();
        return new SitesReport.Demand(d.name(), d.due().toString(), mw(d.facility().mw()), date(r), t.daysLate(),
                r.waitsFor(), r.reachable() ? r.carriedBy() : null, r.lacking(), d.racks(),
                round(d.floor().squareFeet(), 0), null, null, round(d.water().m3PerDay(), 1), null, null, null,
                verdict(r.reachable()));
    }

    private static List<Report.Finding> findings(Evaluation evaluation) {
        Set<String> phases = evaluation.plan().phases().stream().map(PhasePlan::name).collect(Collectors.toSet());
        return evaluation.findings().stream()
                .map(f -> new Report.Finding(f.rule(), f.family(), f.severity().name(), f.message(),
                        phases.contains(f.subject()) ? f.subject() : null,
                        phases.contains(f.subject()) ? null : f.subject(), rounded(f.numbers()), f.recommendation()))
                .toList();
    }

    private static String tally(Evaluation evaluation) {
        long errors = count(evaluation, Severity.ERROR);
        long warnings = count(evaluation, Severity.WARNING);
        long notes = count(evaluation, Severity.INFO);
        return plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(notes, "note");
    }

    private static long count(Evaluation evaluation, Severity severity) {
        return evaluation.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String date(Readiness r) {
        return r.date() == null ? null : r.date().toString();
    }

    private static String verdict(boolean feasible) {
        return feasible ? "FEASIBLE" : "INFEASIBLE";
    }

    private static double mw(double megawatts) {
        return round(megawatts, 3);
    }

    /** Finding numbers rounded by the unit their name ends in, as everywhere in the reports. */
    private static Map<String, Double> rounded(Map<String, Double> numbers) {
        Map<String, Double> rounded = new LinkedHashMap<>();
        numbers.forEach((name, value) -> rounded.put(name, round(value, decimalsFor(name))));
        return rounded;
    }

    private static int decimalsFor(String name) {
        if (name.endsWith("Mw") || name.endsWith("Mwh") || name.endsWith("Acres")) {
            return 3;
        }
        if (name.endsWith("Tons") || name.endsWith("SqFt")) {
            return 0;
        }
        return name.endsWith("PerDay") ? 1 : 4;
    }
}
