package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Money;

/**
 * What a GPU costs and what its time is worth.
 *
 * @param purchase       the price of one GPU as installed (its share of the server, rack and network)
 * @param rentPerGpuHour what the market pays for one GPU-hour of it: the value an idle GPU forgoes
 */
public record GpuPrice(Money purchase, Money rentPerGpuHour, PriceBasis basis) {
}
