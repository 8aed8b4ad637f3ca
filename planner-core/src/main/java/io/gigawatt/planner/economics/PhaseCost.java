package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What supplying one phase costs while it is the campus in service (from its ready day to the next phase's, or the
 * horizon's end), and what its GPUs cost while they wait. Costs before the first phase is in service (a tranche's
 * connection, say) count toward the first.
 *
 * @param items     the phase's costs by item, not discounted
 * @param total     their sum
 * @param present   their sum discounted to the build start
 * @param delivered the energy the campus draws in the period
 * @param gpuHours  the GPU-hours in service in the period
 * @param waiting   what its own GPUs cost while they wait
 */
public record PhaseCost(int number, String name, LocalDate from, LocalDate to, long days, Map<CostItem, Money> items,
                        Money total, Money present, Energy delivered, double gpuHours, Waiting waiting) {

    public PhaseCost {
        EnumMap<CostItem, Money> copy = new EnumMap<>(CostItem.class);
        copy.putAll(items);
        items = Collections.unmodifiableMap(copy);
    }

    /** The supply's cost per MWh the campus draws in the period, or null when it draws none. */
    public Money perMwh() {
        return delivered.mwh() > 0 ? total.times(1 / delivered.mwh()) : null;
    }

    /** The supply's cost per GPU-hour in service, or null when none is. */
    public Money perGpuHour() {
        return gpuHours > 0 ? total.times(1 / gpuHours) : null;
    }

    /** What a day in service costs on average, or null for a phase never in service within the horizon. */
    public Money perDay() {
        return days > 0 ? total.times(1.0 / days) : null;
    }
}
