package io.gigawatt.planner.cli.report;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.util.Locale;

/**
 * How the supply, cooling, swing and scale sections write the report model's figures, shared by the text,
 * Markdown and HTML reports so the three print the same words for the same number.
 */
public final class ReportWords {

    private ReportWords() {
    }

    public static String mw(double megawatts) {
        return Power.mw(megawatts).toString();
    }

    public static String gwh(double gigawattHours) {
        return Energy.mwh(gigawattHours * 1000).toString();
    }

    public static String percent(Double fraction) {
        return fraction == null ? "-" : Quantities.percent(fraction);
    }

    public static String count(long n) {
        return Quantities.count(n);
    }

    /** "17.7 million", "312,000": large counts for readers, three significant figures. */
    public static String people(long n) {
        if (n >= 1_000_000) {
            return Quantities.format(n / 1e6) + " million";
        }
        return Quantities.count(new java.math.BigDecimal(n).round(new java.math.MathContext(3,
                java.math.RoundingMode.HALF_UP)).longValue());
    }

    public static String tons(double tons) {
        return Quantities.count(Math.round(tons)) + " tons";
    }

    public static String number(double value) {
        return Quantities.format(value);
    }

    public static String days(double days) {
        return Quantities.format(days) + (days == 1 ? " day" : " days");
    }

    public static String seconds(double seconds) {
        return Quantities.format(seconds) + " s";
    }

    /** The swing section when the scenario has none: the same words in every format. */
    public static final String NO_SWING = "no swing simulation in this scenario";

    /** "the 200,000 GPUs of Doubling draw 355 MW, as much as 17.7 million human brains (20 W each)". */
    public static String brains(Scale s) {
        return "the " + count(s.gpus()) + " GPUs of " + s.phase() + " draw " + mw(s.facilityMw()) + ", as much as "
                + people(s.brains()) + " human brains (" + number(s.brainW()) + " W each), or " + people(s.bodies())
                + " whole human bodies (" + number(s.bodyW()) + " W each)";
    }

    /** "a day at full power uses 8.51 GWh". */
    public static String day(Scale s) {
        return "a day at full power uses " + gwh(s.gwhPerDay());
    }

    /** The reference training run on the phase's GPUs, in one sentence. */
    public static String training(Scale s) {
        Scale.Training t = s.training();
        return "one training run the size of " + t.reference() + " (" + people(Math.round(t.gpuHours()))
                + " GPU-hours, " + gwh(t.referenceGwh()) + " at the chips) takes " + days(t.days()) + " on these "
                + count(s.gpus()) + " GPUs and uses " + gwh(t.facilityGwh()) + " at the facility: what "
                + people(t.brainYears()) + " brains use in a year";
    }

    /** "1.2 GW campus: 1.2 GW, as much as 60 million brains". */
    public static String target(Scale.TargetScale t) {
        return t.name() + ": " + mw(t.facilityMw()) + ", as much as " + people(t.brains()) + " brains";
    }

    /** A swing trace's range of one quantity: "312 MW to 355 MW". */
    public static String range(double low, double high, java.util.function.DoubleFunction<String> unit) {
        return unit.apply(low) + " to " + unit.apply(high);
    }

    /** The cooling capacity of a phase in words. */
    public static String coolingCapacity(Report.Cooling c) {
        return "required " + tons(c.requiredTons()) + "; rented " + tons(c.rentedTons()) + ", owned "
                + tons(c.ownedTons()) + " (" + c.units() + " x " + c.model() + ")"
                + (c.rentalMarketTons() == null ? "" : "; rentable fleet ~" + tons(c.rentalMarketTons()) + ", "
                + percent(c.marketShare()) + " of it taken");
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
