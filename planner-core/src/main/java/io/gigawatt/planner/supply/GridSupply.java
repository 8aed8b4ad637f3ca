package io.gigawatt.planner.supply;

import io.gigawatt.planner.scenario.GridTranche;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.List;

/** The utility's firm supply over time, from the scenario's tranches. */
public final class GridSupply {

    private GridSupply() {
    }

    /** The firm grid power on {@code day}: the level of the latest tranche dated on or before it, else zero. */
    public static Power firmOn(List<GridTranche> tranches, LocalDate day) {
        Power firm = Power.ZERO;
        for (GridTranche tranche : tranches) {
            if (tranche.date().isAfter(day)) {
                break;
            }
            firm = tranche.firm();
        }
        return firm;
    }
}
