package io.gigawatt.planner.cli.report;

import static io.gigawatt.planner.cli.document.Unit.DAYS;
import static io.gigawatt.planner.cli.document.Unit.GWH;
import static io.gigawatt.planner.cli.document.Unit.KW;
import static io.gigawatt.planner.cli.document.Unit.MW;
import static io.gigawatt.planner.cli.document.Unit.MWH;
import static io.gigawatt.planner.cli.document.Unit.NUMBER;
import static io.gigawatt.planner.cli.document.Unit.PERCENT;
import static io.gigawatt.planner.cli.document.Unit.PEOPLE;
import static io.gigawatt.planner.cli.document.Unit.TONS;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the report writes its model's figures in sentences (a phase's generators, its swing, the campus against
 * biology), shared by every section and format so each prints the same words for the same number.
 */
public final class ReportWords {

    private ReportWords() {
    }

    public static String percent(Double fraction) {
        return fraction == null ? "-" : Quantities.percent(fraction);
    }

    public static String count(long n) {
        return Quantities.count(n);
    }

    public static String seconds(double seconds) {
        return Quantities.format(seconds) + " s";
    }

    /** The swing section when the scenario has none: the same words in every format. */
    public static final String NO_SWING = "no swing simulation in this scenario";

    /** "the 200,000 GPUs of Doubling draw 355 MW, as much as 17.7 million human brains (20 W each)". */
    public static String brains(Scale s) {
        return "the " + count(s.gpus()) + " GPUs of " + s.phase() + " draw " + MW.words(s.facilityMw()) + ", as much as "
                + PEOPLE.words(s.brains()) + " human brains (" + NUMBER.words(s.brainW()) + " W each), or " + PEOPLE.words(s.bodies())
                + " whole human bodies (" + NUMBER.words(s.bodyW()) + " W each)";
    }

    /** "a day at full power uses 8.51 GWh". */
    public static String day(Scale s) {
        return "a day at full power uses " + GWH.words(s.gwhPerDay());
    }

    /** The reference training run on the phase's GPUs, in one sentence. */
    public static String training(Scale s) {
        Scale.Training t = s.training();
        return "one training run the size of " + t.reference() + " (" + PEOPLE.words(Math.round(t.gpuHours()))
                + " GPU-hours, " + GWH.words(t.referenceGwh()) + " at the chips) takes " + DAYS.words(t.days()) + " on these "
                + count(s.gpus()) + " GPUs and uses " + GWH.words(t.facilityGwh()) + " at the facility: what "
                + PEOPLE.words(t.brainYears()) + " brains use in a year";
    }

    /** "1.2 GW campus: 1.2 GW, as much as 60 million brains". */
    public static String target(Scale.TargetScale t) {
        return t.name() + ": " + MW.words(t.facilityMw()) + ", as much as " + PEOPLE.words(t.brains()) + " brains";
    }

    /** A swing trace's range of one quantity: "312 MW to 355 MW". */
    public static String range(double low, double high, java.util.function.DoubleFunction<String> unit) {
        return unit.apply(low) + " to " + unit.apply(high);
    }

    /** The cooling capacity of a phase in words. */
    public static String coolingCapacity(Report.Cooling c) {
        return "required " + TONS.words(c.requiredTons()) + "; rented " + TONS.words(c.rentedTons()) + ", owned "
                + TONS.words(c.ownedTons()) + " (" + c.units() + " x " + Catalogue.named(c.modelName(), c.model()) + ")"
                + (c.rentalMarketTons() == null ? "" : "; rentable fleet ~" + TONS.words(c.rentalMarketTons()) + ", "
                + percent(c.marketShare()) + " of it taken");
    }

    public static String gpus(Report.Phase phase) {
        return Quantities.count(phase.gpuCount()) + " (" + phase.gpus().entrySet().stream()
                .map(e -> e.getKey() + " " + Quantities.count(e.getValue()))
                .collect(Collectors.joining(", ")) + ")";
    }

    public static String generators(Report.Generators g) {
        if (g.units() == 0) {
            return "none needed";
        }
        return g.units() + " x " + Catalogue.named(g.modelName(), g.model()) + " (" + g.running() + " running + "
                + g.spares() + " spare), "
                + MW.words(g.mw()) + " rated, " + MW.words(g.availableMw()) + " at design ambient";
    }

    public static String batteries(Report.Batteries b) {
        return b.units() + " x " + Catalogue.named(b.modelName(), b.model()) + ", " + MW.words(b.mw()) + " / "
                + MWH.words(b.mwh()) + ", sized by the "
                + b.sizedBy();
    }

    public static String cooling(Report.Cooling c) {
        return c.units() + " x " + Catalogue.named(c.modelName(), c.model()) + ", "
                + Quantities.count(Math.round(c.requiredTons())) + " tons"
                + (c.marketShare() == null ? "" : ", " + PERCENT.words(c.marketShare()) + " of the rentable fleet");
    }

    /** "60.2 MW peak to trough, ramps up to 528 MW/s, 96.1% of the swing's energy in 0.1-20 Hz (1 h at 100 ms)". */
    public static String swing(Report.Swing s) {
        return MW.words(s.peakToTroughMw()) + " peak to trough, ramps up to " + rate(s.maxRampMwPerSecond()) + ", "
                + PERCENT.words(s.bandShareBefore()) + " of the swing's energy in " + band(s.utility()) + " (" + span(s)
                + ")" + (s.assessedAt() == null ? "" : "; " + assessedAt(s.assessedAt()));
    }

    /** "swing assessed at Step 270's load, +0.8%": the phase whose simulation this one shares. */
    public static String assessedAt(Report.AssessedAt at) {
        return "swing assessed at " + at.phase() + "'s load, +" + PERCENT.words(at.above());
    }

    /** "with 38 x megapack-2xl-4h dispatched: ramps 77.9 kW/s over 1 min, moves 1.33 MW within 5 s, 0% of ... in 0.1-20 Hz". */
    public static String gridDraw(Report.Swing s) {
        Report.SwingBatteries b = s.batteries();
        String with = b.inUse() == 0 ? "with no batteries" : "with " + b.inUse() + " x " + b.model() + " dispatched";
        return with + ": ramps " + rate(s.gridMaxRampMwPerSecond()) + " over "
                + window(s.utility().rampWindowSeconds()) + ", moves " + MW.words(s.gridRangeMw()) + " within "
                + window(s.utility().rangeWindowSeconds()) + ", " + PERCENT.words(s.bandShareAfter())
                + " of the swing's energy in " + band(s.utility())
                + (s.gridShare() < 1 ? "; generators asked " + PERCENT.words(s.generatorFollowRatio()) + " of what they can" : "");
    }

    /**
     * The margin to each utility limit, the binding one first: "a range of 10 MW within 5 s in 0.1-55 Hz (binding):
     * 7.2 MW, 28% to spare; a ramp of ...: 0.1 MW/s, 70% to spare; a range of 3.5 MW in 5-55 Hz: not judged at 100 ms
     * steps (they see up to 5 Hz)"; "none" without limits.
     */
    public static String margins(Report.Swing s) {
        if (s.margins().isEmpty()) {
            return "none";
        }
        // the binding limit first, the others in the library's order
        java.util.List<Report.LimitMargin> ordered = new java.util.ArrayList<>(s.margins());
        ordered.sort(java.util.Comparator.comparing((Report.LimitMargin m) -> !m.binding()));
        return String.join("; ", ordered.stream().map(m -> m.limit() + (m.binding() ? " (binding)" : "") + ": "
                + (m.measured() == null ? "not judged at " + s.stepMs() + " ms steps (they see up to "
                        + Quantities.format(500.0 / s.stepMs()) + " Hz)"
                        : figure(m.unit(), m.measured()) + ", " + (m.margin() >= 0 ? PERCENT.words(m.margin())
                        + " to spare" : PERCENT.words(-m.margin()) + " over"))).toList());
    }

    private static String figure(String unit, double value) {
        return switch (unit) {
            case "MW/s" -> rate(value);
            case "MW" -> MW.words(value);
            default -> PERCENT.words(value);
        };
    }

    /** "38 x megapack-2xl-4h, 37.2 MW / 148 MWh hold the limits (38 for the limits, 38 with the largest generator trip)". */
    public static String swingBatteries(Report.Swing s) {
        Report.SwingBatteries b = s.batteries();
        String needed = b.units() == null
                ? "no count of " + b.model() + " holds the limits"
                : b.units() + " x " + b.model() + ", " + MW.words(b.mw()) + " / " + MWH.words(b.mwh()) + " hold the limits ("
                        + b.unitsForLimits() + " for the limits, " + b.unitsForTrip() + " with the largest generator trip)";
        return needed + (b.plannedUnits() == null ? "" : "; " + b.plannedUnits() + " planned")
                + (b.enabled() ? "" : "; battery dispatch is off");
    }

    /** "50% of TDP: 7.02 MWh over the window, 4.6% more energy". */
    public static String powerFloor(Report.Swing s) {
        return PERCENT.words(s.powerFloor()) + " of TDP: " + MWH.words(s.powerFloorMwh()) + " over the window, "
                + PERCENT.words(s.powerFloorShare()) + " more energy";
    }

    /**
     * "2026-12-01 with the flexible tranches, 2028-06-01 with every tranche firm: 548 days sooner" (or "no sooner");
     * null when the scenario has no timeline to say it.
     */
    public static String flexibleReady(Report.Flexible f) {
        if (f.ready() == null) {
            return null;
        }
        String firm = f.readyIfFirm() == null ? "never with every tranche firm"
                : f.readyIfFirm() + " with every tranche firm";
        return f.ready() + " with the flexible tranches, " + firm
                + (f.daysSooner() > 0 ? ": " + count(f.daysSooner()) + " days sooner"
                        : f.readyIfFirm() == null ? "" : ": no sooner");
    }

    /** A phase whose grid leans on no curtailable flexible tranche while it is the campus's latest. */
    public static final String NOT_CURTAILED = "none while it is the campus's latest phase: 0 GPU-hours lost";

    /**
     * "the 250 MW tranche, flexible from 2026-06-01, firm 2028-06-01 (44 h a year, events up to 2 h, ...)"; "..., no
     * firm date (...)" when the utility named none.
     */
    public static String curtailmentTerms(Report.Curtailment c) {
        return "the " + Quantities.format(c.trancheMw()) + " MW tranche, flexible from " + c.flexibleDate()
                + (c.firmDate() == null ? ", no firm date" : ", firm " + c.firmDate()) + " ("
                + Quantities.format(c.hoursPerYear()) + " h a year, events up to "
                + Quantities.format(c.longestEventHours()) + " h, " + Quantities.format(c.noticeHours()) + " h notice"
                + (c.calledBy() == null ? "" : ", called by " + c.calledBy()) + ")";
    }

    /** "each event cuts 205 MW: generators 0 MW, batteries 55.9 MW, workload 15.6 MW (6.35% of the load), dropped ...". */
    public static String curtailmentRide(Report.Curtailment c) {
        return "each event cuts " + mw(c.shortfallMw()) + ": generators " + mw(c.generatorsMw()) + ", batteries "
                + mw(c.batteriesMw()) + ", workload " + mw(c.gpuMw()) + " (at most "
                + Quantities.format(c.curtailableShare() * 100) + "% of the load), dropped " + mw(c.droppedMw());
    }

    /**
     * "22 events of 2 h (44 h a year) x 8,652 GPUs stopped = 380,688 GPU-hours a year, 0.43% of its GPU-hours, worth
     * $2.3 M a year as idle GPUs".
     */
    public static String lostGpuHours(Report.Flexible f) {
        Report.Curtailment c = f.curtailment();
        return c.arithmetic() + " a year, " + Quantities.format(c.lostShare() * 100) + "% of its GPU-hours"
                + (f.lostValue() == null || c.lostGpuHours() == 0 ? ""
                        : ", worth " + Money.of(f.lostValue()).format(f.currency()) + " a year as idle GPUs");
    }

    private static String mw(double mw) {
        return Power.mw(mw).toString();
    }

    /** "5 s", "1 min", "10 min": as the utility limits write their windows. */
    public static String window(double seconds) {
        return io.gigawatt.planner.swing.UtilityLimits.span(java.time.Duration.ofMillis(Math.round(seconds * 1000)));
    }

    public static String rate(double mwPerSecond) {
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

}
