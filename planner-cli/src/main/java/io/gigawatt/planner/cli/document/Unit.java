package io.gigawatt.planner.cli.document;

import io.gigawatt.planner.units.Area;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * The units a report's figures carry, each with its one rounding rule (applied once, when a builder makes the
 * figure, so every format shows the same number) and its words (how text, Markdown and HTML write it).
 */
public enum Unit {
    /** Power to the kW: finer digits are noise in a plan. */
    MW(3, v -> Power.mw(v).toString()),
    MWH(3, v -> Energy.mwh(v).toString()),
    /** A ramp: four decimals, as a swing's ramps are measured. */
    MW_PER_SECOND(4, v -> Quantities.format(v) + " MW/s"),
    GWH(3, v -> Energy.mwh(v * 1000).toString()),
    KW(4, v -> Power.kw(v).toString()),
    /** A fraction 0-1, written as a percentage. */
    PERCENT(4, Quantities::percent),
    TONS(0, v -> Quantities.count(Math.round(v)) + " tons"),
    SQ_FT(0, v -> Area.squareFeet(v).toString()),
    ACRES(3, v -> Area.acres(v).toAcresString()),
    /** A daily flow (gas in MMBtu, water in m3). */
    PER_DAY(1, Quantities::format),
    COUNT(4, v -> Quantities.count(Math.round(v))),
    /** Large counts for readers, three significant figures: "17.7 million", "312,000". */
    PEOPLE(4, v -> people(Math.round(v))),
    DAYS(4, v -> Quantities.format(v) + (v == 1 ? " day" : " days")),
    NUMBER(4, Quantities::format),
    /** Money to the cent; its words in US dollars (a report in another currency writes its cells with their own). */
    MONEY(2, v -> Money.of(v).toString());

    private final int decimals;
    private final DoubleFunction<String> words;

    Unit(int decimals, DoubleFunction<String> words) {
        this.decimals = decimals;
        this.words = words;
    }

    /** The figure as reports keep it: rounded once, by this unit's rule. */
    public double round(double value) {
        return Quantities.round(value, decimals);
    }

    /** The figure in words: "177 MW", "28.2%", "1,563". */
    public String words(double value) {
        return words.apply(value);
    }

    /** Lower case, as the HTML page's {@code data-unit} names it. */
    public String attribute() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The unit of a finding's number, read from its name as the rule packs name them ({@code gridMw},
     * {@code gridShare}, {@code landAcres}, {@code waterM3PerDay}, {@code waitingCost}).
     */
    public static Unit ofNumber(String name) {
        // before the energy units: "mwhCost" is money per MWh
        if (endsWith(name, "cost") || endsWith(name, "saving")) {
            return MONEY;
        }
        if (endsWith(name, "mwh")) {
            return MWH;
        }
        if (endsWith(name, "mw")) {
            return MW;
        }
        if (endsWith(name, "tons")) {
            return TONS;
        }
        if (endsWith(name, "acres")) {
            return ACRES;
        }
        if (endsWith(name, "sqft")) {
            return SQ_FT;
        }
        if (endsWith(name, "perday")) {
            return PER_DAY;
        }
        if (endsWith(name, "kwpergpu")) {
            return KW;
        }
        if (endsWith(name, "days")) {
            return DAYS;
        }
        if (endsWith(name, "share") || endsWith(name, "loss") || endsWith(name, "deviation")
                || endsWith(name, "factor")) {
            return PERCENT;
        }
        if (name.toLowerCase(Locale.ROOT).contains("units") || name.equals("running") || name.equals("spares")
                || name.equals("generators") || name.regionMatches(true, 0, "gpus", 0, 4)) {
            return COUNT;
        }
        return NUMBER;
    }

    /** Whether {@code name} ends with {@code suffix} in any case, without a lower-case copy (sweeps ask it often). */
    private static boolean endsWith(String name, String suffix) {
        return name.regionMatches(true, name.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static String people(long n) {
        if (n >= 1_000_000) {
            return Quantities.format(n / 1e6) + " million";
        }
        return Quantities.count(new java.math.BigDecimal(n).round(new java.math.MathContext(3,
                java.math.RoundingMode.HALF_UP)).longValue());
    }
}
