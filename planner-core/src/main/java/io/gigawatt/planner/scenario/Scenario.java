package io.gigawatt.planner.scenario;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.decisions.Decisions;
import io.gigawatt.planner.economics.CostInputs;
import io.gigawatt.planner.economics.EconomicsInput;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.demand.Build;
import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.swing.SwingSettings;
import io.gigawatt.planner.targets.Target;
import io.gigawatt.planner.timeline.CampusInputs;
import io.gigawatt.planner.timeline.TimelineInput;
import java.nio.file.Path;
import java.util.List;

/**
 * Everything a planner wrote about one campus, validated, with catalogue models resolved (and any figures
 * the scenario overrode already applied to {@link #catalogue()}).
 *
 * @param policyFile the policy file the scenario names (resolved against the scenario's folder), or null
 * @param timeline   what the scenario says about dates (orders, installation, permits, future supply, risk), or
 *                   null when it has no {@code timeline:} section and no timeline is computed
 * @param swing      the workload to simulate, the utility's limits and the mitigations, or null when the scenario
 *                   has no {@code workload:} section
 * @param economics  what energy, money and time are worth: the {@code economics:} section, defaulted where absent
 * @param decisions  what {@code planner plan} may change and within which bounds (the {@code decisions:} section)
 * @param curtailableShare the share of the campus's load its workload can shed in a curtailment event (GPU power
 *                   caps, jobs paused at checkpoints): {@code grid.curtailableShare}, the measured 6.35% by default
 */
public record Scenario(String name, String file, Site site, Facility facility, List<GridTranche> grid, Build build,
                       Equipment equipment, List<Target> targets, Catalogue catalogue, Path policyFile,
                       TimelineInput timeline, SwingSettings swing, EconomicsInput economics,
                       Decisions decisions, double curtailableShare) {

    public Scenario {
        grid = List.copyOf(grid);
        targets = List.copyOf(targets);
    }

    /** The grid's firm supply over time, from the scenario's tranches. */
    public GridSupply gridSupply() {
        return new GridSupply(grid);
    }

    /** What the timeline reads of this scenario (which has a timeline section). */
    public CampusInputs timelineInputs() {
        return new CampusInputs(build, catalogue, facility, gridSupply(), equipment, site.designAmbient(), targets,
                timeline);
    }

    /** What the cost model reads of this scenario. */
    public CostInputs costInputs() {
        return new CostInputs(economics, catalogue, equipment, site.designAmbient(), grid,
                timeline == null ? List.of() : timeline.futureSupply(), build.start());
    }

    /** This scenario with another timeline section (a different number of Monte Carlo draws, say). */
    public Scenario withTimeline(TimelineInput changed) {
        return new Scenario(name, file, site, facility, grid, build, equipment, targets, catalogue, policyFile, changed,
                swing, economics, decisions, curtailableShare);
    }

    /** This scenario with other swing settings (a variation made in memory). */
    public Scenario withSwing(SwingSettings other) {
        return new Scenario(name, file, site, facility, grid, build, equipment, targets, catalogue, policyFile, timeline,
                other, economics, decisions, curtailableShare);
    }

    /**
     * The same build plan at another site: its site, its grid and the generator choice (which carries the air
     * permit's caps) replaced; used to evaluate one plan at each candidate site.
     */
    public Scenario atSite(Site otherSite, List<GridTranche> otherGrid, Equipment otherEquipment) {
        return new Scenario(name, file, otherSite, facility, otherGrid, build, otherEquipment, targets, catalogue,
                policyFile, timeline, swing, economics, decisions, curtailableShare);
    }
}
