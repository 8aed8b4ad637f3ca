package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.sites.SitesDocument;
import io.gigawatt.planner.cli.sites.SitesReport;
import io.gigawatt.planner.cli.sites.SitesReportBuilder;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.siting.SiteComparison;
import io.gigawatt.planner.rules.siting.SiteEvaluator;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner sites PLAN SITES}: the build plan at every candidate site, ranked by the first day each site
 * carries each phase and target, then by what it still lacks, with the findings per site.
 */
@Command(name = "sites", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner sites examples/colossus-plan.yaml examples/colossus-sites.yaml",
                "  planner sites examples/colossus-plan.yaml examples/colossus-sites.yaml \\",
                "      --format html --out reports"},
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

    @Mixin
    ReportOptions report;

    @Mixin
    JudgementOptions judged;

    @Mixin
    CatalogueFiles catalogue;

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
            comparison = evaluator.with(catalogue.loader()).compare(plan, sites, judged.plannersRules(stderr), judged.policy,
                    judged.ruleTimeLimit);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        } catch (RuleExecutionException e) {
            return PlannerRules.failed(e, judged.verbose, stderr);
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        }
        SitesReport ranked = SitesReportBuilder.build(comparison);
        String text = report.format.write(SitesDocument.build(ranked));
        if (!report.deliver(text, sites, written -> ranked.sites() + ": " + ranked.verdict() + ", first "
                + ranked.ranking().get(0).name() + "; report written to " + written, stdout, stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        return (comparison.anyFeasible() ? ExitCode.FEASIBLE : ExitCode.INFEASIBLE).code();
    }

}
