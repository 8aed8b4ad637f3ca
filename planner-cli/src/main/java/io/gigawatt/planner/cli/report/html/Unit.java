package io.gigawatt.planner.cli.report.html;

import io.gigawatt.planner.cli.report.ReportWords;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import java.util.function.DoubleFunction;

/**
 * How a figure of the report model is written in the HTML report. Every figure the page shows carries its JSON
 * pointer, its raw value and its unit ({@code data-json}, {@code data-value}, {@code data-unit}), so a test can
 * check that the page and the JSON report say the same.
 */
enum Unit {
    MW(ReportWords::mw),
    MWH(v -> Energy.mwh(v).toString()),
    GWH(ReportWords::gwh),
    KW(v -> Power.kw(v).toString()),
    PERCENT(v -> ReportWords.percent(v)),
    TONS(ReportWords::tons),
    COUNT(v -> ReportWords.count(Math.round(v))),
    PEOPLE(v -> ReportWords.people(Math.round(v))),
    DAYS(ReportWords::days),
    NUMBER(ReportWords::number);

    private final DoubleFunction<String> words;

    Unit(DoubleFunction<String> words) {
        this.words = words;
    }

    String format(double value) {
        return words.apply(value);
    }

    String attribute() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The unit of a finding's number, read from its name as the rule pack names them ({@code gridMw}, {@code gridShare}). */
    static Unit ofNumber(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith("mwh")) {
            return MWH;
        }
        if (n.endsWith("mw")) {
            return MW;
        }
        if (n.endsWith("tons")) {
            return TONS;
        }
        if (n.endsWith("kwpergpu")) {
            return KW;
        }
        if (n.endsWith("days")) {
            return DAYS;
        }
        if (n.endsWith("share") || n.endsWith("loss") || n.endsWith("deviation") || n.endsWith("factor")) {
            return PERCENT;
        }
        if (n.contains("units") || n.equals("running") || n.equals("spares") || n.equals("generators")
                || n.startsWith("gpus")) {
            return COUNT;
        }
        return NUMBER;
    }
}
