package io.gigawatt.planner.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code planner catalogue}: the equipment a scenario may name; on its own it says which commands there are. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner catalogue list gpus",
                "  planner catalogue show GB200"},
        description = "Lists the equipment models a scenario may name, and shows one model's figures with their sources.",
        subcommands = {CatalogueListCommand.class, CatalogueShowCommand.class})
public final class CatalogueCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("planner: 'planner catalogue' needs a command: list or show");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT.code();
    }
}
