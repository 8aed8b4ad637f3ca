package io.gigawatt.planner.rules;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.demand.BuildDays;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.CostAgainstGrid;
import io.gigawatt.planner.economics.CostShare;
import io.gigawatt.planner.economics.PhaseCost;
import io.gigawatt.planner.economics.PricedAlternative;
import io.gigawatt.planner.economics.Rental;
import io.gigawatt.planner.plan.PhaseFlexibility;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.rules.policy.Threshold;
import io.gigawatt.planner.scenario.Site;
import io.gigawatt.planner.siting.CandidateSite;
import io.gigawatt.planner.siting.PhaseSiting;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.targets.TargetAssessment;
import io.gigawatt.planner.timeline.LeadTimeCheck;
import io.gigawatt.planner.timeline.PhaseTimeline;
import io.gigawatt.planner.timeline.RentalShare;
import io.gigawatt.planner.timeline.TargetTimeline;
import java.util.List;

/**
 * The fact types a rule can match, as the engine inserts them. The planners' guide, the compile hints
 * ("unknown type: known ones are ...") and the tests all read this list, so they cannot drift apart.
 */
public final class FactModel {

    /**
     * Inserted once per evaluation, in this order: a Threshold per policy threshold, the site, the generator
     * and cooling choices, a GridTranche per tranche, the GridSupply (the
     * grid's firm level on a day, and the first tranche to reach a level: one reading of the tranches for the plan,
     * the timeline's draws and the rules), a PhasePlan per phase, a TargetAssessment per target, the BuildDays (the build day by day, for time windows); a
     * SwingAssessment per phase when the scenario has a workload to simulate; a PhaseFlexibility per phase when the grid
 * has a flexible tranche (ready dates with it and without, and how the phase rides its curtailment events); when the scenario has a timeline,
     * a PhaseTimeline per phase, a LeadTimeCheck per phase and kind of equipment, a RentalShare per phase and
     * rented kind, and a TargetTimeline per target; then what the plan costs: the CampusCost, a PhaseCost per phase, a
     * CostShare per phase and item it spends on, a CostAgainstGrid per phase that draws energy, a PricedAlternative
     * per remedy the timeline found, a Rental per rented kind of equipment; in a siting run ({@code planner sites})
     * also the CandidateSite and a PhaseSiting per phase.
     */
    public static final List<Class<?>> INSERTED = List.of(Threshold.class, Site.class, Equipment.Generators.class,
            Equipment.Cooling.class, GridTranche.class, GridSupply.class, PhasePlan.class, TargetAssessment.class,
            BuildDays.class, SwingAssessment.class, PhaseFlexibility.class, PhaseTimeline.class, LeadTimeCheck.class, RentalShare.class, TargetTimeline.class,
            CampusCost.class, PhaseCost.class, CostShare.class, CostAgainstGrid.class, PricedAlternative.class,
            Rental.class, CandidateSite.class, PhaseSiting.class);

    private FactModel() {
    }
}
