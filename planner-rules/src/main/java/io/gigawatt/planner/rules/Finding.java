package io.gigawatt.planner.rules;

import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one rule concluded about one phase or target: a sentence whose numbers come from the facts, the same
 * numbers by name (for JSON and for comparing runs), and, where the fix is obvious, a recommendation.
 *
 * @param subject        the phase or target the finding is about
 * @param numbers        the figures that triggered the finding, named with their unit: {@code gridMw},
 *                       {@code gridShare} (a fraction), {@code units}
 * @param recommendation what would clear the finding, or null
 */
public record Finding(String rule, String family, Severity severity, String message, String subject,
                      Map<String, Double> numbers, String recommendation) {

    public Finding {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    /** This finding with one more number; a plain number is a count or a fraction. */
    public Finding with(String name, double value) {
        Map<String, Double> more = new LinkedHashMap<>(numbers);
        more.put(name, value);
        return new Finding(rule, family, severity, message, subject, more, recommendation);
    }

    /** This finding with a power, in MW; the name must say so ({@code gridMw}). */
    public Finding with(String name, Power power) {
        requireUnit(name, "Mw");
        return with(name, power.mw());
    }

    /** This finding with an energy, in MWh; the name must say so ({@code storageMwh}). */
    public Finding with(String name, Energy energy) {
        requireUnit(name, "Mwh");
        return with(name, energy.mwh());
    }

    /** This finding with an amount of money, in the scenario's currency ({@code waitingCost}). */
    public Finding with(String name, Money amount) {
        return with(name, amount.amount());
    }

    /** This finding with a value a rule bound, as the number its kind gives (a power in MW, an amount...). */
    Finding withValue(String name, Object value) {
        if (value instanceof Power power) {
            return with(name, power);
        } else if (value instanceof Energy energy) {
            return with(name, energy);
        } else if (value instanceof Money amount) {
            return with(name, amount);
        } else if (value instanceof Number number) {
            return with(name, number.doubleValue());
        }
        throw new IllegalStateException("the number '" + name + "' is "
                + (value == null ? "null" : "a " + value.getClass().getSimpleName() + ", not a figure"));
    }

    public Finding recommend(String text) {
        return new Finding(rule, family, severity, message, subject, numbers, text);
    }

    private static void requireUnit(String name, String suffix) {
        if (!name.endsWith(suffix)) {
            throw new IllegalArgumentException("the number '" + name + "' needs a name ending in " + suffix
                    + ", so reports can say its unit");
        }
    }
}
