package io.gigawatt.planner.catalogue;

/**
 * How a catalogue entry's prices are stated: in which currency, at which year's prices, and where each price came
 * from (the entry's {@code sources:} under the price's own key, or the scenario line that changed it).
 */
public record PriceBasis(String currency, int year, Sources sources) {
}
