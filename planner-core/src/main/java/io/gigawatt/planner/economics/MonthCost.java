package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One month's costs by supply, and what waiting GPUs cost in it (not discounted): the report's chart. */
public record MonthCost(YearMonth month, Map<CostItem.Supply, Money> bySupply, Money waiting) {

    public MonthCost {
        EnumMap<CostItem.Supply, Money> copy = new EnumMap<>(CostItem.Supply.class);
        copy.putAll(bySupply);
        bySupply = Collections.unmodifiableMap(copy);
    }
}
