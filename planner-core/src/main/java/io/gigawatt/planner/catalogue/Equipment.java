package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The equipment choices for on-site supply and cooling, and the power caps set on GPUs.
 *
 * @param powerCaps the caps by GPU model id ({@code equipment.gpus}); a model without one runs at its TDP
 */
public record Equipment(Generators generators, Batteries batteries, Cooling cooling, Map<String, PowerCap> powerCaps) {

    /**
     * How a fleet of generators or cooling units is got ({@code acquire:}): rented where its model can be rented
     * (the default), or bought; a bought fleet's model is the catalogue's without its rental route.
     */
    public static final String RENT = "rent";
    public static final String BUY = "buy";
    public static final List<String> ACQUISITIONS = List.of(RENT, BUY);

    public Equipment {
        powerCaps = Collections.unmodifiableMap(new LinkedHashMap<>(powerCaps));
    }

    /** Equipment without power caps. */
    public Equipment(Generators generators, Batteries batteries, Cooling cooling) {
        this(generators, batteries, cooling, Map.of());
    }

    /**
     * @param redundancy     spare units beyond those that carry the load (N+k)
     * @param confidence     probability with which the running units must be available despite forced outages
     * @param permitCapUnits air-permit limit on units, or null when no permit limits the fleet
     * @param permitCapMw    air-permit limit on rated capacity, or null
     * @param rentalMarketUnits the planner's estimate of units of this model for rent in the market, or null
     */
    public record Generators(GeneratorModel model, int redundancy, double confidence, Integer permitCapUnits,
                             Power permitCapMw, Integer rentalMarketUnits) {

        /** A choice that says nothing of the rental market. */
        public Generators(GeneratorModel model, int redundancy, double confidence, Integer permitCapUnits,
                          Power permitCapMw) {
            this(model, redundancy, confidence, permitCapUnits, permitCapMw, null);
        }
    }

    public record Batteries(BatteryModel model) {
    }

    /**
     * @param margin             extra cooling beyond the heat load, as a share of it
     * @param rentalMarketUnits  the planner's estimate of units of this model for rent in the market, or null
     */
    public record Cooling(CoolingModel model, double margin, Integer rentalMarketUnits) {
    }
}
