package io.gigawatt.planner.siting;

import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.WaterFlow;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What one phase of the plan asks of one candidate site, and when the site can first carry it. Inserted as a
 * fact in a siting run, one per phase ({@code PhaseSiting( water.m3PerDay > 1000 )}). The figures are the
 * phase's on its date at that site: its racks, the generators and batteries it needs there, their land, the gas
 * its running generators burn at full load and the water its cooling uses.
 *
 * @param site          the candidate site's name
 * @param floor         hall floor for the phase's racks
 * @param generatorLand land for the phase's generators (all units, spares included)
 * @param batteryLand   land for the phase's batteries
 * @param gas           what the running generators burn a day at full output at the design ambient
 * @param water         what the cooling uses a day rejecting the phase's IT heat
 * @param unitLimit     the most generating units the site allows and what sets it
 * @param readiness     the first day the site carries the phase, or what it lacks
 */
public record PhaseSiting(String site, PhasePlan phase, long racks, Area floor, Area generatorLand, Area batteryLand,
                          GasFlow gas, WaterFlow water, UnitLimit unitLimit, Readiness readiness) {

    /** Land for all on-site supply. */
    public Area land() {
        return generatorLand.plus(batteryLand);
    }

    /** The first day the site carries the phase, or null when no day in the site file will do. */
    public LocalDate earliest() {
        return readiness.date();
    }

    /** Days from the phase's date to the earliest day (negative: that many days early), or null for never. */
    public Long daysLate() {
        return earliest() == null ? null : ChronoUnit.DAYS.between(phase.date(), earliest());
    }

    /** The earliest day against the phase's date, in words: "32 days before its date", "on its date", "never". */
    public String timing() {
        Long days = daysLate();
        if (days == null) {
            return "never";
        }
        if (days == 0) {
            return "on its date";
        }
        long abs = Math.abs(days);
        return abs + (abs == 1 ? " day " : " days ") + (days < 0 ? "before" : "after") + " its date";
    }

    /** As {@link #timing()}, naming the phase's date: "32 days after its date of 2025-03-01". */
    public String timingAgainstDate() {
        return timing().replace("its date", "its date of " + phase.date());
    }

    /** The firm grid on the earliest day, or null for never. */
    public Power gridWhenReady() {
        return earliest() == null ? null : readiness.grid();
    }

    /** Hall floor with {@code margin} on top. */
    public Area floorNeeded(double margin) {
        return floor.times(1 + margin);
    }

    /** Land for on-site supply with {@code margin} on top. */
    public Area landNeeded(double margin) {
        return land().times(1 + margin);
    }

    /** Gas with {@code margin} on top. */
    public GasFlow gasNeeded(double margin) {
        return gas.times(1 + margin);
    }

    /** Water with {@code margin} on top. */
    public WaterFlow waterNeeded(double margin) {
        return water.times(1 + margin);
    }
}
