package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;

/** The equipment choices for on-site supply and cooling. */
public record Equipment(Generators generators, Batteries batteries, Cooling cooling) {

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
