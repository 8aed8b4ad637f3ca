package io.gigawatt.planner.cli;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.cli.catalogue.CatalogueEntry;
import io.gigawatt.planner.cli.catalogue.CatalogueText;
import io.gigawatt.planner.input.InputException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner catalogue show ID [--scenario FILE]}: every figure of one model, with its key and its source. */
@Command(name = "show", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner catalogue show GB200",
                "  planner catalogue show smt-130 --scenario examples/colossus.yaml"},
        description = "Shows every figure of one model: the key a scenario's catalogue: section changes it by, its"
                + " value with its unit, and its source.")
public final class CatalogueShowCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "ID", description = "the model's id, as a scenario names it (GB200, smt-130)")
    String id;

    @Mixin
    CatalogueInUse inUse;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Catalogue catalogue;
        try {
            catalogue = inUse.catalogue();
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, err);
        }
        List<CatalogueEntry> shown = CatalogueText.entries(catalogue, id);
        if (shown.isEmpty()) {
            err.println("planner: " + CatalogueText.unknownId(catalogue, id,
                    inUse.scenario == null ? "the catalogue" : "the catalogue of " + inUse.scenario));
            return ExitCode.BAD_INPUT.code();
        }
        shown.forEach(entry -> out.print(CatalogueText.show(entry)));
        out.flush();
        return 0; // shown
    }
}
