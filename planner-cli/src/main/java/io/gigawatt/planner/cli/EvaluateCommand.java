package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.SwingModel;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code planner evaluate SCENARIO}: load, compute, judge, report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner evaluate examples/colossus.yaml",
                "  planner evaluate examples/colossus.yaml --format html --out reports",
                "  planner evaluate examples/colossus.yaml --draws 0 \\",
                "      --catalogue examples/company-catalogue.yaml",
                "  planner evaluate - < examples/colossus.yaml"},
        description = "Evaluates a scenario: demand, the supply it needs per phase, and the rules' verdict.")
public final class EvaluateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML)")
    Path scenario;

    @Mixin
    ReportOptions report;

    @Mixin
    CatalogueFiles catalogue;

    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws of the timeline; 0: none (the risk section is left out, the dates without"
                    + " P50/P90); default: the scenario's timeline.risk.draws, else 1000")
    Integer draws;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "seed of the timeline's Monte Carlo (default: the scenario's timeline.risk.seed)")
    Long seed;

    @Option(names = "--trace-out", paramLabel = "FILE",
            description = "write the simulated power-swing traces of every phase as CSV into FILE, for plotting"
                    + " (the scenario needs a workload: section)")
    Path traceOut;

    @Mixin
    JudgementOptions judged;

    @Spec
    CommandSpec spec;

    private final ScenarioEvaluator evaluator;
    private final SwingModel swing;

    @Inject
    EvaluateCommand(ScenarioEvaluator evaluator, SwingModel swing) {
        this.evaluator = evaluator;
        this.swing = swing;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!judged.usable(stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        Evaluation evaluation;
        try {
            Optional<String> drawsProblem = RiskOptions.problem(draws);
            if (drawsProblem.isPresent()) {
                stderr.println("planner: " + drawsProblem.get());
                return ExitCode.BAD_INPUT.code();
            }
            UnaryOperator<Scenario> adjust = loaded -> RiskOptions.apply(loaded, draws, seed);
            ScenarioEvaluator evaluator = this.evaluator.with(catalogue.loader());
            RuleEngine planners = judged.plannersRules(stderr);
            SwingProgressLine progress = SwingProgressLine.forTerminal(report.progressTo(stderr));
            try {
                evaluation = planners == null
                        ? evaluator.evaluate(scenario, judged.policy, judged.ruleTimeLimit, adjust, progress)
                        : evaluator.evaluate(scenario, planners, judged.policy, adjust, progress);
            } finally {
                progress.end();
            }
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        } catch (RuleExecutionException e) {
            return PlannerRules.failed(e, judged.verbose, stderr);
        } catch (RiskOptions.TooManyDraws e) {
            stderr.println("planner: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        }
        Report built = ReportBuilder.build(evaluation);
        String text = report.format.render(built);
        if (traceOut != null) {
            if (evaluation.plan().phases().stream().allMatch(p -> p.swing() == null)) {
                stderr.println("planner: --trace-out " + traceOut + ": " + scenario
                        + " has no workload: section, expected one with the jobs to simulate");
                return ExitCode.BAD_INPUT.code();
            }
            try {
                SwingTraces.write(swing, evaluation.plan(), traceOut, scenario);
            } catch (IOException e) {
                stderr.println(OutputFiles.cannotWrite("--trace-out", traceOut, e));
                return ExitCode.BAD_INPUT.code();
            }
        }
        String traces = traceOut == null ? "" : "; traces written to " + traceOut;
        if (!report.deliver(text, scenario, written -> built.scenario() + ": " + built.verdict() + " (" + built.tally()
                + "); report written to " + written + traces, stdout, stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        return (evaluation.feasible() ? ExitCode.FEASIBLE : ExitCode.INFEASIBLE).code();
    }

    /** Reads a format as planners type it, and names the choices in lower case when it is not one of them. */
    static final class FormatConverter extends Choice<Format> {
        FormatConverter() {
            super(Format.class);
        }
    }

}
