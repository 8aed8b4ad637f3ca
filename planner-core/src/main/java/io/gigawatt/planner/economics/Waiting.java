package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;
import java.time.LocalDate;

/**
 * What a phase's GPUs cost while they wait for power or cooling.
 *
 * @param gpus    the GPUs the phase adds, idle from {@code from} to {@code to}
 * @param perDay  what a day of their wait costs
 * @param total   what the whole wait costs within the horizon
 * @param present the same, discounted to the build start
 */
public record Waiting(long gpus, LocalDate from, LocalDate to, long days, Money perDay, Money total, Money present) {

    public static Waiting none(long gpus) {
        return new Waiting(gpus, null, null, 0, Money.ZERO, Money.ZERO, Money.ZERO);
    }
}
