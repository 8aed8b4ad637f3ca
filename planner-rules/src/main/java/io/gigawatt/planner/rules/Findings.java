package io.gigawatt.planner.rules;

import io.gigawatt.planner.units.Quantities;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.Match;
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

    /**
     * The finding of the rule that fires, about {@code subject}: its sentence, recommendation and numbers are the
     * rule's {@code @message}, {@code @recommend} and {@code @numbers}, filled from the values its conditions bind.
     */
    public static Finding finding(RuleContext context, String subject) {
        Rule rule = context.getRule();
        Match match = context.getMatch();
        Function<String, Object> values = name -> match.getDeclarationValue("$" + name);
        String message = RuleMetadata.message(rule);
        if (message == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @message for its finding");
        }
        String recommendation = RuleMetadata.recommendation(rule);
        Finding finding = new Finding(rule.getName(), RuleMetadata.family(rule), RuleMetadata.severity(rule),
                Sentence.of(message).fill(values), subject, Map.of(),
                recommendation == null ? null : Sentence.of(recommendation).fill(values));
        for (String name : RuleMetadata.numbers(rule)) {
            Object value = values.apply(name);
            if (value != null) { // a figure the case has not (a site that never carries a phase has no day)
                finding = finding.withValue(name, value);
            }
        }
        return finding;
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
