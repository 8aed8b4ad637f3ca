package io.gigawatt.planner.cli;

import picocli.CommandLine.Command;

/** The top-level {@code planner} command; the work is done by its subcommands. */
@Command(name = "planner", mixinStandardHelpOptions = true, version = "Gigawatt Planner 0.1.0",
        description = "Capacity planning for AI compute campuses: demand, supply and feasibility rules.",
        subcommands = {EvaluateCommand.class, RulesCommand.class, CompareCommand.class, SitesCommand.class,
                SweepCommand.class, PlanCommand.class, CatalogueCommand.class, InitCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:feasible (no finding of severity ERROR)",
                "1:internal error",
                "2:bad usage or bad input file",
                "3:infeasible (a finding of severity ERROR)",
                "4:rule files do not compile"})
public final class PlannerCommand {
}
