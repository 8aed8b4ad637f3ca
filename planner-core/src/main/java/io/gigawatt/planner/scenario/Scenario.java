package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.Catalogue;
import java.util.List;

/**
 * Everything a planner wrote about one campus, validated, with catalogue models resolved (and any figures
 * the scenario overrode already applied to {@link #catalogue()}).
 */
public record Scenario(String name, String file, Site site, Facility facility, List<GridTranche> grid, Build build,
                       Equipment equipment, List<Target> targets, Catalogue catalogue) {

    public Scenario {
        grid = List.copyOf(grid);
        targets = List.copyOf(targets);
    }
}
