package io.gigawatt.planner.cli.compare;

import static io.gigawatt.planner.cli.document.Unit.MW;

import io.gigawatt.planner.catalogue.BatteryPrice;
import io.gigawatt.planner.catalogue.CoolingPrice;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.GeneratorPrice;
import io.gigawatt.planner.catalogue.GpuPrice;
import io.gigawatt.planner.catalogue.Prices;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.timeline.TimelineReport;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.EconomicsInput;
import io.gigawatt.planner.economics.PhaseCost;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.targets.Target;
import io.gigawatt.planner.timeline.SupplyOption;
import io.gigawatt.planner.timeline.TimelineInput;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Quantities;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** Sets two evaluated scenarios side by side: inputs, per-phase and per-target figures and dates, findings. */
public final class ScenarioComparer {

    private final List<Comparison.Change> changes = new ArrayList<>();
    private final List<Comparison.CostChange> costs = new ArrayList<>();

    private ScenarioComparer() {
    }

    public static Comparison compare(Evaluation first, Report a, Evaluation second, Report b) {
        ScenarioComparer comparer = new ScenarioComparer();
        comparer.inputs(first.plan().scenario(), second.plan().scenario());
        comparer.phases(a, b);
        comparer.targets(a, b);
        comparer.costs(first.plan().costs(), second.plan().costs());
        return new Comparison(Comparison.SCHEMA_VERSION, side(a, first), side(b, second), comparer.changes,
                comparer.costs, findings(a, b));
    }

    private static Comparison.Side side(Report report, Evaluation evaluation) {
        return new Comparison.Side(report.scenario(), report.file(), report.verdict(), report.tally(),
                evaluation.plan().costs().currency());
    }

    // ---- Inputs

    private void inputs(Scenario a, Scenario b) {
        change("inputs", "site", "design ambient", a.site().designAmbient(), b.site().designAmbient());
        change("inputs", "facility", "PUE", a.facility().pue(), b.facility().pue());
        change("inputs", "facility", "overhead share", a.facility().overheadShare(), b.facility().overheadShare());
        for (int i = 0; i < Math.max(a.grid().size(), b.grid().size()); i++) {
            change("inputs", "grid tranche " + (i + 1), "level and date", tranche(a.grid(), i), tranche(b.grid(), i));
        }
        byName(a.build().milestones(), b.build().milestones(), Milestone::name, (name, x, y) -> {
            change("inputs", name, "date", x == null ? null : x.date(), y == null ? null : y.date());
            change("inputs", name, "GPUs added", x == null ? null : x.adds(), y == null ? null : y.adds());
            change("inputs", name, "planned units", x == null ? null : x.planned(), y == null ? null : y.planned());
        });
        generators(a.equipment().generators(), b.equipment().generators());
        change("inputs", "batteries", "model", a.equipment().batteries().model().id(), b.equipment().batteries().model().id());
        Equipment.Cooling ca = a.equipment().cooling();
        Equipment.Cooling cb = b.equipment().cooling();
        change("inputs", "cooling", "model", ca.model().id(), cb.model().id());
        change("inputs", "cooling", "margin", ca.margin(), cb.margin());
        change("inputs", "cooling", "rental market (units)", ca.rentalMarketUnits(), cb.rentalMarketUnits());
        byName(a.targets(), b.targets(), Target::name, (name, x, y) -> change("inputs", name, "target",
                x == null ? null : target(x), y == null ? null : target(y)));
        timeline(a.timeline(), b.timeline());
        economics(a.economics(), b.economics());
        prices(a, b);
    }

    private void economics(EconomicsInput a, EconomicsInput b) {
        change("inputs", "economics", "currency", a.currency(), b.currency());
        change("inputs", "economics", "discount rate", Quantities.percent(a.discountRate()),
                Quantities.percent(b.discountRate()));
        change("inputs", "economics", "horizon (years)", a.horizonYears(), b.horizonYears());
        change("inputs", "economics", "gas per MMBtu (low / likely / high)", a.gasPerMmbtu(), b.gasPerMmbtu());
        change("inputs", "economics", "diesel per MMBtu", a.dieselPerMmbtu().format(a.currency()),
                b.dieselPerMmbtu().format(b.currency()));
        change("inputs", "economics", "grid energy per MWh", a.gridEnergyPerMwh().format(a.currency()),
                b.gridEnergyPerMwh().format(b.currency()));
        change("inputs", "economics", "grid demand per kW-month", a.demandPerKwMonth().format(a.currency()),
                b.demandPerKwMonth().format(b.currency()));
        change("inputs", "economics", "idle GPUs valued by", a.idleValue(), b.idleValue());
    }

    /** The catalogue's prices of the models each plan uses (a scenario's catalogue may change them). */
    private void prices(Scenario a, Scenario b) {
        Prices pa = a.catalogue().prices();
        Prices pb = b.catalogue().prices();
        Set<String> gpus = new LinkedHashSet<>();
        a.build().milestones().forEach(m -> gpus.addAll(m.adds().keySet()));
        b.build().milestones().forEach(m -> gpus.addAll(m.adds().keySet()));
        for (String gpu : gpus) {
            change("inputs", gpu, "prices", words(pa.gpus().get(gpu)), words(pb.gpus().get(gpu)));
        }
        change("inputs", "generators", "prices", words(pa.generators().get(a.equipment().generators().model().id())),
                words(pb.generators().get(b.equipment().generators().model().id())));
        change("inputs", "batteries", "prices", words(pa.batteries().get(a.equipment().batteries().model().id())),
                words(pb.batteries().get(b.equipment().batteries().model().id())));
        change("inputs", "cooling", "prices", words(pa.cooling().get(a.equipment().cooling().model().id())),
                words(pb.cooling().get(b.equipment().cooling().model().id())));
    }

    private static String words(GpuPrice p) {
        return p == null ? null : p.purchase().format(p.basis().currency()) + " each, "
                + p.rentPerGpuHour().format(p.basis().currency()) + " a GPU-hour to rent";
    }

    private static String words(GeneratorPrice p) {
        if (p == null) {
            return null;
        }
        String c = p.basis().currency();
        return p.purchasePerKw().format(c) + "/kW + " + p.installPerKw().format(c) + "/kW to install, "
                + (p.rentable() ? p.rentPerMonth().format(c) + " a month to rent" : "not rented") + ", upkeep "
                + p.fixedOmPerKwYear().format(c) + "/kW-year + " + p.variableOmPerMwh().format(c) + "/MWh, "
                + Quantities.format(p.lifeYears()) + " years";
    }

    private static String words(BatteryPrice p) {
        return p == null ? null : p.purchasePerKwh().format(p.basis().currency()) + "/kWh, upkeep "
                + p.fixedOmPerKwYear().format(p.basis().currency()) + "/kW-year, "
                + Quantities.format(p.lifeYears()) + " years";
    }

    private static String words(CoolingPrice p) {
        if (p == null) {
            return null;
        }
        String c = p.basis().currency();
        return p.purchase().format(c) + " + " + p.install().format(c) + " to install, "
                + (p.rentPerMonth() == null ? "not rented" : p.rentPerMonth().format(c) + " a month to rent")
                + ", upkeep " + p.fixedOmPerYear().format(c) + " a year, " + Quantities.format(p.lifeYears())
                + " years";
    }

    private void generators(Equipment.Generators a, Equipment.Generators b) {
        change("inputs", "generators", "model", a.model().id(), b.model().id());
        change("inputs", "generators", "redundancy (spare units)", a.redundancy(), b.redundancy());
        change("inputs", "generators", "confidence", a.confidence(), b.confidence());
        change("inputs", "generators", "air permit (units)", a.permitCapUnits(), b.permitCapUnits());
        change("inputs", "generators", "air permit", a.permitCapMw(), b.permitCapMw());
        change("inputs", "generators", "rental market (units)", a.rentalMarketUnits(), b.rentalMarketUnits());
    }

    private void timeline(TimelineInput a, TimelineInput b) {
        if (a == null || b == null) {
            change("inputs", "timeline", "section", a == null ? null : "present", b == null ? null : "present");
            return;
        }
        change("inputs", "timeline", "orders", a.orders(), b.orders());
        change("inputs", "timeline", "installation", a.installation() == null ? null : a.installation().crews()
                + " crews, " + a.installation().basis(), b.installation() == null ? null
                : b.installation().crews() + " crews, " + b.installation().basis());
        change("inputs", "timeline", "permits", a.permits(), b.permits());
        byName(a.futureSupply(), b.futureSupply(), SupplyOption::name, (name, x, y) -> change("inputs", name,
                "future supply", x == null ? null : option(x), y == null ? null : option(y)));
        change("inputs", "timeline", "risk", a.risk(), b.risk());
    }

    private static String tranche(List<GridTranche> grid, int i) {
        return i < grid.size() ? grid.get(i).firm() + " from " + grid.get(i).namingDate() : null;
    }

    private static String target(Target t) {
        return t.facility() + " for " + Quantities.count(t.gpus()) + " GPUs by " + t.date();
    }

    private static String option(SupplyOption o) {
        return o.kind().word() + ", " + o.firm() + " from " + o.earliest()
                + (o.slipDays() == null ? "" : ", slip " + o.slipDays() + " days");
    }

    // ---- Phases and targets as the reports show them

    private void phases(Report a, Report b) {
        byName(a.phases(), b.phases(), Report.Phase::name, (name, x, y) -> {
            change("phases", name, "verdict", x == null ? null : x.verdict(), y == null ? null : y.verdict());
            change("phases", name, "facility", x == null ? null : MW.words(x.facilityMw()),
                    y == null ? null : MW.words(y.facilityMw()));
            change("phases", name, "grid", x == null ? null : MW.words(x.gridMw()),
                    y == null ? null : MW.words(y.gridMw()));
            change("phases", name, "generators", x == null ? null : units(x.generators().units(), x.generators().model()),
                    y == null ? null : units(y.generators().units(), y.generators().model()));
            change("phases", name, "batteries", x == null ? null : units(x.batteries().units(), x.batteries().model()),
                    y == null ? null : units(y.batteries().units(), y.batteries().model()));
            change("phases", name, "cooling", x == null ? null : units(x.cooling().units(), x.cooling().model()),
                    y == null ? null : units(y.cooling().units(), y.cooling().model()));
        });
        List<TimelineReport.Phase> ta = a.timeline() == null ? List.of() : a.timeline().phases();
        List<TimelineReport.Phase> tb = b.timeline() == null ? List.of() : b.timeline().phases();
        byName(ta, tb, TimelineReport.Phase::name, (name, x, y) -> {
            dateChange("phases", name, "ready", x == null ? null : x.ready(), y == null ? null : y.ready());
            change("phases", name, "held by", x == null ? null : heldBy(x), y == null ? null : heldBy(y));
            dateChange("phases", name, "P50", x == null || x.risk() == null ? null : x.risk().p50(),
                    y == null || y.risk() == null ? null : y.risk().p50());
            dateChange("phases", name, "P90", x == null || x.risk() == null ? null : x.risk().p90(),
                    y == null || y.risk() == null ? null : y.risk().p90());
        });
    }

    private void targets(Report a, Report b) {
        byName(a.targets(), b.targets(), Report.Target::name, (name, x, y) -> change("targets", name, "reachable",
                x == null ? null : x.reachable(), y == null ? null : y.reachable()));
        List<TimelineReport.Target> ta = a.timeline() == null ? List.of() : a.timeline().targets();
        List<TimelineReport.Target> tb = b.timeline() == null ? List.of() : b.timeline().targets();
        byName(ta, tb, TimelineReport.Target::name, (name, x, y) -> {
            dateChange("targets", name, "closes", x == null ? null : x.closes(), y == null ? null : y.closes());
            dateChange("targets", name, "P50", x == null || x.risk() == null ? null : x.risk().p50(),
                    y == null || y.risk() == null ? null : y.risk().p50());
            dateChange("targets", name, "P90", x == null || x.risk() == null ? null : x.risk().p90(),
                    y == null || y.risk() == null ? null : y.risk().p90());
        });
    }

    private static String heldBy(TimelineReport.Phase p) {
        return String.join(" and ", p.heldBy().stream().map(TimelineReport.Hold::what).toList());
    }

    private static String units(int n, String model) {
        return n + " x " + model;
    }

    // ---- Costs, discounted to the build start

    private void costs(CampusCost a, CampusCost b) {
        boolean comparable = a.currency().equals(b.currency());
        cost("campus", "supply", a.present(), b.present(), comparable);
        cost("campus", "waiting", a.waitingPresent(), b.waitingPresent(), comparable);
        cost("campus", "total", a.presentWithWaiting(), b.presentWithWaiting(), comparable);
        byName(a.phases(), b.phases(), PhaseCost::name, (name, x, y) -> {
            cost(name, "supply", x == null ? null : x.present(), y == null ? null : y.present(), comparable);
            cost(name, "waiting", x == null ? null : x.waiting().present(), y == null ? null : y.waiting().present(),
                    comparable);
        });
    }

    /** A cost that differs to the cent, with the change when both sides have it in one currency. */
    private void cost(String subject, String what, Money a, Money b, boolean comparable) {
        BigDecimal x = cents(a);
        BigDecimal y = cents(b);
        if (x == null ? y == null : y != null && x.compareTo(y) == 0) {
            return;
        }
        costs.add(new Comparison.CostChange(subject, what, x, y,
                comparable && x != null && y != null ? y.subtract(x) : null));
    }

    private static BigDecimal cents(Money money) {
        return money == null ? null : BigDecimal.valueOf(money.cents()).setScale(2, RoundingMode.HALF_UP);
    }

    // ---- Findings

    private static List<Comparison.FindingChange> findings(Report a, Report b) {
        Map<String, Report.Finding> before = keyed(a.findings());
        Map<String, Report.Finding> after = keyed(b.findings());
        List<Comparison.FindingChange> found = new ArrayList<>();
        after.forEach((key, f) -> {
            Report.Finding old = before.get(key);
            if (old == null) {
                found.add(findingChange("added", f, null));
            } else if (!old.message().equals(f.message()) || !old.severity().equals(f.severity())) {
                found.add(findingChange("reworded", f, old.message()));
            }
        });
        before.forEach((key, f) -> {
            if (!after.containsKey(key)) {
                found.add(findingChange("removed", f, null));
            }
        });
        return found;
    }

    /** Findings by rule and subject; a rule speaking twice about one subject keeps its words apart by order. */
    private static Map<String, Report.Finding> keyed(List<Report.Finding> findings) {
        Map<String, Report.Finding> keyed = new LinkedHashMap<>();
        for (Report.Finding f : findings) {
            String base = f.rule() + "\u0000" + subject(f);
            String key = base;
            for (int n = 2; keyed.containsKey(key); n++) {
                key = base + "\u0000" + n;
            }
            keyed.put(key, f);
        }
        return keyed;
    }

    private static Comparison.FindingChange findingChange(String change, Report.Finding f, String before) {
        return new Comparison.FindingChange(change, f.rule(), f.family(), f.severity(), subject(f), f.message(), before);
    }

    private static String subject(Report.Finding f) {
        return f.phase() != null ? f.phase() : f.target();
    }

    // ---- Helpers

    private void change(String section, String subject, String what, Object a, Object b) {
        String x = a == null ? null : a.toString();
        String y = b == null ? null : b.toString();
        if (!Objects.equals(x, y)) {
            changes.add(new Comparison.Change(section, subject, what, x, y));
        }
    }

    /** A change of date, with the days between: "2026-08-15 -> 2026-11-15 (+92 days)" reads in the text. */
    private void dateChange(String section, String subject, String what, String a, String b) {
        if (Objects.equals(a, b)) {
            return;
        }
        String shift = a != null && b != null
                ? " (" + signed(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b))) + ")" : "";
        changes.add(new Comparison.Change(section, subject, what, a == null ? "never" : a,
                (b == null ? "never" : b) + shift));
    }

    private static String signed(long days) {
        return (days > 0 ? "+" : "") + Quantities.count(days) + (Math.abs(days) == 1 ? " day" : " days");
    }

    @FunctionalInterface
    private interface Pair<T> {
        void accept(String name, T a, T b);
    }

    /** Items of two lists matched by name, in the first list's order, then the second's new ones. */
    private static <T> void byName(List<T> a, List<T> b, Function<T, String> name, Pair<T> pair) {
        Map<String, T> first = new LinkedHashMap<>();
        a.forEach(item -> first.put(name.apply(item), item));
        Map<String, T> second = new LinkedHashMap<>();
        b.forEach(item -> second.put(name.apply(item), item));
        Set<String> names = new LinkedHashSet<>(first.keySet());
        names.addAll(second.keySet());
        for (String n : names) {
            pair.accept(n, first.get(n), second.get(n));
        }
    }
}
