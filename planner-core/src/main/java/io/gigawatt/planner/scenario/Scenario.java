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

    /**
     * The same build plan at another site: its site, its grid and the generator choice (which carries the air
     * permit's caps) replaced; used to evaluate one plan at each candidate site.
     */
    public Scenario atSite(Site otherSite, List<GridTranche> otherGrid, Equipment otherEquipment) {
        return new Scenario(name, file, otherSite, facility, otherGrid, build, otherEquipment, targets, catalogue,
                policyFile);
    }
}
