package io.gigawatt.planner.siting;

import io.gigawatt.planner.units.GasFlow;
import java.time.LocalDate;

/**
 * The gas a candidate site can take from a pipeline for its generators.
 *
 * @param capacity      what the pipeline or lateral delivers a day
 * @param availableFrom the first day it delivers, or null when it does already
 * @param note          where the gas comes from, in the planner's words
 */
public record GasSupply(GasFlow capacity, LocalDate availableFrom, String note) {

    /** A site with no pipeline gas. */
    public static final GasSupply NONE = new GasSupply(GasFlow.ZERO, null, "no pipeline gas");
}
