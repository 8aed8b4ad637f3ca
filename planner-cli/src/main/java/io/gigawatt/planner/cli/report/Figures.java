package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.util.stream.Collectors;

/** The report model's figures as words, shared by the text and Markdown renderers. */
final class Figures {

    private Figures() {
    }

    static String mw(double megawatts) {
        return Power.mw(megawatts).toString();
    }

    static String mwh(double megawattHours) {
        return Energy.mwh(megawattHours).toString();
    }

    static String kw(double kilowatts) {
        return Power.kw(kilowatts).toString();
    }

    static String percent(double fraction) {
        return Quantities.percent(fraction);
    }

    static String count(long n) {
        return Quantities.count(n);
    }

    static String gpus(Report.Phase phase) {
        return count(phase.gpuCount()) + " (" + phase.gpus().entrySet().stream()
                .map(e -> e.getKey() + " " + count(e.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }

    static String generators(Report.Generators g) {
        if (g.units() == 0) {
            return "none needed";
        }
        return g.units() + " x " + g.model() + " (" + g.running() + " running + " + g.spares() + " spare), "
                + mw(g.mw()) + " rated, " + mw(g.availableMw()) + " at design ambient";
    }

    static String batteries(Report.Batteries b) {
        return b.units() + " x " + b.model() + ", " + mw(b.mw()) + " / " + mwh(b.mwh()) + ", sized by the "
                + b.sizedBy();
    }

    static String cooling(Report.Cooling c) {
        return c.units() + " x " + c.model() + ", " + Quantities.count(Math.round(c.requiredTons())) + " tons"
                + (c.marketShare() == null ? "" : ", " + percent(c.marketShare()) + " of the rentable fleet");
    }

    /** "60.2 MW peak to trough, ramps up to 528 MW/s, 96.1% of the swing's energy in 0.1-20 Hz (1 h at 100 ms)". */
    static String swing(Report.Swing s) {
        return mw(s.peakToTroughMw()) + " peak to trough, ramps up to " + rate(s.maxRampMwPerSecond()) + ", "
                + percent(s.bandShareBefore()) + " of the swing's energy in " + band(s.utility()) + " (" + span(s)
                + ")";
    }

    /** "with 38 x megapack-2xl-4h dispatched: ramps 77.9 kW/s over 1 min, moves 1.33 MW within 5 s, 0% of ... in 0.1-20 Hz". */
    static String gridDraw(Report.Swing s) {
        Report.SwingBatteries b = s.batteries();
        String with = b.inUse() == 0 ? "with no batteries" : "with " + b.inUse() + " x " + b.model() + " dispatched";
        return with + ": ramps " + rate(s.gridMaxRampMwPerSecond()) + " over "
                + seconds(s.utility().rampWindowSeconds()) + ", moves " + mw(s.gridRangeMw()) + " within "
                + seconds(s.utility().rangeWindowSeconds()) + ", " + percent(s.bandShareAfter())
                + " of the swing's energy in " + band(s.utility())
                + (s.gridShare() < 1 ? "; generators asked " + percent(s.generatorFollowRatio()) + " of what they can" : "");
    }

    /** "38 x megapack-2xl-4h, 37.2 MW / 148 MWh hold the limits (38 for the limits, 38 with the largest generator trip)". */
    static String swingBatteries(Report.Swing s) {
        Report.SwingBatteries b = s.batteries();
        String needed = b.units() == null
                ? "no count of " + b.model() + " holds the limits"
                : b.units() + " x " + b.model() + ", " + mw(b.mw()) + " / " + mwh(b.mwh()) + " hold the limits ("
                        + b.unitsForLimits() + " for the limits, " + b.unitsForTrip() + " with the largest generator trip)";
        return needed + (b.plannedUnits() == null ? "" : "; " + b.plannedUnits() + " planned")
                + (b.enabled() ? "" : "; battery dispatch is off");
    }

    /** "50% of TDP: 7.02 MWh over the window, 4.6% more energy". */
    static String powerFloor(Report.Swing s) {
        return percent(s.powerFloor()) + " of TDP: " + mwh(s.powerFloorMwh()) + " over the window, "
                + percent(s.powerFloorShare()) + " more energy";
    }

    /** "5 s", "1 min", "10 min": as the utility limits write their windows. */
    static String seconds(double seconds) {
        return io.gigawatt.planner.swing.UtilityLimits.span(java.time.Duration.ofMillis(Math.round(seconds * 1000)));
    }

    static String rate(double mwPerSecond) {
        return io.gigawatt.planner.units.Ramp.mwPerSecond(mwPerSecond).toString();
    }

    private static String band(Report.Utility u) {
        return Quantities.format(u.bandLowHz()) + "-" + Quantities.format(u.bandHighHz()) + " Hz";
    }

    private static String span(Report.Swing s) {
        double minutes = s.windowMinutes();
        return (minutes % 60 == 0 ? Quantities.format(minutes / 60) + " h" : Quantities.format(minutes) + " min")
                + " at " + s.stepMs() + " ms";
    }

    static String lower(String verdict) {
        return verdict.toLowerCase(java.util.Locale.ROOT);
    }
}
