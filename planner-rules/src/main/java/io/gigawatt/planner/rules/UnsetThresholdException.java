package io.gigawatt.planner.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A planner's rule reads a threshold the policy of the run does not set: the rule would never fire, and the
 * evaluation would look clean. Each read is a located problem in the rule file.
 */
public final class UnsetThresholdException extends RuleExecutionException {

    private final List<RuleProblem> problems;

    UnsetThresholdException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("; ")), null,
                problems.get(0).location().file() + ":" + problems.get(0).location().line());
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
