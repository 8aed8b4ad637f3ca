package io.gigawatt.planner.rules;

/**
 * The rules could not judge a plan: a rule kept firing or a rule's consequence threw. The message names the rule
 * and says what happened in a planner's words; there is no evaluation, so nothing should be reported.
 */
public abstract class RuleExecutionException extends RuntimeException {

    protected RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
