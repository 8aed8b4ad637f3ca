package io.gigawatt.planner.cli.sites;

import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportDocument;
import io.gigawatt.planner.units.Temperature;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sites report as a report document: the ranking, why, then each site with what it offers and lacks. */
public final class SitesDocument {

    private SitesDocument() {
    }

    public static Document build(SitesReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section().json("schemaVersion", report.schemaVersion()).json("plan", report.plan())
                .json("planFile", report.planFile()).json("sites", report.sites()).json("sitesFile", report.sitesFile())
                .json("verdict", report.verdict()).json("why", report.why())
                .terminal(new Block.Lines(List.of(report.sites() + ": " + report.ranking().size()
                        + " candidate sites for " + report.plan() + ": " + report.verdict(), "plan file: "
                        + report.planFile() + "; site file: " + report.sitesFile())))
                .page(new Block.Heading(1, report.sites() + ": " + report.plan()), new Block.Paragraph(List.of(
                        Cell.text("Plan file "), Cell.code(report.planFile()), Cell.text(", site file "),
                        Cell.code(report.sitesFile()), Cell.text(": " + report.verdict() + ".")))));
        sections.add(ranking(report));
        sections.add(new Section().add(new Block.Heading(2, "Why")).add(new Block.Bullets(report.why())));
        for (int i = 0; i < report.ranking().size(); i++) {
            sections.add(site(report.ranking().get(i), "/ranking/" + i));
        }
        long carrying = report.ranking().stream().filter(s -> s.verdict().equals("FEASIBLE")).count();
        sections.add(new Section().terminal(Block.Paragraph.of("Verdict: " + report.verdict() + " (" + carrying + " of "
                + report.ranking().size() + " sites carry the plan without an error)")));
        return new Document(report.sites() + ": " + report.plan(), sections);
    }

    /** The first day each site carries each phase and target; a page names their dates in the header. */
    private static Section ranking(SitesReport report) {
        List<String> names = new ArrayList<>(List.of("#", "site"));
        List<String> dated = new ArrayList<>(names);
        if (!report.ranking().isEmpty()) {
            SitesReport.Site first = report.ranking().get(0);
            for (SitesReport.Demand d : demands(first)) {
                names.add(d.name());
                dated.add(d.name() + " (" + d.date() + ")");
            }
        }
        names.addAll(List.of("cost", "lacks"));
        dated.addAll(List.of("cost (present, with waiting)", "lacks"));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < report.ranking().size(); i++) {
            SitesReport.Site site = report.ranking().get(i);
            List<Cell> row = new ArrayList<>(List.of(Cell.text(String.valueOf(site.rank())), Cell.text(site.name())));
            List<SitesReport.Demand> demands = demands(site);
            for (int d = 0; d < demands.size(); d++) {
                row.add(Cell.of(demandPointer("/ranking/" + i, site, d) + "/earliest", SitesWords.earliest(demands.get(d))));
            }
            SitesReport.Cost cost = site.cost();
            row.add(new Cell(SitesWords.money(cost, cost.total()), cost.total(), Unit.MONEY, "/ranking/" + i
                    + "/cost/total", false));
            row.add(Cell.text(SitesWords.lacks(site)));
            rows.add(row);
        }
        return new Section().json("ranking", report.ranking())
                .terminal(new Block.Heading(2, "Ranking: the first day each site carries each phase and target at full"
                        + " load, then what the plan costs there, then what it still lacks"), new Block.Table(names, rows))
                .page(new Block.Heading(2, "Ranking"), Block.Paragraph.of("The first day each site carries each phase"
                        + " and target at full load, then what the plan costs there (supply and waiting GPUs, present"
                        + " values at the build start), then what it still lacks."), new Block.Table(dated, rows));
    }

    private static Section site(SitesReport.Site site, String at) {
        SitesReport.Offers o = site.offers();
        String where = site.name() + (site.location().isEmpty() ? "" : ", " + site.location());
        List<Block.Field> offers = List.of(new Block.Field("building", SitesWords.building(o)),
                new Block.Field("land", SitesWords.land(o)), new Block.Field("grid", SitesWords.grid(o)),
                new Block.Field("gas", SitesWords.gas(o)), new Block.Field("water", SitesWords.water(o)),
                new Block.Field("air permit", SitesWords.permit(o)),
                new Block.Field("design day", Temperature.celsius(o.designAmbientC()).toString()));
        List<Block.Field> fields = new ArrayList<>(offers);
        fields.add(new Block.Field("cost", SitesWords.cost(site.cost())));
        List<List<Cell>> rows = new ArrayList<>();
        List<SitesReport.Demand> demands = demands(site);
        for (int i = 0; i < demands.size(); i++) {
            SitesReport.Demand d = demands.get(i);
            String pointer = demandPointer(at, site, i);
            fields.add(new Block.Field(d.name(), "due " + d.date() + ", " + Unit.MW.words(d.facilityMw()) + ": "
                    + SitesWords.readiness(d)));
            fields.add(new Block.Field("", "asks " + SitesWords.asks(d)));
            rows.add(List.of(Cell.text(d.name()), Cell.of(pointer + "/date", d.date()),
                    Cell.figure(pointer + "/facilityMw", d.facilityMw(), Unit.MW), Cell.text(SitesWords.readiness(d)),
                    Cell.text(SitesWords.asks(d))));
        }
        Section section = new Section()
                .terminal(new Block.Heading(2, "Site " + site.rank() + ": " + where + ": "
                                + site.verdict().toLowerCase(Locale.ROOT) + " (" + site.tally() + ")"),
                        new Block.Fields(fields))
                .page(new Block.Heading(2, site.rank() + ". " + where + ": " + site.verdict()),
                        Block.Paragraph.of(site.tally() + ". Cost: " + SitesWords.cost(site.cost()) + "."),
                        new Block.Table(offers.stream().map(Block.Field::label).toList(),
                                List.of(offers.stream().map(f -> Cell.text(f.value())).toList())),
                        new Block.Table(List.of("phase or target", "due", "power", "first carried", "asks of the site"),
                                rows));
        List<Report.Finding> shown = SitesWords.shown(site);
        return shown.isEmpty() ? section : section.add(ReportDocument.findings("findings (siting, and the errors and"
                + " warnings of the other families)", true, shown));
    }

    private static List<SitesReport.Demand> demands(SitesReport.Site site) {
        List<SitesReport.Demand> demands = new ArrayList<>(site.phases());
        demands.addAll(site.targets());
        return demands;
    }

    /** The JSON pointer of a site's {@code index}-th phase, or of a target after its phases. */
    private static String demandPointer(String site, SitesReport.Site s, int index) {
        return index < s.phases().size() ? site + "/phases/" + index
                : site + "/targets/" + (index - s.phases().size());
    }
}
