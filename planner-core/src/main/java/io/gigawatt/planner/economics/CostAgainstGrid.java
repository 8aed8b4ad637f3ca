package io.gigawatt.planner.economics;

import io.gigawatt.planner.units.Money;
import java.util.List;

/**
 * What a MWh costs a phase in service against what the same MWh would cost from the grid
 * ({@link CampusCost#gridPerMwh()}: the energy charge and the demand charge of a steady load).
 *
 * @param phase     the phase's number
 * @param phaseName the phase's name
 * @param perMwh    the phase's supply cost per MWh the campus draws ({@link PhaseCost#perMwh()})
 * @param gridPerMwh the grid's
 */
public record CostAgainstGrid(int phase, String phaseName, Money perMwh, Money gridPerMwh) {

    /** How many times the grid's cost a MWh costs the phase: above 1 dearer than the grid. */
    public double ratio() {
        return perMwh.amount() / gridPerMwh.amount();
    }

    /** One for each phase that draws energy within the horizon, when the grid's MWh costs anything. */
    public static List<CostAgainstGrid> of(CampusCost costs) {
        Money grid = costs.gridPerMwh();
        if (!grid.isAbove(Money.ZERO)) {
            return List.of();
        }
        return costs.phases().stream().filter(p -> p.perMwh() != null)
                .map(p -> new CostAgainstGrid(p.number(), p.name(), p.perMwh(), grid)).toList();
    }
}
