package io.gigawatt.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code planner rules}: the commands about rule files; on its own it says which there are. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner rules new grid-share-floor --in my-rules",
                "  planner rules check my-rules",
                "  planner rules test my-rules"},
        description = "Checks, lists and tests a planner's rule files, and starts a new one.",
        subcommands = {RulesCheckCommand.class, RulesListCommand.class, RulesTestCommand.class,
                RulesNewCommand.class})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("planner: 'planner rules' needs a command: check, list, test or new");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT.code();
    }
}
