package io.gigawatt.planner.economics;

import io.gigawatt.planner.catalogue.BatteryPrice;
import io.gigawatt.planner.catalogue.CoolingModel;
import io.gigawatt.planner.catalogue.CoolingPrice;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.catalogue.GeneratorPrice;
import io.gigawatt.planner.catalogue.GpuPrice;
import io.gigawatt.planner.catalogue.PowerCap;
import io.gigawatt.planner.supply.GeneratorSizing;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.timeline.SupplyKind;
import io.gigawatt.planner.timeline.SupplyOption;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The day-by-day account of a plan's costs, given when each phase is ready and the gas price. Between days on which
 * something changes (a phase ready or installed, a tranche or supply option arriving) every daily figure is the same,
 * so the account runs over those stretches, each day of a stretch discounted on its own; each month's demand charge
 * takes the highest draw of the stretches it touches. (The detailed account, for the report, also cuts stretches at
 * month starts, to give each month its costs.)
 *
 * <p>On a day, the campus in service is the latest phase that is ready (phases hold the GPUs of those before them),
 * drawing its facility power. The grid carries what it can (its firm supply), then future supply that has arrived
 * and serves the phases, then the generators the rest, sized as the plan sizes them (derated, with spares). Rented
 * units are paid for the days they are needed; bought units from the day first needed to the horizon's end, with
 * what is left of their life credited at the end. Batteries are bought as the phases in service need them and
 * replaced at the end of their life. GPUs installed but not ready are idle, each day valued as the scenario says;
 * GPUs in service under a power cap forgo the compute the cap costs them, valued the same way.
 */
final class Ledger {

    static final double DAYS_PER_YEAR = 365.25;
    private static final double DAYS_PER_MONTH = DAYS_PER_YEAR / 12;
    static final long NEVER = Long.MAX_VALUE;

    private final CostInputs inputs;
    private final long start;
    private final long end;
    private final int n;
    private final String[] names;
    private final double[] facilityMw;
    private final long[] gpus;
    private final long[] installed;
    private final int[] batteries;
    private final int[] cooling;
    /** What a day of each phase's own GPUs waiting costs. */
    private final double[] idlePerDay;
    /** What a day of the campus with each phase in service forgoes to GPU power caps, valued as idle GPU-days. */
    private final double[] forgonePerDay;
    private final long[] addedGpus;
    private final long[] trancheDays;
    private final double[] trancheMw;
    private final double[] trancheCost;
    private final List<SupplyOption> options;
    /** Each option's earliest day, as an epoch day: a stretch asks for it, for every draw. */
    private final long[] optionDays;
    private final double[] optionPerMwh;
    /** The days something other than a phase's readiness changes: tranches, supply options, installations. */
    private final long[] fixedDays;
    /** The same and each month's first day: the detailed account splits its stretches by month for the chart. */
    private final long[] fixedAndMonthDays;
    /** The first day in the horizon of each month it touches: the build start, then each month's first. */
    private final long[] monthFirsts;

    // prices in the scenario's currency, 0 where a model is not priced
    private final GeneratorModel generator;
    private final double generatorVariablePerMwh;
    private final Fleet generators;
    private final Fleet batteryBank;
    private final Fleet chillers;
    private final double gridEnergyPerMwh;
    private final double demandPerKwMonth;
    private final double dieselPerMmbtu;
    /** The discount factors of the horizon's days summed from the build start: day k's is {@code weight(k)}. */
    private final double[] discounted;
    private final Map<Long, Integer> unitsByNeed = new HashMap<>();
    /** The need asked for last, and its units: stretches in a row mostly ask for the same. */
    private double lastNeed = -1;
    private int lastUnits;
    final List<String> unpriced = new ArrayList<>();

    Ledger(CostInputs inputs, List<CostPhase> phases) {
        this.inputs = inputs;
        EconomicsInput e = inputs.economics();
        start = inputs.start().toEpochDay();
        end = inputs.start().plusYears(e.horizonYears()).toEpochDay();
        n = phases.size();
        names = new String[n];
        facilityMw = new double[n];
        gpus = new long[n];
        installed = new long[n];
        batteries = new int[n];
        cooling = new int[n];
        idlePerDay = new double[n];
        forgonePerDay = new double[n];
        addedGpus = new long[n];
        var prices = inputs.catalogue().prices();
        Map<String, Long> before = Map.of();
        for (int p = 0; p < n; p++) {
            CostPhase phase = phases.get(p);
            names[p] = phase.name();
            facilityMw[p] = phase.facility().mw();
            gpus[p] = phase.gpuCount();
            installed[p] = phase.installed().toEpochDay();
            batteries[p] = Math.max(phase.batteries(), p > 0 ? batteries[p - 1] : 0);
            cooling[p] = phase.cooling();
            for (Map.Entry<String, Long> g : phase.gpus().entrySet()) {
                long added = Math.max(0, g.getValue() - before.getOrDefault(g.getKey(), 0L));
                addedGpus[p] += added;
                GpuPrice price = prices.gpus().get(g.getKey());
                if (price == null) {
                    note(g.getKey() + " (GPUs)");
                } else {
                    idlePerDay[p] += added * IdleGpuHour.perDay(price, e);
                    PowerCap cap = inputs.equipment().powerCaps().get(g.getKey());
                    if (cap != null) {
                        forgonePerDay[p] += g.getValue() * (1 - cap.throughputShare()) * IdleGpuHour.perDay(price, e);
                    }
                }
            }
            before = phase.gpus();
        }
        List<GridTranche> grid = inputs.grid();
        trancheDays = new long[grid.size()];
        trancheMw = new double[grid.size()];
        trancheCost = new double[grid.size()];
        double previousMw = 0;
        for (int i = 0; i < grid.size(); i++) {
            GridTranche t = grid.get(i);
            trancheDays[i] = t.from().toEpochDay();
            trancheMw[i] = t.firm().mw();
            Money written = e.interconnection().get(t.namingDate());
            trancheCost[i] = written != null ? written.amount()
                    : Math.max(0, trancheMw[i] - previousMw) * 1000 * e.interconnectionPerKw().amount();
            previousMw = Math.max(previousMw, trancheMw[i]);
        }
        options = inputs.futureSupply().stream().filter(SupplyOption::servesPhases).toList();
        optionPerMwh = new double[options.size()];
        optionDays = options.stream().mapToLong(o -> o.earliest().toEpochDay()).toArray();
        for (int i = 0; i < options.size(); i++) {
            SupplyOption o = options.get(i);
            optionPerMwh[i] = o.kind() == SupplyKind.GRID ? e.gridEnergyPerMwh().amount()
                    : e.supplyPerMwh().getOrDefault(o.name(), e.defaultSupplyPerMwh()).amount();
        }

        generator = inputs.equipment().generators().model();
        GeneratorPrice g = prices.generators().get(generator.id());
        if (g == null) {
            note(generator.id() + " (generators)");
        }
        double gf = g == null ? 0 : e.factorFor(g.basis());
        double ratedKw = generator.rated().kw();
        generatorVariablePerMwh = g == null ? 0 : g.variableOmPerMwh().amount() * gf;
        generators = new Fleet(0, "generators", generator.id(), g != null && g.rentable() && generator.leadTime().rentable()
                ? g.rentPerMonth().amount() * gf / DAYS_PER_MONTH : null,
                g == null ? 0 : (g.purchasePerKw().amount() + g.installPerKw().amount()) * gf * ratedKw,
                g == null ? 0 : g.fixedOmPerKwYear().amount() * gf * ratedKw / DAYS_PER_YEAR,
                g == null ? 1 : g.lifeYears() * DAYS_PER_YEAR, false,
                CostItem.GENERATOR_RENT, CostItem.GENERATOR_PURCHASE, CostItem.GENERATOR_UPKEEP);

        var batteryModel = inputs.equipment().batteries().model();
        BatteryPrice b = prices.batteries().get(batteryModel.id());
        if (b == null && batteries[n - 1] > 0) {
            note(batteryModel.id() + " (batteries)");
        }
        double bf = b == null ? 0 : e.factorFor(b.basis());
        batteryBank = new Fleet(1, "batteries", batteryModel.id(), null,
                b == null ? 0 : b.purchasePerKwh().amount() * bf * batteryModel.energy().wattHours() / 1e3,
                b == null ? 0 : b.fixedOmPerKwYear().amount() * bf * batteryModel.power().kw() / DAYS_PER_YEAR,
                b == null ? 1 : b.lifeYears() * DAYS_PER_YEAR, true,
                null, CostItem.BATTERY_PURCHASE, CostItem.BATTERY_UPKEEP);

        CoolingModel coolingModel = inputs.equipment().cooling().model();
        CoolingPrice c = prices.cooling().get(coolingModel.id());
        if (c == null) {
            note(coolingModel.id() + " (cooling)");
        }
        double cf = c == null ? 0 : e.factorFor(c.basis());
        chillers = new Fleet(2, "cooling", coolingModel.id(), c != null && coolingModel.rental() && c.rentPerMonth() != null
                ? c.rentPerMonth().amount() * cf / DAYS_PER_MONTH : null,
                c == null ? 0 : (c.purchase().amount() + c.install().amount()) * cf,
                c == null ? 0 : c.fixedOmPerYear().amount() * cf / DAYS_PER_YEAR,
                c == null ? 1 : c.lifeYears() * DAYS_PER_YEAR, false,
                CostItem.COOLING_RENT, CostItem.COOLING_PURCHASE, CostItem.COOLING_UPKEEP);

        gridEnergyPerMwh = e.gridEnergyPerMwh().amount();
        demandPerKwMonth = e.demandPerKwMonth().amount();
        dieselPerMmbtu = e.dieselPerMmbtu().amount();
        // worked out once: every stretch, purchase and wait of every Monte Carlo draw reads them
        double perDay = Math.pow(1 + e.discountRate(), -1 / DAYS_PER_YEAR);
        discounted = new double[(int) (end - start) + 2];
        double weight = 1;
        for (int k = 1; k < discounted.length; k++) {
            discounted[k] = discounted[k - 1] + weight;
            weight *= perDay;
        }

        TreeSet<Long> days = new TreeSet<>();
        days.add(start);
        for (long d : trancheDays) {
            days.add(d);
        }
        for (long d : optionDays) {
            days.add(d);
        }
        for (long d : installed) {
            days.add(d);
        }
        fixedDays = days.stream().filter(d -> d >= start && d < end).mapToLong(Long::longValue).toArray();
        List<Long> firsts = new ArrayList<>(List.of(start));
        for (YearMonth m = YearMonth.from(inputs.start()).plusMonths(1); m.atDay(1).toEpochDay() < end;
             m = m.plusMonths(1)) {
            firsts.add(m.atDay(1).toEpochDay());
        }
        days.addAll(firsts);
        monthFirsts = firsts.stream().mapToLong(Long::longValue).toArray();
        fixedAndMonthDays = days.stream().filter(d -> d >= start && d < end).mapToLong(Long::longValue).toArray();
    }

    private void note(String what) {
        if (!unpriced.contains(what)) {
            unpriced.add(what);
        }
    }

    /** Whether fuel is bought at the gas price (else at the diesel price, which the Monte Carlo does not draw). */
    boolean burnsGas() {
        return generator.burnsPipelineGas();
    }

    /** The rented fleets of an account, against buying them. */
    List<Rental> rentals(Account a) {
        List<Rental> rentals = new ArrayList<>();
        for (Fleet fleet : List.of(generators, chillers)) {
            Holding h = a.holding(fleet);
            if (fleet.rented() && h.most > 0) {
                rentals.add(new Rental(fleet.equipment(), fleet.model(), names[h.mostPhase], h.most,
                        h.unitDays / DAYS_PER_MONTH, Money.of(fleet.rentPerDay() * DAYS_PER_MONTH),
                        Money.of(fleet.capexPerUnit())));
            }
        }
        return rentals;
    }

    /**
     * Equipment a plan rents or buys, its prices per unit and the items its costs go to.
     *
     * @param slot       where an account keeps how the fleet stands (0, 1, 2)
     * @param rentPerDay one unit's rent for a day, or null when the plan buys it
     * @param replaced   bought again at the end of its life within the horizon (batteries)
     */
    private record Fleet(int slot, String equipment, String model, Double rentPerDay, double capexPerUnit,
                         double fixedPerUnitDay, double lifeDays, boolean replaced, CostItem rent, CostItem purchase,
                         CostItem upkeep) {

        boolean rented() {
            return rentPerDay != null;
        }
    }

    /** How one fleet stands in one run of the account: units owned, and unit-days rented with the most at once. */
    private static final class Holding {
        int owned;
        double unitDays;
        int most;
        /** The phase in service when the most units were first rented. */
        int mostPhase;
    }

    /** A purchase, remembered for its replacement and for what is left of it at the horizon's end. */
    private record Purchase(long day, double capex, Fleet fleet) {
    }

    /** The GPUs phase {@code p} adds to those before it. */
    long addedGpus(int p) {
        return addedGpus[p];
    }

    long end() {
        return end;
    }

    /**
     * What one run of the account found: its present totals, and when asked for the detail (the report's) its
     * figures per phase, item and month; the Monte Carlo asks for totals alone, thousands of times.
     */
    static final class Account {
        final boolean detail;
        final double[][] items;
        final double[][] presentItems;
        final double[] mwh;
        final double[] presentMwh;
        final double[] gpuHours;
        final double[] presentGpuHours;
        final long[] from;
        final long[] to;
        final double[] waiting;
        final double[] presentWaiting;
        final long[] waitFrom;
        final long[] waitTo;
        final Map<YearMonth, double[]> months;
        final Map<YearMonth, Double> monthWaiting;
        double supplyPresent;
        /** The part of {@link #supplyPresent} that is fuel: in proportion to the fuel price. */
        double fuelPresent;
        double waitingPresent;
        /** What GPU power caps forgo of the compute in service, discounted (and not, for the detail). */
        double forgonePresent;
        double forgone;
        private final Holding[] holdings = {new Holding(), new Holding(), new Holding()};

        Holding holding(Fleet fleet) {
            return holdings[fleet.slot()];
        }

        Account(int n, boolean detail) {
            this.detail = detail;
            int phases = detail ? n : 0;
            int items = CostItem.values().length;
            this.items = new double[phases][items];
            this.presentItems = new double[phases][items];
            mwh = new double[phases];
            presentMwh = new double[phases];
            gpuHours = new double[phases];
            presentGpuHours = new double[phases];
            from = new long[phases];
            to = new long[phases];
            Arrays.fill(from, NEVER);
            Arrays.fill(to, NEVER);
            waiting = new double[phases];
            presentWaiting = new double[phases];
            waitFrom = new long[phases];
            waitTo = new long[phases];
            months = detail ? new java.util.TreeMap<>() : null;
            monthWaiting = detail ? new java.util.TreeMap<>() : null;
        }
    }

    /**
     * The account of a plan whose phases are ready on {@code ready} (epoch days, {@link #NEVER} for never), with gas
     * at {@code gasPerMmbtu}.
     */
    Account run(long[] ready, double gasPerMmbtu, boolean detail) {
        Account a = new Account(n, detail);
        // a phase holds the GPUs of those before it: it is in service once it or any later phase is ready
        long[] inService = new long[n];
        long soonest = NEVER;
        for (int p = n - 1; p >= 0; p--) {
            soonest = Math.min(soonest, ready[p]);
            inService[p] = soonest;
        }
        long[] changes = changeDays(detail ? fixedAndMonthDays : fixedDays, inService, start, end);
        double fuelPerMwh = (generator.burnsPipelineGas() ? gasPerMmbtu : dieselPerMmbtu)
                * generator.heatRateBtuPerKwh() / 1000;
        int phase = -1;
        int tranche = -1;
        List<Purchase> purchases = new ArrayList<>();
        // each month's highest grid draw, and the phase in service when it was first drawn
        double[] monthPeakKw = new double[monthFirsts.length];
        int[] monthPeakPhase = new int[monthFirsts.length];
        int month = 0; // the month the stretch starts in
        for (int c = 1; c < changes.length; c++) {
            long day = changes[c];
            long from = changes[c - 1];
            long days = day - from;
            while (phase + 1 < n && inService[phase + 1] <= from) {
                phase++;
            }
            while (tranche + 1 < trancheDays.length && trancheDays[tranche + 1] <= from) {
                tranche++;
            }
            int owner = Math.max(phase, 0);
            while (month + 1 < monthFirsts.length && monthFirsts[month + 1] <= from) {
                month++;
            }
            double load = phase < 0 ? 0 : facilityMw[phase];
            double grid = Math.min(load, tranche < 0 ? 0 : trancheMw[tranche]);
            double gridDraw = grid;
            double rest = load - grid;
            Stretch stretch = new Stretch(a, owner, from, days, discountSum(from, days), detail);
            for (int i = 0; i < options.size() && rest > 0; i++) {
                SupplyOption o = options.get(i);
                if (optionDays[i] <= from) {
                    double mw = Math.min(rest, o.firm().mw());
                    rest -= mw;
                    if (o.kind() == SupplyKind.GRID) {
                        gridDraw += mw;
                    }
                    stretch.add(CostItem.CONTRACTED_SUPPLY, mw * 24 * days * optionPerMwh[i]);
                }
            }
            stretch.add(CostItem.GRID_ENERGY, grid * 24 * days * gridEnergyPerMwh);
            for (int m = month; m < monthFirsts.length && monthFirsts[m] < day; m++) {
                if (gridDraw * 1000 > monthPeakKw[m]) {
                    monthPeakKw[m] = gridDraw * 1000;
                    monthPeakPhase[m] = owner;
                }
            }
            int units = unitsFor(rest);
            double generated = rest * 24 * days;
            stretch.add(CostItem.FUEL, generated * fuelPerMwh);
            stretch.add(CostItem.GENERATOR_UPKEEP, generated * generatorVariablePerMwh);
            hold(stretch, generators, units, purchases);
            hold(stretch, batteryBank, phase < 0 ? 0 : batteries[phase], purchases);
            hold(stretch, chillers, phase < 0 ? 0 : cooling[phase], purchases);
            if (phase >= 0 && forgonePerDay[phase] > 0) {
                a.forgonePresent += forgonePerDay[phase] * stretch.factor();
                a.forgone += forgonePerDay[phase] * days;
            }
            if (detail && phase >= 0) {
                a.mwh[phase] += load * 24 * days;
                a.presentMwh[phase] += load * 24 * stretch.factor();
                a.gpuHours[phase] += gpus[phase] * 24.0 * days;
                a.presentGpuHours[phase] += gpus[phase] * 24.0 * stretch.factor();
                a.from[phase] = Math.min(a.from[phase], from);
                a.to[phase] = day;
            }
        }
        for (int m = 0; m < monthFirsts.length; m++) {
            // each month's highest draw at the demand charge, paid on the month's first day in the horizon
            buy(a, monthPeakPhase[m], CostItem.GRID_DEMAND, monthPeakKw[m] * demandPerKwMonth, monthFirsts[m], detail);
        }
        for (int i = 0; i < trancheDays.length; i++) {
            if (trancheDays[i] < end) {
                long day = Math.max(trancheDays[i], start);
                buy(a, ownerOn(day, inService), CostItem.INTERCONNECTION, trancheCost[i], day, detail);
            }
        }
        replaceAndCredit(a, purchases, inService, detail);
        waiting(a, inService, detail);
        return a;
    }

    /**
     * A fleet over a stretch: {@code units} rented for its days, or bought where more are needed than are owned
     * (owned units kept up to the horizon's end, needed or not).
     */
    private void hold(Stretch stretch, Fleet fleet, int units, List<Purchase> purchases) {
        Holding h = stretch.a().holding(fleet);
        if (fleet.rented()) {
            stretch.add(fleet.rent(), units * fleet.rentPerDay() * stretch.days());
            h.unitDays += (double) units * stretch.days();
            if (units > h.most) {
                h.most = units;
                h.mostPhase = stretch.owner();
            }
        } else if (units > h.owned) {
            double capex = (units - h.owned) * fleet.capexPerUnit();
            buy(stretch.a(), stretch.owner(), fleet.purchase(), capex, stretch.from(), stretch.detail());
            purchases.add(new Purchase(stretch.from(), capex, fleet));
            h.owned = units;
        }
        stretch.add(fleet.upkeep(), h.owned * fleet.fixedPerUnitDay() * stretch.days());
    }

    /**
     * The days something changes, in order: {@code fixedDays} merged with the days phases come into service (in
     * order too, as a phase is in service once any later one is), and the horizon's end.
     */
    private static long[] changeDays(long[] fixedDays, long[] inService, long start, long end) {
        long[] days = new long[fixedDays.length + inService.length + 1];
        int n = 0;
        int f = 0;
        int s = 0;
        while (f < fixedDays.length || s < inService.length) {
            long next;
            if (s >= inService.length || (f < fixedDays.length && fixedDays[f] <= inService[s])) {
                next = fixedDays[f++];
            } else {
                next = inService[s++];
                if (next < start || next >= end) {
                    continue;
                }
            }
            if (n == 0 || days[n - 1] != next) {
                days[n++] = next;
            }
        }
        days[n++] = end;
        return java.util.Arrays.copyOf(days, n);
    }

    private int ownerOn(long day, long[] inService) {
        int owner = 0;
        for (int p = 0; p < n && inService[p] <= day; p++) {
            owner = p;
        }
        return owner;
    }

    /** Batteries bought again at the end of their life; what is left of owned equipment credited at the end. */
    private void replaceAndCredit(Account a, List<Purchase> purchases, long[] inService, boolean detail) {
        int last = ownerOn(end - 1, inService);
        for (int i = 0; i < purchases.size(); i++) {
            Purchase bought = purchases.get(i);
            double life = bought.fleet().lifeDays();
            double dies = bought.day() + life;
            if (bought.fleet().replaced() && dies < end) {
                long day = (long) Math.ceil(dies);
                buy(a, ownerOn(day, inService), bought.fleet().purchase(), bought.capex(), day, detail);
                purchases.add(new Purchase(day, bought.capex(), bought.fleet()));
                continue;
            }
            double left = Math.max(0, 1 - (end - bought.day()) / life);
            if (left > 0) {
                buy(a, last, CostItem.RESIDUAL_VALUE, -bought.capex() * left, end, detail);
            }
        }
    }

    /** Each phase's own GPUs, idle from their installation until the phase is in service (or the horizon ends). */
    private void waiting(Account a, long[] inService, boolean detail) {
        for (int p = 0; p < n; p++) {
            long from = Math.max(installed[p], start);
            long to = Math.min(inService[p], end);
            if (detail) {
                a.waitFrom[p] = from;
                a.waitTo[p] = Math.max(from, to);
            }
            if (to <= from || idlePerDay[p] == 0) {
                continue;
            }
            long days = to - from;
            double present = idlePerDay[p] * discountSum(from, days);
            a.waitingPresent += present;
            if (detail) {
                a.waiting[p] = idlePerDay[p] * days;
                a.presentWaiting[p] = present;
                for (long d = from; d < to; ) {
                    YearMonth m = YearMonth.from(LocalDate.ofEpochDay(d));
                    long next = Math.min(to, m.plusMonths(1).atDay(1).toEpochDay());
                    a.monthWaiting.merge(m, idlePerDay[p] * (next - d), Double::sum);
                    d = next;
                }
            }
        }
    }

    /** Days on which every daily cost is the same, owned by one phase; {@code factor} is its discounted days. */
    private record Stretch(Account a, int owner, long from, long days, double factor, boolean detail) {

        /** A cost spread evenly over the stretch: {@code amount} in all. */
        void add(CostItem item, double amount) {
            if (amount == 0) {
                return;
            }
            double present = amount / days * factor;
            a.supplyPresent += present;
            if (item == CostItem.FUEL) {
                a.fuelPresent += present;
            }
            if (detail) {
                a.items[owner][item.ordinal()] += amount;
                a.presentItems[owner][item.ordinal()] += present;
                monthly(a, item, amount, from);
            }
        }
    }

    /** A cost paid on one day. */
    private void buy(Account a, int owner, CostItem item, double amount, long day, boolean detail) {
        if (amount == 0) {
            return;
        }
        double present = amount * weight(day);
        a.supplyPresent += present;
        if (detail) {
            a.items[owner][item.ordinal()] += amount;
            a.presentItems[owner][item.ordinal()] += present;
            monthly(a, item, amount, Math.min(day, end - 1));
        }
    }

    private static void monthly(Account a, CostItem item, double amount, long day) {
        YearMonth m = YearMonth.from(LocalDate.ofEpochDay(day));
        a.months.computeIfAbsent(m, k -> new double[CostItem.Supply.values().length])[item.supply().ordinal()] += amount;
    }

    /** The sum of the discount factors of {@code days} days from {@code from}. */
    private double discountSum(long from, long days) {
        return discounted[(int) (from - start + days)] - discounted[(int) (from - start)];
    }

    /** The discount factor of one day of the horizon (its end included). */
    private double weight(long day) {
        int k = (int) (day - start);
        return discounted[k + 1] - discounted[k];
    }

    /** Generator units that carry {@code mw} as the plan sizes a fleet (derated, with spares); remembered by need. */
    private int unitsFor(double mw) {
        if (mw <= 0) {
            return 0;
        }
        if (mw != lastNeed) {
            lastUnits = unitsByNeed.computeIfAbsent(Double.doubleToLongBits(mw), k -> GeneratorSizing
                    .size(Power.mw(mw), inputs.equipment().generators(), inputs.ambient()).units());
            lastNeed = mw;
        }
        return lastUnits;
    }
}
