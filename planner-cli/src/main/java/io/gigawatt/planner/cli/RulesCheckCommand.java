package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.RuleBuild;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner rules check DIR}: compiles a planner's rule files with the default pack, as {@code evaluate --rules}
 * would, and reports every problem in every file; exit 4 when any is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Compiles the rule files in DIR (its *.drl files, or one file) together with the default pack,"
                + " as 'planner evaluate --rules DIR' would, and reports every problem in every file as"
                + " file:line:col: message, with the line, a caret and a hint.",
                "Exit code 0 when they compile (warnings and notes do not fail), 4 when they do not."})
public final class RulesCheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of rule files (*.drl), or one rule file")
    Path rules;

    @Option(names = "--no-default-rules", description = "check the files alone, without the default pack")
    boolean noDefaultRules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleBuild build;
        try {
            build = PlannerRules.build(rules, !noDefaultRules, err);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        }
        PlannerRules.printProblems(build, err);
        if (build.hasErrors()) {
            return ExitCode.RULES_DO_NOT_COMPILE.code();
        }
        spec.commandLine().getOut().println(PlannerRules.counted(build) + ": OK");
        spec.commandLine().getOut().flush();
        return 0; // they compile
    }
}
