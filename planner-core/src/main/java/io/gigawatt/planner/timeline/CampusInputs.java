package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.demand.Build;
import io.gigawatt.planner.demand.Facility;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.targets.Target;
import io.gigawatt.planner.units.Temperature;
import java.util.List;

/**
 * What the timeline reads of a campus: the build plan (with the catalogue its GPU ids name), the facility, the
 * grid, the equipment chosen and the hot day it is sized for, the targets and the {@code timeline:} section.
 */
public record CampusInputs(Build build, Catalogue catalogue, Facility facility, GridSupply grid, Equipment equipment,
                           Temperature designAmbient, List<Target> targets, TimelineInput timeline) {

    public CampusInputs {
        targets = List.copyOf(targets);
    }

    /** The same campus with another grid (its flexible tranches taken firm, say). */
    public CampusInputs withGrid(GridSupply other) {
        return new CampusInputs(build, catalogue, facility, other, equipment, designAmbient, targets, timeline);
    }

    /** The same campus with another timeline section (a different number of Monte Carlo draws, say). */
    public CampusInputs withTimeline(TimelineInput other) {
        return new CampusInputs(build, catalogue, facility, grid, equipment, designAmbient, targets, other);
    }
}
