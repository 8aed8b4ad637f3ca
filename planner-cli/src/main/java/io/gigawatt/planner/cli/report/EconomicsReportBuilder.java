package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.document.Unit.MONEY;
import static io.gigawatt.planner.cli.document.Unit.MWH;

import io.gigawatt.planner.catalogue.PriceBasis;
import io.gigawatt.planner.catalogue.Prices;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.MonthCost;
import io.gigawatt.planner.economics.PhaseCost;
import io.gigawatt.planner.economics.PricedAlternative;
import io.gigawatt.planner.economics.Waiting;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns the cost model's account into the report's economics, amounts rounded to the cent once. */
public final class EconomicsReportBuilder {

    private EconomicsReportBuilder() {
    }

    public static EconomicsReport build(CampusPlan plan) {
        CampusCost c = plan.costs();
        if (c == null) {
            return null;
        }
        var e = c.economics();
        List<EconomicsReport.Item> items = c.items().entrySet().stream().map(i -> new EconomicsReport.Item(
                i.getKey().key(), i.getKey().words(), i.getKey().supply().word(), money(i.getValue()))).toList();
        List<EconomicsReport.Phase> phases = c.phases().stream().map(EconomicsReportBuilder::phase).toList();
        List<EconomicsReport.Remedy> remedies = c.alternatives().stream().map(EconomicsReportBuilder::remedy).toList();
        List<EconomicsReport.Rental> rentals = c.rentals().stream().map(r -> new EconomicsReport.Rental(r.equipment(),
                r.model(), r.mostUnits(), round(r.unitMonths()), round(r.monthsPerUnit()), months(r.breakEvenMonths()),
                money(r.rentPerMonth()), money(r.buyPerUnit()))).toList();
        EconomicsReport.Risk risk = c.risk() == null ? null : new EconomicsReport.Risk(money(c.risk().p10()),
                money(c.risk().p50()), money(c.risk().p90()), c.risk().draws(), e.gasPerMmbtu().toString());
        return new EconomicsReport(e.currency(), e.priceYear(), e.discountRate(), c.from().toString(),
                c.to().toString(), money(c.total()), money(c.present()), money(c.waitingTotal()),
                money(c.waitingPresent()), money(c.forgoneTotal()), money(c.forgonePresent()),
                money(c.presentWithWaiting()), MWH.round(c.delivered().mwh()),
                orNull(c.perMwh()), orNull(c.perGpuHour()), money(c.gridPerMwh()), items, phases, remedies, rentals,
                risk, c.months().stream().map(EconomicsReportBuilder::month).toList(), new TreeMap<>(e.sources()),
                prices(plan.scenario()), c.unpriced());
    }

    private static EconomicsReport.Phase phase(PhaseCost p) {
        Map<String, Double> items = new LinkedHashMap<>();
        p.items().forEach((item, amount) -> items.put(item.key(), money(amount)));
        Waiting w = p.waiting();
        EconomicsReport.Waiting waiting = w.days() == 0 ? null : new EconomicsReport.Waiting(w.gpus(),
                w.from().toString(), w.to().toString(), w.days(), money(w.perDay()), money(w.total()),
                money(w.present()));
        return new EconomicsReport.Phase(p.name(), p.from() == null ? null : p.from().toString(),
                p.to() == null ? null : p.to().toString(), p.days(), money(p.total()), money(p.present()),
                orNull(p.perDay()), orNull(p.perMwh()), orNull(p.perGpuHour()), items, waiting);
    }

    private static EconomicsReport.Remedy remedy(PricedAlternative a) {
        return new EconomicsReport.Remedy(a.phaseName(), a.alternative().change(), a.alternative().equipment(),
                a.alternative().more(), a.alternative().ready().toString(), money(a.cost()), money(a.saving()),
                money(a.net()), a.paysForItself());
    }

    private static EconomicsReport.Month month(MonthCost m) {
        Map<String, Double> bySupply = new LinkedHashMap<>();
        m.bySupply().forEach((supply, amount) -> bySupply.put(supply.word(), money(amount)));
        return new EconomicsReport.Month(m.month().toString(), bySupply, money(m.waiting()));
    }

    /** The catalogue prices of the models the plan uses: its GPUs, generators, batteries and cooling. */
    private static List<EconomicsReport.Price> prices(Scenario s) {
        Prices prices = s.catalogue().prices();
        List<EconomicsReport.Price> rows = new ArrayList<>();
        Set<String> gpus = new LinkedHashSet<>();
        s.build().milestones().forEach(m -> gpus.addAll(m.adds().keySet()));
        for (String gpu : gpus) {
            var p = prices.gpus().get(gpu);
            if (p != null) {
                add(rows, "GPUs", gpu, p.basis(), "price", p.purchase());
                add(rows, "GPUs", gpu, p.basis(), "rentPerGpuHour", p.rentPerGpuHour());
            }
        }
        String generator = s.equipment().generators().model().id();
        var g = prices.generators().get(generator);
        if (g != null) {
            add(rows, "generators", generator, g.basis(), "pricePerKw", g.purchasePerKw());
            add(rows, "generators", generator, g.basis(), "installPerKw", g.installPerKw());
            add(rows, "generators", generator, g.basis(), "rentPerMonth", g.rentPerMonth());
            add(rows, "generators", generator, g.basis(), "fixedOmPerKwYear", g.fixedOmPerKwYear());
            add(rows, "generators", generator, g.basis(), "variableOmPerMwh", g.variableOmPerMwh());
        }
        String battery = s.equipment().batteries().model().id();
        var b = prices.batteries().get(battery);
        if (b != null) {
            add(rows, "batteries", battery, b.basis(), "pricePerKwh", b.purchasePerKwh());
            add(rows, "batteries", battery, b.basis(), "fixedOmPerKwYear", b.fixedOmPerKwYear());
        }
        String cooling = s.equipment().cooling().model().id();
        var c = prices.cooling().get(cooling);
        if (c != null) {
            add(rows, "cooling", cooling, c.basis(), "price", c.purchase());
            add(rows, "cooling", cooling, c.basis(), "install", c.install());
            add(rows, "cooling", cooling, c.basis(), "rentPerMonth", c.rentPerMonth());
            add(rows, "cooling", cooling, c.basis(), "fixedOmPerYear", c.fixedOmPerYear());
        }
        return rows;
    }

    private static void add(List<EconomicsReport.Price> rows, String equipment, String model, PriceBasis basis,
                            String figure, Money value) {
        if (value != null) {
            rows.add(new EconomicsReport.Price(equipment, model, figure, money(value), basis.currency(), basis.year(),
                    basis.sources().of(figure)));
        }
    }

    private static double money(Money m) {
        return MONEY.round(m.amount());
    }

    private static Double orNull(Money m) {
        return m == null ? null : money(m);
    }

    private static double round(double value) {
        return Quantities.round(value, 2);
    }

    /** Months to break even, or null when renting costs nothing. */
    private static Double months(double value) {
        return Double.isInfinite(value) ? null : round(value);
    }
}
