package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.Catalogue;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a planner wrote about one campus, validated, with catalogue models resolved (and any figures
 * the scenario overrode already applied to {@link #catalogue()}).
 *
 * @param policyFile the policy file the scenario names (resolved against the scenario's folder), or null
 */
public record Scenario(String name, String file, Site site, Facility facility, List<GridTranche> grid, Build build,
                       Equipment equipment, List<Target> targets, Catalogue catalogue, Path policyFile) {

    public Scenario {
        grid = List.copyOf(grid);
        targets = List.copyOf(targets);
    }
}
