package io.gigawatt.planner.search;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** Timefold's planning entity: one lever, and the index of the value chosen for it among the lever's values. */
@PlanningEntity
public class LeverChoice {

    @PlanningId
    private Integer lever;
    private int values;
    @PlanningVariable(valueRangeProviderRefs = "values")
    private Integer value;

    /** For Timefold's cloning. */
    LeverChoice() {
    }

    LeverChoice(int lever, int values, int value) {
        this.lever = lever;
        this.values = values;
        this.value = value;
    }

    @ValueRangeProvider(id = "values")
    public CountableValueRange<Integer> values() {
        return ValueRangeFactory.createIntValueRange(0, values);
    }

    int lever() {
        return lever;
    }

    int value() {
        return value;
    }
}
