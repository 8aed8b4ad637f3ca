package io.gigawatt.planner.features;

import io.cucumber.java.ParameterType;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.List;

/**
 * The words stakeholders write in the features, read into the planner's types. Powers, shares and phases are
 * also used for snippets, so an undefined step such as "phase two needs 40 MW" is suggested with {phase} and
 * {power} rather than bare numbers.
 */
public final class ParameterTypes {

    private static final List<String> ORDINALS = List.of("one", "two", "three", "four", "five", "six");

    /** "40 kW", "177 MW", "1.2 GW", "700 W"; thousands may be grouped: "1,200 MW". */
    @ParameterType(value = "(\\d[\\d,]*(?:\\.\\d+)?) ?(W|kW|MW|GW)", useForSnippets = true)
    public Power power(String amount, String unit) {
        double value = Double.parseDouble(amount.replace(",", ""));
        return switch (unit) {
            case "W" -> Power.watts(value);
            case "kW" -> Power.kw(value);
            case "MW" -> Power.mw(value);
            case "GW" -> Power.mw(value * 1_000);
            default -> throw new IllegalArgumentException("unknown unit of power: " + unit);
        };
    }

    /** "28%" as the fraction 0.28. */
    @ParameterType(value = "(\\d+(?:\\.\\d+)?)%", useForSnippets = true)
    public Double percent(String value) {
        return Double.parseDouble(value) / 100;
    }

    /** A count as people write it: "10,000" or "1000000". */
    @ParameterType("\\d{1,3}(?:,\\d{3})+|\\d+")
    public Long count(String value) {
        return Long.parseLong(value.replace(",", ""));
    }

    /** "phase one", "phase two" (or "phase 3"): the phases of the build, numbered from one. */
    @ParameterType(value = "phase (one|two|three|four|five|six|\\d+)", useForSnippets = true)
    public Integer phase(String number) {
        int index = ORDINALS.indexOf(number);
        return index >= 0 ? index + 1 : Integer.parseInt(number);
    }

    /** The severity words of the report: an error makes the scenario infeasible, a note only informs. */
    @ParameterType("error|warning|note")
    public Severity severity(String word) {
        return switch (word) {
            case "error" -> Severity.ERROR;
            case "warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }

    /** What sized a battery bank, in the report's words. */
    @ParameterType("training swing|largest generator trip|simulated swing within the limits|simulated trip of the largest generator")
    public String duty(String words) {
        return words;
    }

    @ParameterType("\\d{4}-\\d{2}-\\d{2}")
    public LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    /** Rule families as a sentence lists them: "grid, generation, storage, cooling, timeline and targets". */
    @ParameterType("[a-z]+(?:, [a-z]+)* and [a-z]+")
    public java.util.List<String> families(String words) {
        return java.util.Arrays.asList(words.replace(" and ", ", ").split(", "));
    }
}
