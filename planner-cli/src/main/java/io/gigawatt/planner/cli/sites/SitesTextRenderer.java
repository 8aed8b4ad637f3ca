package io.gigawatt.planner.cli.sites;

import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.units.Power;
import java.util.ArrayList;
import java.util.List;

/** The sites report for a terminal: the ranking, why, then each site with what it offers and what it lacks. */
public final class SitesTextRenderer {

    private SitesTextRenderer() {
    }

    public static String render(SitesReport report) {
        StringBuilder out = new StringBuilder();
        out.append(report.sites()).append(": ").append(report.ranking().size()).append(" candidate sites for ")
                .append(report.plan()).append(": ").append(report.verdict()).append('\n');
        out.append("plan file: ").append(report.planFile()).append("; site file: ").append(report.sitesFile())
                .append('\n');

        out.append("\nRanking: the first day each site carries each phase and target at full load, then what it still"
                + " lacks\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("#", "site"));
        if (!report.ranking().isEmpty()) {
            report.ranking().get(0).phases().forEach(p -> header.add(p.name()));
            report.ranking().get(0).targets().forEach(t -> header.add(t.name()));
        }
        header.add("lacks");
        rows.add(header);
        for (SitesReport.Site site : report.ranking()) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(site.rank()), site.name()));
            site.phases().forEach(p -> row.add(SitesWords.earliest(p)));
            site.targets().forEach(t -> row.add(SitesWords.earliest(t)));
            row.add(SitesWords.lacks(site));
            rows.add(row);
        }
        table(out, rows);

        out.append("\nWhy\n");
        for (String sentence : report.why()) {
            out.append("  - ").append(sentence).append('\n');
        }

        for (SitesReport.Site site : report.ranking()) {
            out.append("\nSite ").append(site.rank()).append(": ").append(site.name())
                    .append(site.location().isEmpty() ? "" : ", " + site.location()).append(": ")
                    .append(site.verdict().toLowerCase(java.util.Locale.ROOT)).append(" (").append(site.tally())
                    .append(")\n");
            SitesReport.Offers o = site.offers();
            line(out, "building", SitesWords.building(o));
            line(out, "land", SitesWords.land(o));
            line(out, "grid", SitesWords.grid(o));
            line(out, "gas", SitesWords.gas(o));
            line(out, "water", SitesWords.water(o));
            line(out, "air permit", SitesWords.permit(o));
            line(out, "design day", io.gigawatt.planner.units.Temperature.celsius(o.designAmbientC()).toString());
            for (SitesReport.Demand d : site.phases()) {
                demand(out, d);
            }
            for (SitesReport.Demand d : site.targets()) {
                demand(out, d);
            }
            findings(out, SitesWords.shown(site));
        }
        out.append("\nVerdict: ").append(report.verdict()).append(" (")
                .append(report.ranking().stream().filter(s -> s.verdict().equals("FEASIBLE")).count()).append(" of ")
                .append(report.ranking().size()).append(" sites carry the plan without an error)\n");
        return out.toString();
    }

    private static void demand(StringBuilder out, SitesReport.Demand d) {
        line(out, d.name(), "due " + d.date() + ", " + Power.mw(d.facilityMw()) + ": " + SitesWords.readiness(d));
        line(out, "", "asks " + SitesWords.asks(d));
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(String.format("  %-13s %s%n", label, value));
    }

    private static void findings(StringBuilder out, List<Report.Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        out.append("  findings (siting, and the errors and warnings of the other families)\n");
        for (Report.Finding f : findings) {
            String about = f.phase() != null ? f.phase() : f.target();
            out.append(String.format("    %-8s %s: %s [%s: %s]%n", f.severity(), about, f.message(), f.family(),
                    f.rule()));
            if (f.recommendation() != null) {
                out.append(String.format("    %-8s -> %s%n", "", f.recommendation()));
            }
        }
    }

    /** Columns as wide as their widest cell. */
    private static void table(StringBuilder out, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i) : String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
