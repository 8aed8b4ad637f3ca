package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.sites.SitesDocument;
import io.gigawatt.planner.cli.sites.SitesReport;
import io.gigawatt.planner.cli.sites.SitesReportBuilder;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.siting.SiteComparison;
import io.gigawatt.planner.rules.siting.SiteEvaluator;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner sites PLAN SITES}: the build plan at every candidate site, ranked by the first day each site
 * carries each phase and target, then by what it still lacks, with the findings per site.
 */
@Command(name = "sites", mixinStandardHelpOptions = true,
        description = "Ranks candidate sites for a build plan: the first day each carries each phase and target,"
                + " then what each still lacks, with the findings per site.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:at least one site carries the plan without a finding of severity ERROR",
                "1:internal error",
                "2:bad usage or bad input file",
                "3:no site carries the plan without an error",
                "4:rule files do not compile"})
public final class SitesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PLAN", description = "the build plan: a scenario whose site and grid may be"
            + " left out (YAML)")
    Path plan;

    @Parameters(index = "1", paramLabel = "SITES", description = "the candidate sites (YAML)")
    Path sites;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            converter = EvaluateCommand.FormatConverter.class,
            description = "report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write the report into DIR (created if missing) instead of printing it")
    Path out;

    @Mixin
    JudgementOptions judged;

    @Spec
    CommandSpec spec;

    private final SiteEvaluator evaluator;

    @Inject
    SitesCommand(SiteEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!judged.usable(stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        SiteComparison comparison;
        try {
            comparison = evaluator.compare(plan, sites, judged.plannersRules(stderr), judged.policy,
                    judged.ruleTimeLimit);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        } catch (RuleExecutionException e) {
            return PlannerRules.failed(e, judged.verbose, stderr);
        } catch (InputException e) {
            ProblemPrinter printer = new ProblemPrinter();
            for (Problem problem : e.problems()) {
                printer.print(problem, stderr);
            }
            return ExitCode.BAD_INPUT.code();
        }
        SitesReport report = SitesReportBuilder.build(comparison);
        String text = format.write(SitesDocument.build(report));
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            try {
                Path written = out.resolve(baseName(sites) + "." + format.extension());
                OutputFiles.write(written, sites, text);
                stdout.println(report.sites() + ": " + report.verdict() + ", first " + report.ranking().get(0).name()
                        + "; report written to " + written);
            } catch (OutputFiles.Refused e) {
                stderr.println("planner: --out " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            } catch (IOException e) {
                stderr.println("planner: cannot write the report into " + out + ": " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
        }
        return (comparison.anyFeasible() ? ExitCode.FEASIBLE : ExitCode.INFEASIBLE).code();
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
