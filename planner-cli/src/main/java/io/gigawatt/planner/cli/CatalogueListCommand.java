package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.catalogue.CatalogueText;
import io.gigawatt.planner.cli.catalogue.Kind;
import io.gigawatt.planner.input.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner catalogue list [KIND] [--scenario FILE]}: one line per model, its id, name and key figures. */
@Command(name = "list", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner catalogue list gpus",
                "  planner catalogue list --catalogue examples/company-catalogue.yaml"},
        description = "Lists the models a scenario may name, one line each: id, name and key figures, by id.")
public final class CatalogueListCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "KIND",
            description = "gpus, generators, batteries or cooling; every kind when left out")
    String kind;

    @Mixin
    CatalogueInUse inUse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<Kind> kinds = CatalogueText.kinds(kind);
        if (kinds.isEmpty()) {
            err.println("planner: " + CatalogueText.unknownKind(kind));
            return ExitCode.BAD_INPUT.code();
        }
        Catalogue catalogue;
        try {
            catalogue = inUse.catalogue();
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, err);
        }
        spec.commandLine().getOut().print(CatalogueText.list(catalogue, kinds));
        spec.commandLine().getOut().flush();
        return 0; // listed
    }
}
