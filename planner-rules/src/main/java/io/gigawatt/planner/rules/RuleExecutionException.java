package io.gigawatt.planner.rules;

import java.util.Optional;

/**
 * The rules could not judge a plan: a rule kept firing or a rule's consequence threw. The message names the rule
 * and says what happened in a planner's words; there is no evaluation, so nothing should be reported.
 */
public abstract class RuleExecutionException extends RuntimeException {

    private final String where;

    protected RuleExecutionException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /** @param where {@code file:line} of the rule's text that failed, or null when it cannot be told */
    protected RuleExecutionException(String message, Throwable cause, String where) {
        super(message, cause);
        this.where = where;
    }

    /** {@code file:line} of the rule's text that failed (for {@code rules check}'s dry run to point at), if known. */
    public Optional<String> where() {
        return Optional.ofNullable(where);
    }
}
