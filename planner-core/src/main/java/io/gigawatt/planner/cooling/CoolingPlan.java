package io.gigawatt.planner.cooling;

import io.gigawatt.planner.catalogue.CoolingModel;
import io.gigawatt.planner.units.Power;

/**
 * Cooling for one phase.
 *
 * @param heat              heat to reject: all IT power ends as heat
 * @param required          heat plus the planner's margin
 * @param rentalMarketUnits the planner's estimate of this model's rentable fleet, or null
 */
public record CoolingPlan(CoolingModel model, Power heat, double margin, Power required, int units,
                          Integer rentalMarketUnits) {

    /** Share of the rentable fleet this phase takes, or null when the unit is not rented or the market unknown. */
    public Double marketShare() {
        return model.rental() && rentalMarketUnits != null ? (double) units / rentalMarketUnits : null;
    }
}
