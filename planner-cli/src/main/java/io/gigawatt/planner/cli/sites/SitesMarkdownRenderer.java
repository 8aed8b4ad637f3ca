package io.gigawatt.planner.cli.sites;

import static io.gigawatt.planner.cli.document.Markdown.cell;
import static io.gigawatt.planner.cli.document.Markdown.row;

import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.units.Power;
import java.util.ArrayList;
import java.util.List;

/** The sites report as Markdown, for wikis and pull requests. */
public final class SitesMarkdownRenderer {

    private SitesMarkdownRenderer() {
    }

    public static String render(SitesReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(cell(report.sites())).append(": ").append(cell(report.plan())).append("\n\n");
        out.append("Plan file `").append(report.planFile()).append("`, site file `").append(report.sitesFile())
                .append("`: ").append(report.verdict()).append(".\n\n");

        out.append("## Ranking\n\n");
        out.append("The first day each site carries each phase and target at full load, then what it still lacks.\n\n");
        List<String> header = new ArrayList<>(List.of("#", "site"));
        if (!report.ranking().isEmpty()) {
            report.ranking().get(0).phases().forEach(p -> header.add(p.name() + " (" + p.date() + ")"));
            report.ranking().get(0).targets().forEach(t -> header.add(t.name() + " (" + t.date() + ")"));
        }
        header.add("lacks");
        row(out, header);
        row(out, header.stream().map(h -> "---").toList());
        for (SitesReport.Site site : report.ranking()) {
            List<String> cells = new ArrayList<>(List.of(String.valueOf(site.rank()), site.name()));
            site.phases().forEach(p -> cells.add(SitesWords.earliest(p)));
            site.targets().forEach(t -> cells.add(SitesWords.earliest(t)));
            cells.add(SitesWords.lacks(site));
            row(out, cells);
        }

        out.append("\n## Why\n\n");
        for (String sentence : report.why()) {
            out.append("- ").append(sentence).append('\n');
        }

        for (SitesReport.Site site : report.ranking()) {
            out.append("\n## ").append(site.rank()).append(". ").append(cell(site.name()))
                    .append(site.location().isEmpty() ? "" : ", " + cell(site.location())).append(": ")
                    .append(site.verdict()).append("\n\n").append(site.tally()).append(".\n\n");
            SitesReport.Offers o = site.offers();
            out.append("| building | land | grid | gas | water | air permit | design day |\n");
            out.append("|---|---|---|---|---|---|---|\n");
            row(out, List.of(SitesWords.building(o), SitesWords.land(o), SitesWords.grid(o), SitesWords.gas(o),
                    SitesWords.water(o), SitesWords.permit(o),
                    io.gigawatt.planner.units.Temperature.celsius(o.designAmbientC()).toString()));
            out.append("\n| phase or target | due | power | first carried | asks of the site |\n");
            out.append("|---|---|---|---|---|\n");
            for (SitesReport.Demand d : site.phases()) {
                demand(out, d);
            }
            for (SitesReport.Demand d : site.targets()) {
                demand(out, d);
            }
            List<Report.Finding> findings = SitesWords.shown(site);
            if (!findings.isEmpty()) {
                out.append("\n| severity | about | finding | recommendation | family | rule |\n");
                out.append("|---|---|---|---|---|---|\n");
                for (Report.Finding f : findings) {
                    row(out, List.of(f.severity(), f.phase() != null ? f.phase() : f.target(), f.message(),
                            f.recommendation() == null ? "" : f.recommendation(), f.family(), f.rule()));
                }
            }
        }
        return out.toString();
    }

    private static void demand(StringBuilder out, SitesReport.Demand d) {
        row(out, List.of(d.name(), d.date(), Power.mw(d.facilityMw()).toString(), SitesWords.readiness(d),
                SitesWords.asks(d)));
    }
}
