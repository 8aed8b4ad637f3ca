package io.gigawatt.planner.rules;

import java.util.List;

/** A rule's consequence (the part after {@code then}) threw; the message names the rule, where, and the facts it matched. */
public final class RuleConsequenceException extends RuleExecutionException {

    private final String rule;
    private final List<String> facts;

    /**
     * @param rule  the rule's name
     * @param where {@code file:line} of the statement that threw, or null when it cannot be told
     * @param facts the facts the rule matched, described ({@code PhasePlan "Colossus 1"})
     * @param cause what the consequence threw
     */
    public RuleConsequenceException(String rule, String where, List<String> facts, Throwable cause) {
        super("rule \"" + rule + "\" failed" + (where == null ? "" : " at " + where)
                + (facts.isEmpty() ? "" : " on " + String.join(", ", facts)) + ": " + describe(cause), cause, where);
        this.rule = rule;
        this.facts = List.copyOf(facts);
    }

    public String rule() {
        return rule;
    }

    public List<String> facts() {
        return facts;
    }

    private static String describe(Throwable cause) {
        if (cause == null) {
            return "unknown error";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
