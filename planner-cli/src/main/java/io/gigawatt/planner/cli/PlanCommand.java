package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.output.OutputFolder;
import io.gigawatt.planner.cli.plan.PlanSection;
import io.gigawatt.planner.cli.plan.PlanSummary;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.cli.report.ReportDocument;
import io.gigawatt.planner.cli.report.TradeOff;
import io.gigawatt.planner.cli.report.html.HtmlRenderer;
import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.search.DecisionText;
import io.gigawatt.planner.search.Goal;
import io.gigawatt.planner.search.Judge;
import io.gigawatt.planner.search.Outcome;
import io.gigawatt.planner.search.PlanSearch;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner plan SCENARIO --goal earliest|cheapest|cheapest-by DATE}: searches the levers of the scenario's
 * {@code decisions:} section (Timefold Solver) for the plan that passes every rule and is ready soonest, or costs
 * least, or costs least while ready by DATE; each candidate judged as {@code planner evaluate} judges a file.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner plan examples/two-halls.yaml --goal earliest",
                "  planner plan examples/two-halls.yaml --goal cheapest --time-limit 1m \\",
                "      --out plans"},
        description = "Proposes a plan: searches the decisions: section's levers for the earliest or cheapest plan"
                + " that passes every rule, and writes it as a scenario with its report.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the proposed plan passes every rule (and is ready by DATE for cheapest-by)",
                "1:internal error",
                "2:bad usage or bad input (a bad decisions: bound: located)",
                "3:no candidate judged passes every rule: the blocking rules are named",
                "4:rule files do not compile",
                "130:interrupted (Ctrl-C): the best plan so far, written whole"})
public final class PlanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "the scenario file (YAML), with a decisions: section")
    Path scenario;

    @Option(names = "--goal", arity = "1..2", required = true, paramLabel = "GOAL",
            description = "earliest, cheapest, or cheapest-by DATE (YYYY-MM-DD): every phase ready by DATE")
    List<String> goal;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s",
            converter = JudgementOptions.DurationConverter.class,
            description = "stop the search after this long with the best plan so far (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "the search's random seed: the same seed proposes the same plan (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    ReportOptions report;

    @Mixin
    JudgementOptions judged;

    @Mixin
    CatalogueFiles catalogue;

    @Spec
    CommandSpec spec;

    private final Planner planner;
    private final Provider<RuleEngine> defaultRules;

    @Inject
    PlanCommand(Planner planner, Provider<RuleEngine> defaultRules) {
        this.planner = planner;
        this.defaultRules = defaultRules;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (!judged.usable(stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        Goal chosen;
        try {
            chosen = goal(goal);
        } catch (IllegalArgumentException e) {
            stderr.println("planner: --goal " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        Scenario loaded;
        DecisionText text;
        Policy policy;
        ScenarioLoader loader;
        try {
            loader = catalogue.loader();
            loaded = loader.load(scenario);
            text = new DecisionText(TextFiles.nameOf(scenario), TextFiles.read(scenario, "a YAML file"), loaded);
            policy = PolicyReader.chosen(judged.policy, loaded.policyFile());
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        }
        List<Lever> levers = loaded.decisions().levers();
        if (levers.isEmpty()) {
            stderr.println("planner: " + scenario + " has no decisions: section, expected one saying what may change"
                    + " and within which bounds, e.g. decisions: {milestones: {Doubling: {deferDays: {max: 360}}}}"
                    + " (docs/planning.md)");
            return ExitCode.BAD_INPUT.code();
        }
        RuleEngine engine;
        try {
            engine = judged.engine(defaultRules, stderr);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        }
        Judge judge = new Judge(loader, planner, engine, policy, text, ScenarioLoader.folderOf(scenario),
                s -> s, levers);
        PlanSearch search = new PlanSearch();
        CountDownLatch written = new CountDownLatch(1);
        boolean[] interrupted = new boolean[1];
        Thread hook = new Thread(() -> {
            // Ctrl-C: the search ends with the best plan so far, which the command writes whole before the JVM ends
            interrupted[0] = true;
            search.stop();
            try {
                written.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "plan-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return searchAndWrite(loaded, text, judge, search, chosen, interrupted, stdout, stderr);
        } catch (RuleExecutionException e) {
            return PlannerRules.failed(e, judged.verbose, stderr);
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        } finally {
            written.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook has waited for this
            }
        }
    }

    /**
     * The rules that bind at the proposal: for each changed lever, the ERROR rules of the plan with that lever one
     * step either side of its proposed value (the search judged those neighbours already, in its polish).
     */
    private static List<PlanSummary.Binding> bindings(Judge judge, PlanSearch.Result result,
                                                      List<PlanSummary.Change> changes) {
        List<PlanSummary.Binding> bindings = new ArrayList<>();
        if (!result.feasible()) {
            return bindings;
        }
        List<Lever> levers = judge.levers();
        for (PlanSummary.Change change : changes) {
            int i = levers.indexOf(change.lever());
            for (int step : new int[] {-1, 1}) {
                int value = result.choice()[i] + step;
                if (value >= 0 && value < levers.get(i).values().size()) {
                    int[] neighbour = result.choice().clone();
                    neighbour[i] = value;
                    Outcome near = judge.judge(neighbour);
                    if (near.errors() > 0 && !near.refused()) {
                        bindings.add(new PlanSummary.Binding(levers.get(i), levers.get(i).values().get(value),
                                near.blocking()));
                    }
                }
            }
        }
        return bindings;
    }

    /** The trade-off among the candidates judged, for the plan's HTML report. */
    private static TradeOff tradeOff(Judge judge, PlanSearch.Result result, String currency) {
        List<Integer> proposed = Arrays.stream(result.choice()).boxed().toList();
        return new TradeOff(currency, judge.frontier().stream().map(j -> new TradeOff.Point(
                j.outcome().ready().toString(), j.outcome().cost().amount(),
                PlanSummary.decisions(judge.levers(), j.choice()), j.choice().equals(proposed))).toList());
    }

    private int searchAndWrite(Scenario loaded, DecisionText text, Judge judge, PlanSearch search, Goal chosen,
                               boolean[] interrupted, PrintWriter stdout, PrintWriter stderr) throws InputException {
        List<Lever> levers = judge.levers();
        long start = System.nanoTime();
        Outcome written = judge.asWritten();
        ProgressLine progress = ProgressLine.forTerminal(report.progressTo(stderr));
        judge.reportTo(judgedSoFar -> progress.show(() -> String.format(Locale.ROOT,
                "searching: %,d candidates judged, %.0f s of at most %d s", judgedSoFar,
                (System.nanoTime() - start) / 1e9, timeLimit.toSeconds())));
        PlanSearch.Result result;
        try {
            result = search.search(judge, chosen, loaded.build().start(), seed, timeLimit);
        } finally {
            progress.end();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<PlanSummary.Change> changes = new ArrayList<>();
        for (int i = 0; i < levers.size(); i++) {
            if (result.choice()[i] != levers.get(i).writtenIndex()) {
                int[] without = result.choice().clone();
                without[i] = levers.get(i).writtenIndex();
                Lever lever = levers.get(i);
                LocalDate writtenDate = lever.milestone() == Lever.NO_MILESTONE ? null
                        : loaded.build().milestones().get(lever.milestone()).date();
                changes.add(new PlanSummary.Change(lever, lever.values().get(result.choice()[i]), writtenDate,
                        loaded.equipment().powerCaps().containsKey(lever.subject()), judge.judge(without)));
            }
        }
        String currency = loaded.economics().currency();
        List<PlanSummary.Binding> bindings = bindings(judge, result, changes);
        String summary = PlanSummary.text(loaded.name(), chosen, seed, currency, levers, written, result,
                loaded.decisions().candidates(), seconds, changes, bindings,
                judge.blockingEveryCandidate(), judge.frontier(), interrupted[0]);
        if (report.out != null) {
            String proposed = text.with(levers, result.choice());
            Evaluation evaluation = judge.evaluate(result.choice());
            Report built = ReportBuilder.build(evaluation);
            Document evaluated = ReportDocument.build(built);
            List<Section> sections = new ArrayList<>(evaluated.sections());
            sections.add(PlanSection.build(chosen, seed, currency, written, result, changes, bindings));
            Document document = new Document(evaluated.title(), sections);
            String rendered = report.format == Format.HTML
                    ? HtmlRenderer.render(built, document, tradeOff(judge, result, currency))
                    : report.format.write(document);
            String stem = OutputFolder.stem(scenario) + "-plan";
            Path plan;
            Path planReport;
            try {
                plan = OutputFolder.file(report.out, stem, "yaml");
                planReport = OutputFolder.file(report.out, stem, report.format.extension());
                OutputFiles.write(plan, scenario, proposed);
                OutputFiles.write(planReport, scenario, rendered);
            } catch (IOException e) {
                stderr.println(OutputFiles.cannotWrite("--out", report.out, e));
                return ExitCode.BAD_INPUT.code();
            }
            summary += "  written      " + plan + " and its report " + planReport + "\n";
        }
        if (!(report.quiet && report.out != null)) { // quiet: the files written hold the summary
            stdout.print(summary);
            stdout.flush();
        }
        if (interrupted[0]) {
            return SweepCommand.INTERRUPTED;
        }
        return (result.feasible() ? ExitCode.FEASIBLE : ExitCode.INFEASIBLE).code();
    }

    /** The goal as typed: {@code earliest}, {@code cheapest}, or {@code cheapest-by DATE}. */
    static Goal goal(List<String> words) {
        String kind = words.get(0);
        String expected = "expected earliest, cheapest or cheapest-by DATE (YYYY-MM-DD)";
        if (words.size() == 1 && kind.equals("earliest")) {
            return Goal.earliest();
        }
        if (words.size() == 1 && kind.equals("cheapest")) {
            return Goal.cheapest();
        }
        if (kind.equals("cheapest-by")) {
            if (words.size() < 2) {
                throw new IllegalArgumentException("cheapest-by needs a date, " + expected);
            }
            try {
                return Goal.cheapestBy(LocalDate.parse(words.get(1)));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("cheapest-by '" + words.get(1) + "' is not a date, " + expected);
            }
        }
        throw new IllegalArgumentException("'" + String.join(" ", words) + "', " + expected);
    }
}
