package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.compare.Comparison;
import io.gigawatt.planner.cli.compare.ComparisonDocument;
import io.gigawatt.planner.cli.compare.ScenarioComparer;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner compare A.yaml B.yaml}: what changed between two scenarios (inputs, dates, units, costs, findings). */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compares two scenarios: equipment, inputs and prices that differ, each phase's units and ready"
                + " date, each target's closing date, the costs that differ (present cost of supply, of waiting GPUs,"
                + " both, and each phase's) and the findings that came, went or changed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whatever the differences)", "1:internal error", "2:bad usage or bad input file"})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "the first scenario (YAML)")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "the second scenario (YAML)")
    Path second;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = EvaluateCommand.FormatConverter.class,
            description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "policy thresholds (YAML) for both scenarios; replaces the policies they name")
    Path policy;

    @Mixin
    CatalogueFiles catalogue;

    @Option(names = "--verbose", description = "show stack traces of internal errors")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final ScenarioEvaluator evaluator;

    @Inject
    CompareCommand(ScenarioEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Evaluation a;
        Evaluation b;
        try {
            ScenarioEvaluator evaluator = this.evaluator.with(catalogue.loader());
            a = evaluator.evaluate(first, policy);
            b = evaluator.evaluate(second, policy);
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        }
        Report reportA = ReportBuilder.build(a);
        Report reportB = ReportBuilder.build(b);
        Comparison comparison = ScenarioComparer.compare(a, reportA, b, reportB);
        stdout.print(format.write(ComparisonDocument.build(comparison)));
        stdout.flush();
        return ExitCode.FEASIBLE.code();
    }
}
