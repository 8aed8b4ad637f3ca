package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.scenario.Equipment;
import io.gigawatt.planner.scenario.Site;
import io.gigawatt.planner.targets.TargetAssessment;
import java.util.List;

/**
 * The fact types a rule can match, as the engine inserts them. The planners' guide, the compile hints
 * ("unknown type: known ones are ...") and the tests all read this list, so they cannot drift apart.
 */
public final class FactModel {

    /** Inserted once per evaluation, in this order; PhasePlan once per phase, TargetAssessment once per target. */
    public static final List<Class<?>> INSERTED = List.of(
            Site.class, Equipment.Generators.class, Equipment.Cooling.class, PhasePlan.class, TargetAssessment.class);

    private FactModel() {
    }
}
