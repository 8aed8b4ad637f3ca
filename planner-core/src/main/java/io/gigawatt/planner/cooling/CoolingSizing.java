package io.gigawatt.planner.cooling;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.units.Power;

/** Sizes cooling: the IT heat load plus a margin, in whole units of the chosen model. */
public final class CoolingSizing {

    private CoolingSizing() {
    }

    public static CoolingPlan size(Power itPower, Equipment.Cooling choice) {
        Power required = itPower.times(1 + choice.margin());
        int units = (int) Math.ceil(required.watts() / choice.model().capacity().watts() - 1e-9);
        return new CoolingPlan(choice.model(), itPower, choice.margin(), required, Math.max(units, 0),
                choice.rentalMarketUnits());
    }
}
