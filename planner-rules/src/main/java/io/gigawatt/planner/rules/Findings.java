package io.gigawatt.planner.rules;

import io.gigawatt.planner.units.Quantities;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * Functions the rule files import: a rule states only its sentence; its name, family and severity come
 * from the rule's own metadata, so a planner who renames a rule or changes its severity edits one place.
 */
public final class Findings {

    private Findings() {
    }

    public static Finding finding(RuleContext context, String subject, String message) {
        Rule rule = context.getRule();
        return new Finding(rule.getName(), RuleMetadata.family(rule), RuleMetadata.severity(rule), message, subject,
                Map.of(), null);
    }

    public static String percent(double fraction) {
        return Quantities.percent(fraction);
    }

    public static String count(long value) {
        return Quantities.count(value);
    }

    /** A figure to three significant digits: "44.3", "1.94", "18.2". */
    public static String figure(double value) {
        return Quantities.format(value);
    }

    /** "1 unit", "3 units", "1,000 units". */
    public static String units(long n) {
        return Quantities.count(n) + (n == 1 ? " unit" : " units");
    }
}
