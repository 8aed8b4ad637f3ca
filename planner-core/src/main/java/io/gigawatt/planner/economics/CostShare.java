package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One item's share of what a phase spends on its supply: "fuel is 52% of Doubling's spending, its largest item".
 * Spending is the sum of the items that cost something; the value left in owned equipment at the horizon's end is not
 * spent, so it does not shrink the whole that shares are taken of.
 *
 * @param phase     the phase's number
 * @param phaseName the phase's name
 * @param amount    what the item costs in the phase, not discounted
 * @param spending  what the phase spends on all its items
 * @param largest   whether no other item of the phase costs more
 */
public record CostShare(int phase, String phaseName, CostItem item, Money amount, Money spending, boolean largest) {

    /** The item's part of the spending, 0 to 1. */
    public double share() {
        return amount.amount() / spending.amount();
    }

    /** A share for each item a phase spends something on, in the items' order. */
    public static List<CostShare> of(PhaseCost phase) {
        Money spending = Money.ZERO;
        Money most = Money.ZERO;
        for (Money amount : phase.items().values()) {
            if (amount.isAbove(Money.ZERO)) {
                spending = spending.plus(amount);
                most = amount.isAbove(most) ? amount : most;
            }
        }
        List<CostShare> shares = new ArrayList<>();
        for (Map.Entry<CostItem, Money> item : phase.items().entrySet()) {
            if (item.getValue().isAbove(Money.ZERO)) {
                shares.add(new CostShare(phase.number(), phase.name(), item.getKey(), item.getValue(), spending,
                        !most.isAbove(item.getValue())));
            }
        }
        return shares;
    }
}
