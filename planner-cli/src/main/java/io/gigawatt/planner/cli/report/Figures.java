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

    static String lower(String verdict) {
        return verdict.toLowerCase(java.util.Locale.ROOT);
    }
}
