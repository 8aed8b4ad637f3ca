package io.gigawatt.planner.cli;

/** The planner's exit codes; scripts and CI rely on them, so they never change meaning. */
public enum ExitCode {
    /** The scenario is feasible: no finding of severity ERROR. */
    FEASIBLE(0),
    /** A bug or an environment failure; the message says what, {@code --verbose} adds the stack trace. */
    INTERNAL_ERROR(1),
    /** Bad usage (unknown option, missing argument) or a bad input file; messages give file:line:col. */
    BAD_INPUT(2),
    /** The scenario is infeasible: at least one finding of severity ERROR. */
    INFEASIBLE(3),
    /** Rule files do not compile. */
    RULES_DO_NOT_COMPILE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
