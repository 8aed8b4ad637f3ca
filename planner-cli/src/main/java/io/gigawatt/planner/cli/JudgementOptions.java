package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.RuleEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What every command that judges a scenario lets the planner choose: the rules, the policy, how errors show. */
final class JudgementOptions {

    @Option(names = "--policy", paramLabel = "FILE",
            description = "policy thresholds (YAML) over the defaults; replaces the policy the scenario or plan names")
    Path policy;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "also run the planner's rule files in DIR (its *.drl files, or one file); a rule named like"
                    + " a default rule replaces it")
    Path rules;

    @Option(names = "--no-default-rules", description = "run only the rules of --rules, without the default pack")
    boolean noDefaultRules;

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    /** Whether the options make sense together; says why not on {@code stderr} when they do not. */
    boolean usable(PrintWriter stderr) {
        if (noDefaultRules && rules == null) {
            stderr.println("planner: --no-default-rules needs --rules DIR (there would be no rules to run)");
            return false;
        }
        return true;
    }

    /**
     * The engine of the planner's {@code --rules} (with the default pack unless {@code --no-default-rules}), or null
     * without {@code --rules}: the command then runs its default engine.
     */
    RuleEngine plannersRules(PrintWriter stderr) throws PlannerRules.Refused {
        return rules == null ? null : PlannerRules.engine(rules, !noDefaultRules, stderr);
    }
}
