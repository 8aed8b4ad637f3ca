package io.gigawatt.planner.economics;

import io.gigawatt.planner.timeline.Alternative;
import io.gigawatt.planner.timeline.ReadyDraws;
import io.gigawatt.planner.timeline.Spread;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;

/**
 * What a plan costs: its supply day by day over the horizon ({@link Ledger}), by item and phase; what its GPUs cost
 * while they wait; each of the timeline's remedies priced by running the account again with the phase ready on the
 * remedy's date; and, with a Monte Carlo, the present cost of each draw's dates at a drawn gas price.
 */
public final class CostModel {

    /** Added to the Monte Carlo's seed for the gas price's draws, so they never change the timeline's own draws. */
    static final long GAS_SEED_OFFSET = 0x9E3779B97F4A7C15L;

    private CostModel() {
    }

    /** The plan's costs; {@code draws} is the timeline's Monte Carlo, or null without one. */
    public static CampusCost cost(CostInputs inputs, List<CostPhase> phases, ReadyDraws draws) {
        Ledger ledger = new Ledger(inputs, phases);
        EconomicsInput economics = inputs.economics();
        long[] ready = readyDays(phases);
        double gas = economics.gasPerMmbtu().likely();
        Ledger.Account base = ledger.run(ready, gas, true);

        List<PhaseCost> phaseCosts = new ArrayList<>();
        EnumMap<CostItem, Money> items = new EnumMap<>(CostItem.class);
        double total = 0;
        double waitingTotal = 0;
        double mwh = 0;
        double presentMwh = 0;
        double presentGpuHours = 0;
        for (int p = 0; p < phases.size(); p++) {
            CostPhase phase = phases.get(p);
            EnumMap<CostItem, Money> own = new EnumMap<>(CostItem.class);
            double phaseTotal = 0;
            double phasePresent = 0;
            for (CostItem item : CostItem.values()) {
                double amount = base.items[p][item.ordinal()];
                if (amount != 0) {
                    own.put(item, Money.of(amount));
                    items.merge(item, Money.of(amount), Money::plus);
                }
                phaseTotal += amount;
                phasePresent += base.presentItems[p][item.ordinal()];
            }
            total += phaseTotal;
            waitingTotal += base.waiting[p];
            mwh += base.mwh[p];
            presentMwh += base.presentMwh[p];
            presentGpuHours += base.presentGpuHours[p];
            long days = base.from[p] == Ledger.NEVER ? 0 : base.to[p] - base.from[p];
            phaseCosts.add(new PhaseCost(phase.number(), phase.name(), date(base.from[p]), date(base.to[p]), days, own,
                    Money.of(phaseTotal), Money.of(phasePresent), Energy.mwh(base.mwh[p]), base.gpuHours[p],
                    waiting(base, p, ledger.addedGpus(p))));
        }
        Money present = Money.of(base.supplyPresent);
        return new CampusCost(economics, inputs.start(), LocalDate.ofEpochDay(ledger.end()), phaseCosts, items,
                Money.of(total), present, Money.of(waitingTotal), Money.of(base.waitingPresent), Money.of(base.forgone),
                Money.of(base.forgonePresent), Energy.mwh(mwh),
                presentMwh > 0 ? present.times(1 / presentMwh) : null,
                presentGpuHours > 0 ? present.times(1 / presentGpuHours) : null,
                alternatives(ledger, phases, ready, gas, base), months(base), risk(ledger, economics, draws, phases.size()),
                ledger.rentals(base), ledger.unpriced);
    }

    private static long[] readyDays(List<CostPhase> phases) {
        long[] ready = new long[phases.size()];
        for (int p = 0; p < ready.length; p++) {
            LocalDate day = phases.get(p).ready();
            ready[p] = day == null ? Ledger.NEVER : day.toEpochDay();
        }
        return ready;
    }

    private static Waiting waiting(Ledger.Account a, int p, long gpus) {
        long days = a.waitTo[p] - a.waitFrom[p];
        if (days <= 0 || a.waiting[p] == 0) {
            return Waiting.none(gpus);
        }
        return new Waiting(gpus, date(a.waitFrom[p]), date(a.waitTo[p]), days, Money.of(a.waiting[p] / days),
                Money.of(a.waiting[p]), Money.of(a.presentWaiting[p]));
    }

    /** Each remedy: the account run again with its phase ready on the remedy's date. */
    private static List<PricedAlternative> alternatives(Ledger ledger, List<CostPhase> phases, long[] ready, double gas,
                                                        Ledger.Account base) {
        List<PricedAlternative> priced = new ArrayList<>();
        for (int p = 0; p < phases.size(); p++) {
            for (Alternative alternative : phases.get(p).alternatives()) {
                long[] sooner = ready.clone();
                sooner[p] = alternative.ready().toEpochDay();
                Ledger.Account with = ledger.run(sooner, gas, false);
                priced.add(new PricedAlternative(phases.get(p).number(), phases.get(p).name(), alternative,
                        Money.of(with.supplyPresent - base.supplyPresent),
                        Money.of(base.waitingPresent - with.waitingPresent)));
            }
        }
        return priced;
    }

    private static List<MonthCost> months(Ledger.Account a) {
        List<MonthCost> months = new ArrayList<>();
        java.util.TreeSet<YearMonth> all = new java.util.TreeSet<>(a.months.keySet());
        all.addAll(a.monthWaiting.keySet());
        for (YearMonth m : all) {
            double[] bySupply = a.months.getOrDefault(m, new double[CostItem.Supply.values().length]);
            Map<CostItem.Supply, Money> costs = new EnumMap<>(CostItem.Supply.class);
            for (CostItem.Supply s : CostItem.Supply.values()) {
                costs.put(s, Money.of(bySupply[s.ordinal()]));
            }
            months.add(new MonthCost(m, costs, Money.of(a.monthWaiting.getOrDefault(m, 0.0))));
        }
        return months;
    }

    /**
     * Each draw's ready days and a gas price drawn from its spread (seeded apart from the timeline's draws). Draws
     * often share their dates, and a plan's cost is in proportion to the gas price in its fuel alone: each set of
     * dates is priced once, at a gas price of 1, and each draw then scales its fuel.
     */
    private static CostRange risk(Ledger ledger, EconomicsInput economics, ReadyDraws draws, int phases) {
        if (draws == null || draws.draws() == 0) {
            return null;
        }
        Spread.Sampler gas = economics.gasPerMmbtu().sampler(new Well19937c(draws.seed() + GAS_SEED_OFFSET));
        Map<LongBuffer, double[]> byDates = new HashMap<>();
        double[] costs = new double[draws.draws()];
        for (int d = 0; d < costs.length; d++) {
            long[] ready = new long[phases];
            for (int p = 0; p < phases; p++) {
                ready[p] = draws.readyDay(p, d);
            }
            double[] parts = byDates.computeIfAbsent(LongBuffer.wrap(ready), dates -> {
                Ledger.Account a = ledger.run(dates.array(), 1, false);
                return new double[] {a.supplyPresent - a.fuelPresent + a.waitingPresent + a.forgonePresent,
                        a.fuelPresent};
            });
            double price = gas.sample();
            costs[d] = parts[0] + (ledger.burnsGas() ? price : 1) * parts[1];
        }
        Arrays.sort(costs);
        return new CostRange(percentile(costs, 10), percentile(costs, 50), percentile(costs, 90), costs.length);
    }

    /** Nearest rank, as the timeline's date ranges take it. */
    private static Money percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Money.of(sorted[Math.max(rank, 1) - 1]);
    }

    private static LocalDate date(long epochDay) {
        return epochDay == Ledger.NEVER ? null : LocalDate.ofEpochDay(epochDay);
    }
}
