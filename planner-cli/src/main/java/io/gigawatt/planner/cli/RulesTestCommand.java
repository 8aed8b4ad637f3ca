package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.ruletest.RuleTest;
import io.gigawatt.planner.cli.ruletest.RuleTestFile;
import io.gigawatt.planner.cli.sweep.KeyPath;
import io.gigawatt.planner.cli.sweep.TreeEdit;
import io.gigawatt.planner.cli.sweep.Value;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner rules test DIR}: runs the example-based tests of a planner's rules ({@code DIR/*.test.yaml}, in the
 * way of PMD's rule tests): each evaluates a scenario, changed as the test says, with the rules of DIR and the default
 * pack, and passes when the findings it expects are there and those it expects none of are not.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner rules test my-rules"},
        description = {"Runs the tests of the rules in DIR: each *.test.yaml file in DIR lists tests, each a scenario"
                + " (with a few changes: 'change:', as sweep's --vary keys), the findings it 'expect's and those it"
                + " 'expectNone's of. The guide (docs/planners/writing-rules.md) shows the format.",
                "Exit code 0 when every test passes, 4 when one fails or the rules do not compile, 2 when a test file"
                        + " or a scenario is bad input."})
public final class RulesTestCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR",
            description = "a folder of rule files (*.drl, *.dslr) and their tests (*.test.yaml), or one test file of"
                    + " such a folder (its tests alone)")
    Path rules;

    @Option(names = "--no-default-rules", description = "test the files alone, without the default pack")
    boolean noDefaultRules;

    @Mixin
    TrustRulesOption trust = new TrustRulesOption();

    @Spec
    CommandSpec spec;

    private final ScenarioLoader loader;
    private final Planner planner;

    @Inject
    RulesTestCommand(ScenarioLoader loader, Planner planner) {
        this.loader = loader;
        this.planner = planner;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean oneTestFile = Files.isRegularFile(rules)
                && rules.getFileName().toString().endsWith(RuleTestFile.SUFFIX);
        Path folder = oneTestFile ? Objects.requireNonNullElse(rules.getParent(), Path.of(".")) : rules;
        RuleEngine engine;
        try {
            engine = PlannerRules.engine(folder, !noDefaultRules, trust.trusted(), null, err);
        } catch (PlannerRules.Refused e) {
            return e.exitCode();
        }
        List<Path> files;
        try (Stream<Path> listing = oneTestFile ? Stream.of(rules)
                : Files.isDirectory(rules) ? Files.list(rules) : Stream.empty()) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(RuleTestFile.SUFFIX)).sorted().toList();
        }
        if (files.isEmpty()) {
            err.println("planner: no rule tests (*" + RuleTestFile.SUFFIX + ") in " + rules
                    + "; 'planner rules new NAME --in " + rules + "' writes a rule and its test");
            return ExitCode.BAD_INPUT.code();
        }
        int run = 0;
        int failed = 0;
        try {
            for (Path file : files) {
                for (RuleTest test : RuleTestFile.read(file)) {
                    List<String> failures = failures(test, engine);
                    run++;
                    failed += failures.isEmpty() ? 0 : 1;
                    out.println((failures.isEmpty() ? "PASS  " : "FAIL  ") + test.location().file() + ":"
                            + test.location().line() + ": " + test.name());
                    failures.forEach(failure -> out.println("      " + failure));
                }
            }
        } catch (InputException e) {
            out.flush();
            return ProblemPrinter.printAll(e, err);
        }
        out.println(PlannerRules.plural(run, "test") + ": " + (run - failed) + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? 0 : ExitCode.RULES_DO_NOT_COMPILE.code();
    }

    /** What the test found wrong with the rules, one sentence each; empty when it passes. */
    private List<String> failures(RuleTest test, RuleEngine engine) throws InputException {
        Scenario scenario = scenario(test);
        Evaluation evaluation;
        try {
            evaluation = engine.evaluate(planner.plan(scenario),
                    PolicyReader.chosen(test.policy(), scenario.policyFile()));
        } catch (RuleExecutionException e) {
            return List.of("the rules failed: " + e.getMessage());
        }
        List<String> failures = new ArrayList<>();
        for (RuleTest.Expected expected : test.expected()) {
            if (evaluation.findings().stream().noneMatch(expected::matches)) {
                failures.add("expected a finding of " + expected + ", found " + described(evaluation, expected.rule()));
            }
        }
        for (RuleTest.Expected unexpected : test.unexpected()) {
            evaluation.findings().stream().filter(unexpected::matches).forEach(found ->
                    failures.add("expected no finding of " + unexpected + ", found: " + found.subject() + ": "
                            + found.message()));
        }
        return failures;
    }

    /** The test's scenario with its changes, loaded as the planner loads a scenario (every mistake located). */
    private Scenario scenario(RuleTest test) throws InputException {
        Node tree = YamlFiles.read(test.scenario());
        for (Map.Entry<String, RuleTest.Change> change : test.changes().entrySet()) {
            KeyPath path;
            try {
                path = KeyPath.parse(change.getKey());
            } catch (IllegalArgumentException e) {
                throw new InputException(new Problem(change.getValue().location(), change.getKey(), e.getMessage()));
            }
            tree = TreeEdit.set(tree, path, Value.of(change.getValue().value())).tree();
        }
        return loader.load(tree, test.scenario().toString(), test.scenario().toAbsolutePath().getParent());
    }

    /** The findings of {@code rule} in an evaluation, as "none" or "Colossus 1: message; ...". */
    private static String described(Evaluation evaluation, String rule) {
        List<String> found = evaluation.findings().stream().filter(f -> f.rule().equals(rule))
                .map(f -> f.subject() + ": " + f.message()).toList();
        return found.isEmpty() ? "no finding of that rule" : "only: " + String.join("; ", found);
    }
}
