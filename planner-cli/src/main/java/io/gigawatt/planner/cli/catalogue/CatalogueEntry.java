package io.gigawatt.planner.cli.catalogue;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.catalogue.BatteryPrice;
import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CoolingModel;
import io.gigawatt.planner.catalogue.CoolingPrice;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.catalogue.GeneratorPrice;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.catalogue.GpuPrice;
import io.gigawatt.planner.catalogue.LeadTime;
import io.gigawatt.planner.catalogue.PriceBasis;
import io.gigawatt.planner.catalogue.Sources;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Quantities;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One model of the catalogue as the catalogue commands show it: its key figures for a one-line listing, and every
 * figure, under the key a scenario changes it by, with its source.
 */
public record CatalogueEntry(Kind kind, String id, String name, String source, String keyFigures, List<Figure> figures) {

    /** By id, ignoring case, the same in every locale. */
    static final Comparator<CatalogueEntry> BY_ID = Comparator.comparing((CatalogueEntry e) ->
            e.id().toLowerCase(Locale.ROOT)).thenComparing(CatalogueEntry::id);

    /** The models of one kind, sorted by id. */
    static List<CatalogueEntry> of(Catalogue catalogue, Kind kind) {
        List<CatalogueEntry> entries = new ArrayList<>();
        switch (kind) {
            case GPUS -> catalogue.gpus().values().forEach(m -> entries.add(gpu(m, catalogue.prices().gpus().get(m.id()))));
            case GENERATORS -> catalogue.generators().values().forEach(m ->
                    entries.add(generator(m, catalogue.prices().generators().get(m.id()))));
            case BATTERIES -> catalogue.batteries().values().forEach(m ->
                    entries.add(battery(m, catalogue.prices().batteries().get(m.id()))));
            case COOLING -> catalogue.cooling().values().forEach(m ->
                    entries.add(cooling(m, catalogue.prices().cooling().get(m.id()))));
        }
        entries.sort(BY_ID);
        return entries;
    }

    private static CatalogueEntry gpu(GpuModel m, GpuPrice price) {
        Figures f = new Figures(m.sources())
                .number("tdpW", m.tdp().watts(), "W")
                .number("itKw", m.itPerGpu().kw(), "kW per GPU")
                .text("itIncludes", m.itIncludes().word())
                .number("idleW", m.idle().watts(), "W")
                .number("computeW", m.profile().compute().watts(), "W")
                .number("overshoot", m.profile().overshoot(), "x the compute level")
                .number("overshootMs", m.profile().overshootDuration().toMillis(), "ms")
                .number("transitionMs", m.profile().transition().toMillis(), "ms")
                .number("psuStorageJ", m.profile().psuStorage().joules(), "J per GPU")
                .number("gpusPerRack", m.gpusPerRack(), "GPUs")
                .number("rackFloorSqFt", m.rackFloor().squareFeet(), "sq ft per rack");
        if (price != null) {
            f.prices(price.basis())
                    .money("price", price.purchase(), "per GPU")
                    .money("rentPerGpuHour", price.rentPerGpuHour(), "per GPU-hour");
        }
        String key = "TDP " + exact(m.tdp().watts()) + " W, IT " + exact(m.itPerGpu().kw()) + " kW per GPU ("
                + m.itIncludes().word() + "), idle " + exact(m.idle().watts()) + " W, " + m.gpusPerRack() + " per rack";
        return new CatalogueEntry(Kind.GPUS, m.id(), m.name(), m.sources().entry(), key, f.list);
    }

    private static CatalogueEntry generator(GeneratorModel m, GeneratorPrice price) {
        Figures f = new Figures(m.sources())
                .text("kind", m.kind())
                .number("ratedMw", m.rated().mw(), "MW")
                .number("ratedUpToC", m.ratedUpTo().celsius(), "C")
                .number("deratePerDegreeC", m.deratePerDegree(), "of rating per degree above it")
                .number("availability", m.availability(), "probability a unit is not on forced outage")
                .number("rampPerMinute", m.rampPerMinute(), "of rating per minute")
                .number("maxLoadStep", m.maxLoadStep(), "of rating")
                .number("heatRateBtuPerKwh", m.heatRateBtuPerKwh(), "Btu per kWh")
                .number("acresPerMw", m.acresPerMw(), "acres per MW")
                .leadTime(m.leadTime());
        if (price != null) {
            f.prices(price.basis())
                    .money("pricePerKw", price.purchasePerKw(), "per kW")
                    .money("installPerKw", price.installPerKw(), "per kW")
                    .money("rentPerMonth", price.rentPerMonth(), "per unit-month, fuel not included")
                    .money("fixedOmPerKwYear", price.fixedOmPerKwYear(), "per kW-year")
                    .money("variableOmPerMwh", price.variableOmPerMwh(), "per MWh")
                    .number("lifeYears", price.lifeYears(), "years");
        }
        String key = m.kind() + ", " + exact(m.rated().mw()) + " MW up to " + exact(m.ratedUpTo().celsius())
                + " C, availability " + Quantities.percent(m.availability()) + leadTimes(m.leadTime());
        return new CatalogueEntry(Kind.GENERATORS, m.id(), m.name(), m.sources().entry(), key, f.list);
    }

    private static CatalogueEntry battery(BatteryModel m, BatteryPrice price) {
        Figures f = new Figures(m.sources())
                .number("mw", m.power().mw(), "MW")
                .number("mwh", m.energy().mwh(), "MWh")
                .number("roundTripEfficiency", m.roundTripEfficiency(), "of the energy stored")
                .number("socMin", m.socMin(), "of the energy")
                .number("socMax", m.socMax(), "of the energy")
                .number("mwhPerAcre", m.mwhPerAcre(), "MWh per acre")
                .leadTime(m.leadTime());
        if (price != null) {
            f.prices(price.basis())
                    .money("pricePerKwh", price.purchasePerKwh(), "per kWh, installed")
                    .money("fixedOmPerKwYear", price.fixedOmPerKwYear(), "per kW-year")
                    .number("lifeYears", price.lifeYears(), "years");
        }
        String key = exact(m.power().mw()) + " MW, " + exact(m.energy().mwh()) + " MWh, round trip "
                + Quantities.percent(m.roundTripEfficiency()) + leadTimes(m.leadTime());
        return new CatalogueEntry(Kind.BATTERIES, m.id(), m.name(), m.sources().entry(), key, f.list);
    }

    private static CatalogueEntry cooling(CoolingModel m, CoolingPrice price) {
        Figures f = new Figures(m.sources())
                .number("tons", m.capacity().tonsOfRefrigeration(), "tons of refrigeration")
                .text("rental", String.valueOf(m.rental()))
                .number("waterLitresPerKwh", m.waterLitresPerKwh(), "litres per kWh of heat")
                .leadTime(m.leadTime());
        if (price != null) {
            f.prices(price.basis())
                    .money("price", price.purchase(), "per unit")
                    .money("install", price.install(), "per unit")
                    .money("rentPerMonth", price.rentPerMonth(), "per unit-month")
                    .money("fixedOmPerYear", price.fixedOmPerYear(), "per unit-year")
                    .number("lifeYears", price.lifeYears(), "years");
        }
        String key = exact(m.capacity().tonsOfRefrigeration()) + " tons, " + (m.rental() ? "rental" : "owned")
                + ", " + exact(m.waterLitresPerKwh()) + " L of water per kWh" + leadTimes(m.leadTime());
        return new CatalogueEntry(Kind.COOLING, m.id(), m.name(), m.sources().entry(), key, f.list);
    }

    private static String leadTimes(LeadTime leadTime) {
        return (leadTime.purchase() == null ? "" : ", bought in " + leadTime.purchase().count() + " days")
                + (leadTime.rental() == null ? "" : ", rented in " + leadTime.rental().count() + " days");
    }

    /** A figure as a scenario would write it: its decimal digits (six significant, past a double's noise), no grouping. */
    static String exact(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** The figures of one entry, each with its source: the model's, then its prices' (their own sources). */
    private static final class Figures {
        private final List<Figure> list;
        private final Sources sources;
        /** The currency of the prices, null for the model's own figures. */
        private final String currency;

        Figures(Sources sources) {
            this(new ArrayList<>(), sources, null);
        }

        private Figures(List<Figure> list, Sources sources, String currency) {
            this.list = list;
            this.sources = sources;
            this.currency = currency;
        }

        Figures number(String key, double value, String unit) {
            return text(key, exact(value) + " " + unit);
        }

        Figures text(String key, String value) {
            list.add(new Figure(key, value, sources.of(key)));
            return this;
        }

        /** A lead time the model has; none written for a route it lacks (a model that cannot be rented). */
        Figures leadTime(LeadTime leadTime) {
            if (leadTime.purchase() != null) {
                number("leadTimeDays", leadTime.purchase().count(), "days to buy");
            }
            if (leadTime.rental() != null) {
                number("rentalLeadTimeDays", leadTime.rental().count(), "days to hire");
            }
            return this;
        }

        /** The price figures, in the list of the model's, with the sources of its prices. */
        Figures prices(PriceBasis basis) {
            return new Figures(list, basis.sources(), basis.currency())
                    .text("currency", basis.currency())
                    .text("priceYear", String.valueOf(basis.year()));
        }

        /** A price the model has; none written for one it lacks (no rent for a model that cannot be rented). */
        Figures money(String key, Money amount, String per) {
            return amount == null ? this : text(key, exact(amount.amount()) + " " + currency + " " + per);
        }
    }
}
