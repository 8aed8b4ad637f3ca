package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Ramp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the swing simulation found for one phase: the fact the storage rules judge. "Before" figures are the
 * campus load as the jobs make it, with no mitigation; "after" figures are what the grid and the generators see
 * with every mitigation the scenario switches on (and the batteries in use, see {@link SwingBattery#inUse()}).
 *
 * @param phase               the phase's name
 * @param step                the trace's step
 * @param window              the simulated window
 * @param gpus                GPUs in the phase
 * @param peakToTrough        highest minus lowest campus power over the window, before mitigation
 * @param maxRamp             steepest change from one step to the next, before mitigation
 * @param bandShareBefore     share of the swing's energy in the utility's band (0.1-20 Hz by default), before
 * @param loadPeakToTrough    highest minus lowest campus power with the load-side mitigations (floor, PSU storage, ramp limit)
 * @param limits              the utility's limits
 * @param mitigations         the mitigations switched on
 * @param gridShare           share of every change the grid carries (the generators carry the rest)
 * @param gridMaxRamp         steepest change of the grid draw over the utility's ramp window, after mitigation
 * @param gridRange           largest highest-minus-lowest of the grid draw within the utility's range window, after
 * @param bandShareAfter      the grid draw's energy in the band, as a share of the swing energy the grid would see
 *                            unmitigated
 * @param generatorRampLimit  how fast the running generators follow
 * @param generatorStepLimit  the sudden load step they accept
 * @param generatorFollowRatio the most the generators were asked to change, over what they can (1 = at the limit)
 * @param battery             the batteries the phase needs and has
 * @param powerFloorEnergy    energy the power floor burns over the window (zero without a floor)
 * @param powerFloorShare     that energy as a share of the campus's energy without the floor
 * @param campusEnergy        the campus's energy over the window, with the load-side mitigations
 * @param margins             every utility limit measured on the grid draw after mitigation, in the limits' order
 * @param assessedAt          the phase whose simulation these figures come from, or null when they are this phase's own
 */
public record SwingAssessment(String phase, Duration step, Duration window, long gpus, Power peakToTrough,
                              Ramp maxRamp, double bandShareBefore, Power loadPeakToTrough, UtilityLimits limits,
                              Mitigations mitigations, double gridShare, Ramp gridMaxRamp, Power gridRange,
                              double bandShareAfter, Ramp generatorRampLimit, Power generatorStepLimit,
                              double generatorFollowRatio, SwingBattery battery, Energy powerFloorEnergy,
                              double powerFloorShare, Energy campusEnergy, List<LimitMargin> margins,
                              AssessedAt assessedAt) {

    public SwingAssessment {
        margins = List.copyOf(margins);
    }

    /**
     * These figures as {@code phase}'s, with {@code gpus}, which shares this phase's simulation: this phase has its
     * IT load within the scenario's tolerance above {@code phase}'s, and the same supply.
     */
    public SwingAssessment sharedWith(String phase, long gpus, AssessedAt at) {
        return new SwingAssessment(phase, step, window, gpus, peakToTrough, maxRamp, bandShareBefore, loadPeakToTrough,
                limits, mitigations, gridShare, gridMaxRamp, gridRange, bandShareAfter, generatorRampLimit,
                generatorStepLimit, generatorFollowRatio, battery, powerFloorEnergy, powerFloorShare, campusEnergy,
                margins, at);
    }

    /** The utility limit with the least margin, of those the trace's step can judge; empty without limits. */
    public Optional<LimitMargin> binding() {
        return LimitMargin.binding(margins);
    }

    /** The grid draw's ramp over the utility's limit (1 = at the limit); zero when the utility sets none. */
    public double gridRampRatio() {
        return limits.ramp() == null ? 0 : gridMaxRamp.shareOf(limits.ramp());
    }

    /** The grid draw's range over the utility's limit; zero when the utility sets none. */
    public double gridRangeRatio() {
        return limits.range() == null || limits.range().watts() == 0 ? 0 : gridRange.shareOf(limits.range());
    }

    /** The band share after mitigation over the utility's limit; zero when the utility sets none. */
    public double bandShareRatio() {
        if (limits.bandMaxShare() == null) {
            return 0;
        }
        return limits.bandMaxShare() == 0 ? (bandShareAfter > 0 ? Double.MAX_VALUE : 0) : bandShareAfter / limits.bandMaxShare();
    }

    /** Whether any generator runs to follow the swing. */
    public boolean hasGenerators() {
        return gridShare < 1;
    }

    /**
     * What would bring the phase within its limits, in words for a recommendation: the battery units that hold them
     * (switched on, or lined up), or, when no count does, smoothing the load itself.
     */
    public String batteryRemedy() {
        BatteryModel model = battery.model();
        if (!battery.sized()) {
            return "no count of " + model.id() + " up to " + io.gigawatt.planner.units.Quantities.count(SwingModel.MAX_UNITS)
                    + " holds the limits: smooth the load itself (a GPU power floor, a ramp limit on job starts and"
                    + " stops) or ask the utility for wider limits";
        }
        String units = battery.units() + " x " + model.id() + " (" + battery.power() + ", " + battery.energy() + ")";
        if (!battery.enabled()) {
            return "switch on battery dispatch: " + units + " hold the limits";
        }
        if (battery.planned() != null && battery.planned() < battery.units()) {
            return "add " + battery.shortfall() + " x " + model.id() + " (" + model.power().times(battery.shortfall())
                    + ") to the " + battery.planned() + " planned: " + units + " hold the limits";
        }
        return units + " hold the limits";
    }

    /**
     * The limits the batteries hold the swing within, in words: "a ramp of 0.333 MW/s over 1 min (preset ...) and the
     * generators' ramp and load step"; just the generators' when the utility sets no limits.
     */
    public String limitsHeld() {
        String generators = "the generators' ramp and load step";
        if (!limits.any()) {
            return hasGenerators() ? generators : "the batteries' own bounds";
        }
        return limits.describe() + (hasGenerators() ? " and " + generators : "");
    }

    /** "with 38 x megapack-2xl-4h dispatched", "with no batteries". */
    public String withBatteries() {
        return battery.inUse() == 0 ? "with no batteries"
                : "with " + battery.inUse() + " x " + battery.model().id() + " dispatched";
    }

    /** "1 h at 100 ms". */
    public String resolution() {
        long minutes = window.toMinutes();
        String span = minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
        return span + " at " + step.toMillis() + " ms";
    }
}
