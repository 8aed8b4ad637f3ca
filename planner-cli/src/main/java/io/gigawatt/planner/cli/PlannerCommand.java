package io.gigawatt.planner.cli;

import picocli.CommandLine.Command;

/** The top-level {@code planner} command; the work is done by its subcommands. */
@Command(name = "planner", mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner evaluate examples/colossus.yaml",
                "  planner catalogue list gpus",
                "  planner init campus.yaml --site Abilene --gpus GB200:50000:2026-06-30 \\",
                "      --grid 2026-01-01:200",
                "  planner evaluate --help"},
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

    /** The heading of every command's examples, which run from the planner's folder as written. */
    static final String EXAMPLES = "%nExamples:%n";
}
