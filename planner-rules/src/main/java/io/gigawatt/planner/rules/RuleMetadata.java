package io.gigawatt.planner.rules;

import java.util.Locale;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata: judgements carry {@code @family}, {@code @severity} and {@code @doc}; derivations
 * carry {@code @kind(derivation)}, {@code @family} and {@code @doc}.
 */
public final class RuleMetadata {

    private RuleMetadata() {
    }

    public static String family(Rule rule) {
        return text(rule, "family");
    }

    public static Severity severity(Rule rule) {
        String severity = text(rule, "severity");
        try {
            return Severity.valueOf(severity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has @severity(" + severity
                    + "), expected ERROR, WARNING or INFO", e);
        }
    }

    /** A derivation rule inserts facts for other rules ({@code @kind(derivation)}); it makes no finding. */
    public static boolean isDerivation(Rule rule) {
        Object kind = rule.getMetaData().get("kind");
        return kind != null && kind.toString().replace("\"", "").strip().equals("derivation");
    }

    public static String doc(Rule rule) {
        return text(rule, "doc");
    }

    private static String text(Rule rule, String key) {
        Object value = rule.getMetaData().get(key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key + " metadata");
        }
        String text = value.toString().strip();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
