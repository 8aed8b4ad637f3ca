package io.gigawatt.planner.siting;

import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Temperature;
import io.gigawatt.planner.units.WaterFlow;
import java.util.List;

/**
 * One candidate site for a build plan, as a site file describes it: the halls, the land beside them for
 * generators and batteries, the grid the utility offers and when, the gas, the water, the air permit and the
 * design-day heat. Inserted as a fact in a siting run ({@code CandidateSite( land.acres < 20 )}).
 *
 * @param number        1 for the first site in the file
 * @param land          land for on-site generators and batteries
 * @param substationKm  distance to the substation that would feed the site, or null when not stated
 * @param grid          the firm grid the utility offers, as levels from dates on
 * @param water         water the site can draw a day for cooling
 * @param designAmbient the hot-day air temperature generators and chillers are sized for
 */
public record CandidateSite(int number, String name, String location, Temperature designAmbient, Building building,
                            Area land, Double substationKm, List<GridTranche> grid, GasSupply gas, WaterFlow water,
                            AirPermit airPermit) {

    public CandidateSite {
        grid = List.copyOf(grid);
    }
}
