package io.gigawatt.planner.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.kie.api.definition.rule.Rule;

/**
 * Reads a rule's metadata: judgements carry {@code @family}, {@code @severity} and {@code @doc}; derivations
 * carry {@code @kind(derivation)}, {@code @family} and {@code @doc}. A judgement's sentence and recommendation may be
 * templates in {@code @message} and {@code @recommend}, with the figures reports list by name in {@code @numbers}.
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

    /** The finding's sentence template ({@code @message}), or null when the rule writes its sentence in Java. */
    public static String message(Rule rule) {
        return rule.getMetaData().containsKey("message") ? text(rule, "message") : null;
    }

    /** The recommendation's template ({@code @recommend}), or null when the rule has none. */
    public static String recommendation(Rule rule) {
        return rule.getMetaData().containsKey("recommend") ? text(rule, "recommend") : null;
    }

    /** The names of the values a finding lists as its numbers ({@code @numbers(gridShare, gridMw)}), in order. */
    public static List<String> numbers(Rule rule) {
        if (!rule.getMetaData().containsKey("numbers")) {
            return List.of();
        }
        return Arrays.stream(text(rule, "numbers").split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
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
