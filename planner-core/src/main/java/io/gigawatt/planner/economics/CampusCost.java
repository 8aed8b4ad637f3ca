package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a plan costs from the build start to the horizon's end: its supply by item and by phase, what its waiting
 * GPUs cost, the remedies the timeline found priced, and the Monte Carlo's spread.
 *
 * @param items          the supply's costs by item, not discounted
 * @param total          their sum
 * @param present        their sum discounted to the build start (net present cost)
 * @param waitingTotal   what waiting GPUs cost, not discounted
 * @param waitingPresent the same, discounted
 * @param forgoneTotal   what GPU power caps forgo of the compute in service (its GPU-hours valued as waiting GPUs'
 *                       are), not discounted; zero without caps
 * @param forgonePresent the same, discounted
 * @param delivered      the energy the campus draws
 * @param perMwh         levelized: the supply's present cost per discounted MWh drawn, or null when none is
 * @param perGpuHour     levelized: per discounted GPU-hour in service, or null when none is
 * @param risk           the Monte Carlo's spread of present cost (supply and waiting), or null without one
 * @param rentals        the rented fleets, against buying them
 * @param unpriced       the models in use without prices, whose costs are left out ("smt-xyz (generators)")
 */
public record CampusCost(EconomicsInput economics, LocalDate from, LocalDate to, List<PhaseCost> phases,
                         Map<CostItem, Money> items, Money total, Money present, Money waitingTotal,
                         Money waitingPresent, Money forgoneTotal, Money forgonePresent, Energy delivered, Money perMwh, Money perGpuHour,
                         List<PricedAlternative> alternatives, List<MonthCost> months, CostRange risk,
                         List<Rental> rentals, List<String> unpriced) {

    public CampusCost {
        phases = List.copyOf(phases);
        EnumMap<CostItem, Money> copy = new EnumMap<>(CostItem.class);
        copy.putAll(items);
        items = Collections.unmodifiableMap(copy);
        alternatives = List.copyOf(alternatives);
        months = List.copyOf(months);
        rentals = List.copyOf(rentals);
        unpriced = List.copyOf(unpriced);
    }

    public String currency() {
        return economics.currency();
    }

    /** Supply, waiting and the compute power caps forgo together, discounted: what the plan costs its owner. */
    public Money presentWithWaiting() {
        return present.plus(waitingPresent).plus(forgonePresent);
    }

    /**
     * What a MWh from the grid costs a load that draws steadily all month: the energy charge and the demand charge
     * spread over the month's hours. The yardstick for a phase's cost per MWh.
     */
    public Money gridPerMwh() {
        return economics.gridEnergyPerMwh().plus(economics.demandPerKwMonth().times(1000 * 12 / (24 * 365.25)));
    }

    /** The priced alternatives of one phase. */
    public List<PricedAlternative> alternativesOf(int phase) {
        return alternatives.stream().filter(a -> a.phase() == phase).toList();
    }
}
