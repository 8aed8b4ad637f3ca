package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.rules.RuleBuild;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.RuleProblem;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.rules.UnsetThresholdException;
import io.gigawatt.planner.swing.SwingProgress;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner rules check DIR}: compiles a planner's rule files with the default pack, as {@code evaluate --rules}
 * would, and reports every problem in every file; then runs them on the examples (or the scenarios given), so a rule
 * that would fail at run time, or read a threshold the policy does not set, is found with its file and line before
 * an evaluation hits it. Exit 4 when any is an error.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner rules check my-rules",
                "  planner rules check my-rules/grid-share-floor.dslr"},
        description = {"Compiles the rule files in DIR (its *.drl files, or one file) together with the default pack,"
                + " as 'planner evaluate --rules DIR' would, and reports every problem in every file as"
                + " file:line:col: message, with the line, a caret and a hint. Then runs them on the examples"
                + " (colossus.yaml, two-halls.yaml) or the --scenario files: a rule that fails at run time, or reads a"
                + " threshold the policy does not set, is reported at its line.",
                "Exit code 0 when they compile and run (warnings and notes do not fail), 4 when they do not, 2 when a"
                        + " scenario or the policy is bad input."})
public final class RulesCheckCommand implements Callable<Integer> {

    /** The examples a dry run uses when no scenario is given (copied into the jar from examples/). */
    static final List<String> EXAMPLES = List.of("colossus.yaml", "two-halls.yaml");

    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of rule files (*.drl), or one rule file")
    Path rules;

    @Option(names = "--no-default-rules", description = "check the files alone, without the default pack")
    boolean noDefaultRules;

    @Mixin
    TrustRulesOption trust = new TrustRulesOption();

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "run the rules on this scenario (repeatable) instead of the examples")
    List<Path> scenarios;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "the policy the rules run with (thresholds of your own rules under custom:); default: the"
                    + " scenario's, else the default policy")
    Path policy;

    @Spec
    CommandSpec spec;

    private final ScenarioEvaluator evaluator;

    @Inject
    RulesCheckCommand(ScenarioEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleBuild build;
        try {
            build = PlannerRules.build(rules, !noDefaultRules, trust.trusted(), err);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        }
        PlannerRules.printProblems(build, err);
        if (build.hasErrors()) {
            return ExitCode.RULES_DO_NOT_COMPILE.code();
        }
        List<RuleProblem> failures;
        try {
            failures = dryRun(build);
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, err);
        }
        if (!failures.isEmpty()) {
            ProblemPrinter printer = new ProblemPrinter();
            failures.forEach(problem -> printer.print(problem, err));
            err.println(PlannerRules.counted(build) + ": " + PlannerRules.plural(failures.size(), "error")
                    + " when run on " + ranOn());
            err.flush();
            return ExitCode.RULES_DO_NOT_COMPILE.code();
        }
        spec.commandLine().getOut().println(PlannerRules.counted(build) + ": OK, and they run on " + ranOn());
        spec.commandLine().getOut().flush();
        return 0; // they compile and run
    }

    /**
     * The rules run on each scenario: every threshold they read that the policy does not set, and the first rule
     * that fails on each (an evaluation stops at it), located in the rule files; the same problem told once.
     */
    private List<RuleProblem> dryRun(RuleBuild build) throws InputException {
        RuleEngine engine = build.engine();
        // by where they are: a rule that fails on every example is told once, on the first
        Map<Location, RuleProblem> failures = new LinkedHashMap<>();
        if (scenarios == null) {
            for (String example : EXAMPLES) {
                String name = "the example " + example;
                failures(name, build, () -> evaluator.evaluate(name, example(example), engine, policy))
                        .forEach(f -> failures.putIfAbsent(f.location(), f));
            }
        } else {
            for (Path scenario : scenarios) {
                failures(scenario.toString(), build, () -> evaluator.evaluate(scenario, engine, policy, s -> s,
                        SwingProgress.NONE)).forEach(f -> failures.putIfAbsent(f.location(), f));
            }
        }
        return new ArrayList<>(failures.values());
    }

    private interface Evaluated {
        void run() throws InputException;
    }

    private static List<RuleProblem> failures(String scenario, RuleBuild build, Evaluated evaluation)
            throws InputException {
        try {
            evaluation.run();
            return List.of();
        } catch (UnsetThresholdException e) {
            return e.problems();
        } catch (RuleExecutionException e) {
            String where = e.where().orElse(null);
            String message = where == null ? e.getMessage() : e.getMessage().replace(" at " + where, "");
            return List.of(RuleProblem.error(where == null ? new Location("", 0, 0) : build.locate(where),
                    "on " + scenario + ", " + message, "an evaluation of this scenario would stop here (exit 1)"));
        }
    }

    private String ranOn() {
        return scenarios == null ? "the examples " + String.join(" and ", EXAMPLES)
                : PlannerRules.plural(scenarios.size(), "scenario");
    }

    private static String example(String name) {
        ClassLoader jar = RulesCheckCommand.class.getClassLoader();
        try (InputStream in = jar.getResourceAsStream("gigawatt/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the example " + name + " is missing from the planner's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
