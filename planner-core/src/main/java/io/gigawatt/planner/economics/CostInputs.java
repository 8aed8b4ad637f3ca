package io.gigawatt.planner.economics;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.timeline.SupplyOption;
import io.gigawatt.planner.units.Temperature;
import java.time.LocalDate;
import java.util.List;

/**
 * What the cost model reads of a scenario: prices and money (economics, the catalogue's prices), and the supply it
 * prices (grid tranches, future supply that serves the phases, the generator, battery and cooling choices).
 *
 * @param start the build start: costs are counted from it, and discounted to it
 */
public record CostInputs(EconomicsInput economics, Catalogue catalogue, Equipment equipment, Temperature ambient,
                         List<GridTranche> grid, List<SupplyOption> futureSupply, LocalDate start) {

    public CostInputs {
        grid = List.copyOf(grid);
        futureSupply = List.copyOf(futureSupply);
    }
}
