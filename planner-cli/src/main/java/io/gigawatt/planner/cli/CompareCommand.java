package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.compare.Comparison;
import io.gigawatt.planner.cli.compare.ComparisonDocument;
import io.gigawatt.planner.cli.compare.ScenarioComparer;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.swing.SwingProgress;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner compare A.yaml B.yaml}: what changed between two scenarios (inputs, dates, units, costs, findings). */
@Command(name = "compare", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner compare examples/colossus.yaml examples/texas.yaml",
                "  planner compare examples/colossus.yaml examples/texas.yaml \\",
                "      --format md --rules my-rules"},
        description = "Compares two scenarios: equipment, inputs and prices that differ, each phase's units and ready"
                + " date, each target's closing date, the costs that differ (present cost of supply, of waiting GPUs,"
                + " both, and each phase's) and the findings that came, went or changed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (whatever the differences)", "1:internal error", "2:bad usage or bad input file",
                "4:rule files do not compile"})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "the first scenario (YAML)")
    Path first;

    @Parameters(index = "1", paramLabel = "B", description = "the second scenario (YAML)")
    Path second;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = EvaluateCommand.FormatConverter.class,
            description = "output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Mixin
    JudgementOptions judged;

    @Mixin
    CatalogueFiles catalogue;

    @Spec
    CommandSpec spec;

    private final ScenarioEvaluator evaluator;
    private final Provider<RuleEngine> defaultRules;

    @Inject
    CompareCommand(ScenarioEvaluator evaluator, Provider<RuleEngine> defaultRules) {
        this.evaluator = evaluator;
        this.defaultRules = defaultRules;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!judged.usable(stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        Evaluation a;
        Evaluation b;
        try {
            ScenarioEvaluator evaluator = this.evaluator.with(catalogue.loader());
            RuleEngine engine = judged.engine(defaultRules, stderr);
            a = evaluator.evaluate(first, engine, judged.policy, UnaryOperator.identity(), SwingProgress.NONE);
            b = evaluator.evaluate(second, engine, judged.policy, UnaryOperator.identity(), SwingProgress.NONE);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        } catch (RuleExecutionException e) {
            return PlannerRules.failed(e, judged.verbose, stderr);
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
