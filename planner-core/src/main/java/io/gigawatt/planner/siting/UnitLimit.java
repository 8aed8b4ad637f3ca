package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The most generating units a site allows on site, and what sets that limit: the air permit's unit cap, its
 * capacity cap, or the land left beside the batteries. Physical limits only: the policy's margins are the rules'.
 *
 * @param units the most units, {@link Integer#MAX_VALUE} when nothing limits them
 * @param by    what sets the limit, in words ("the air permit's cap of 15 units")
 */
public record UnitLimit(int units, String by) {

    public static final UnitLimit NONE = new UnitLimit(Integer.MAX_VALUE, "nothing");

    public boolean limited() {
        return units != Integer.MAX_VALUE;
    }

    /** The tightest of the site's limits on units of {@code model}, with {@code batteryLand} taken first. */
    public static UnitLimit of(CandidateSite site, GeneratorModel model, Area batteryLand) {
        List<UnitLimit> limits = new ArrayList<>();
        AirPermit permit = site.airPermit();
        if (permit.capUnits() != null) {
            limits.add(new UnitLimit(permit.capUnits(), "the air permit's cap of " + permit.capUnits() + " units"));
        }
        if (permit.capMw() != null) {
            limits.add(new UnitLimit(whole(permit.capMw().watts() / model.rated().watts()),
                    "the air permit's capacity cap of " + permit.capMw()));
        }
        Area left = site.land().minus(batteryLand);
        limits.add(new UnitLimit(left.squareFeet() <= 0 ? 0 : whole(left.squareFeet() / model.landPerUnit().squareFeet()),
                "its " + site.land().toAcresString() + " of land" + (batteryLand.isAbove(Area.ZERO)
                        ? " (" + batteryLand.toAcresString() + " of it for batteries)" : "")));
        return limits.stream().min(Comparator.comparingInt(UnitLimit::units)).orElse(NONE);
    }

    /** How many units of {@code model} running at {@code unitOutput} the site's pipeline feeds. */
    public static int runningOnGas(CandidateSite site, GeneratorModel model, Power unitOutput) {
        GasFlow perUnit = model.gasAt(unitOutput);
        if (perUnit.mmbtuPerDay() <= 0) {
            return Integer.MAX_VALUE;
        }
        return whole(site.gas().capacity().mmbtuPerDay() / perUnit.mmbtuPerDay());
    }

    private static int whole(double units) {
        return (int) Math.min(Integer.MAX_VALUE - 1, Math.floor(units + 1e-9));
    }
}
