package io.gigawatt.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code planner rules}: the commands about rule files; on its own it says which there are. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Checks a planner's rule files and lists the rule catalogue.",
        subcommands = {RulesCheckCommand.class, RulesListCommand.class})
public final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("planner: 'planner rules' needs a command: check or list");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT.code();
    }
}
