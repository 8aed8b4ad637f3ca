package io.gigawatt.planner.cli.sites;

import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import io.gigawatt.planner.units.WaterFlow;
import java.util.List;
import java.util.stream.Collectors;

/** The sites report's figures as words, shared by the text and Markdown renderers. */
final class SitesWords {

    private SitesWords() {
    }

    static String earliest(SitesReport.Demand d) {
        return d.earliest() == null ? "never" : d.earliest();
    }

    static String lacks(SitesReport.Site site) {
        int n = site.lacks().size();
        return n + (n == 1 ? " error" : " errors");
    }

    static String money(SitesReport.Cost c, double amount) {
        return Money.of(amount).format(c.currency());
    }

    /** "$1.2 bn of supply and $4.01 bn of waiting GPUs: $5.21 bn (present values); supply $161/MWh". */
    static String cost(SitesReport.Cost c) {
        return money(c, c.supply()) + " of supply and " + money(c, c.waiting()) + " of waiting GPUs: "
                + money(c, c.total()) + " (present values at the build start)"
                + (c.perMwh() == null ? "" : "; supply " + money(c, c.perMwh()) + "/MWh");
    }

    static String building(SitesReport.Offers o) {
        return (o.existingBuilding() ? "existing, " : "to be built, ") + Area.squareFeet(o.floorSqFt()) + ", ready "
                + o.readyBy() + (o.powerOnSiteMw() > 0 ? ", " + Power.mw(o.powerOnSiteMw()) + " already on site" : "");
    }

    static String land(SitesReport.Offers o) {
        return Area.acres(o.landAcres()).toAcresString() + " for generators and batteries";
    }

    static String grid(SitesReport.Offers o) {
        String tranches = o.grid().stream().map(t -> Power.mw(t.firmMw()) + " from " + t.date())
                .collect(Collectors.joining(", "));
        return tranches + (o.substationKm() == null ? "" : "; substation " + Quantities.format(o.substationKm()) + " km");
    }

    static String gas(SitesReport.Offers o) {
        if (o.gasMmbtuPerDay() <= 0) {
            return "no pipeline gas";
        }
        return GasFlow.mmbtuPerDay(o.gasMmbtuPerDay()) + (o.gasFrom() == null ? "" : " from " + o.gasFrom());
    }

    static String water(SitesReport.Offers o) {
        return WaterFlow.m3PerDay(o.waterM3PerDay()).toString();
    }

    static String permit(SitesReport.Offers o) {
        String caps = o.permitCapUnits() == null && o.permitCapMw() == null ? "no caps stated"
                : o.permitCapUnits() == null ? Power.mw(o.permitCapMw()).toString()
                : o.permitCapMw() == null ? o.permitCapUnits() + " units"
                : o.permitCapUnits() + " units and " + Power.mw(o.permitCapMw());
        return caps + (o.nonattainment() ? ", nonattainment area" : "")
                + (o.permitFrom() == null ? "" : ", from " + o.permitFrom());
    }

    /** "from 2024-08-01 (32 days before its date), waiting for the 50 MW grid tranche of 2024-08-01; 50 MW ..." */
    static String readiness(SitesReport.Demand d) {
        if (d.earliest() == null) {
            return "never: " + d.lacking();
        }
        return "from " + d.earliest() + " (" + timing(d.daysLate()) + "), waiting for " + d.waitsFor() + "; "
                + d.carriedBy() + " carry it";
    }

    static String timing(long days) {
        if (days == 0) {
            return "on its date";
        }
        long abs = Math.abs(days);
        return abs + (abs == 1 ? " day " : " days ") + (days < 0 ? "before" : "after") + " its date";
    }

    static String asks(SitesReport.Demand d) {
        String land = d.landAcres() == null ? "" : ", " + Area.acres(d.landAcres()).toAcresString();
        String gas = d.gasMmbtuPerDay() == null ? "" : ", " + GasFlow.mmbtuPerDay(d.gasMmbtuPerDay());
        return Quantities.count(d.racks()) + " racks on " + Area.squareFeet(d.floorSqFt()) + land + gas + ", "
                + WaterFlow.m3PerDay(d.waterM3PerDay());
    }

    /** The findings a reader of one site needs: all of the siting family, errors and warnings of the others. */
    static List<Report.Finding> shown(SitesReport.Site site) {
        return site.findings().stream()
                .filter(f -> f.family().equals("siting") || !f.severity().equals("INFO"))
                .toList();
    }
}
