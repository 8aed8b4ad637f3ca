package io.gigawatt.planner.rules;

import java.util.List;

/** Rule files that do not compile, with every problem located in its file (the messages are their one-line forms). */
public final class RuleProblemsException extends RuleCompileException {

    private final transient List<RuleProblem> problems;

    public RuleProblemsException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).toList());
        this.problems = List.copyOf(problems);
    }

    /** The errors, then any warnings, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }
}
