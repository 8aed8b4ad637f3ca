package io.gigawatt.planner.cli.sites;

import static io.gigawatt.planner.cli.document.Unit.ACRES;
import static io.gigawatt.planner.cli.document.Unit.MONEY;
import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.document.Unit.PER_DAY;
import static io.gigawatt.planner.cli.document.Unit.SQ_FT;

import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.economics.CampusCost;
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
import java.util.List;

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
        List<Report.Finding> findings = ReportBuilder.findings(evaluation);
        return new SitesReport.Site(rank, e.site().name(), e.site().location(), verdict(e.feasible()),
                Report.tally(findings), cost(e.sitePlan().costs()), offers(e.site()),
                e.sitePlan().phases().stream().map(p -> phase(p, evaluation)).toList(),
                e.sitePlan().targets().stream().map(SitesReportBuilder::target).toList(),
                e.lacks().stream().map(Finding::message).toList(), findings);
    }

    private static SitesReport.Cost cost(CampusCost c) {
        return new SitesReport.Cost(c.currency(), MONEY.round(c.present().amount()),
                MONEY.round(c.waitingPresent().amount()), MONEY.round(c.presentWithWaiting().amount()),
                c.perMwh() == null ? null : MONEY.round(c.perMwh().amount()));
    }

    private static SitesReport.Offers offers(CandidateSite s) {
        var b = s.building();
        var permit = s.airPermit();
        return new SitesReport.Offers(b.existing(), SQ_FT.round(b.floor().squareFeet()), b.readyBy().toString(),
                b.state(), MW.round(b.powerOnSite().mw()), ACRES.round(s.land().acres()), s.substationKm(),
                s.grid().stream().map(t -> new SitesReport.Tranche(t.namingDate().toString(), MW.round(t.firm().mw()), t.note()))
                        .toList(),
                PER_DAY.round(s.gas().capacity().mmbtuPerDay()),
                s.gas().availableFrom() == null ? null : s.gas().availableFrom().toString(),
                PER_DAY.round(s.water().m3PerDay()), permit.capUnits(),
                permit.capMw() == null ? null : MW.round(permit.capMw().mw()), permit.nonattainment(),
                permit.grantedBy() == null ? null : permit.grantedBy().toString(), s.designAmbient().celsius());
    }

    private static SitesReport.Demand phase(PhaseSiting p, Evaluation evaluation) {
        PhasePlan phase = p.phase();
        Readiness r = p.readiness();
        boolean feasible = evaluation.about(phase.name()).stream().noneMatch(f -> f.severity() == Severity.ERROR);
        return new SitesReport.Demand(phase.name(), phase.date().toString(), MW.round(phase.facility().mw()),
                date(r), p.daysLate(), r.waitsFor(), r.reachable() ? r.carriedBy() : null, r.lacking(), p.racks(),
                SQ_FT.round(p.floor().squareFeet()), ACRES.round(p.land().acres()),
                PER_DAY.round(p.gas().mmbtuPerDay()), PER_DAY.round(p.water().m3PerDay()),
                phase.generators().units(),
                p.unitLimit().limited() ? p.unitLimit().units() : null,
                p.unitLimit().limited() ? p.unitLimit().by() : null, verdict(feasible));
    }

    private static SitesReport.Demand target(TargetSiting t) {
        Readiness r = t.readiness();
        var d = t.demand();
        return new SitesReport.Demand(d.name(), d.due().toString(), MW.round(d.facility().mw()), date(r), t.daysLate(),
                r.waitsFor(), r.reachable() ? r.carriedBy() : null, r.lacking(), d.racks(),
                SQ_FT.round(d.floor().squareFeet()), null, null, PER_DAY.round(d.water().m3PerDay()), null,
                null, null, verdict(r.reachable()));
    }

    private static String date(Readiness r) {
        return r.date() == null ? null : r.date().toString();
    }

    private static String verdict(boolean feasible) {
        return feasible ? "FEASIBLE" : "INFEASIBLE";
    }

}
