package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.ruletest.RuleTestFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner rules new NAME}: writes a starting rule in the planners' vocabulary ({@code NAME.dslr}) and its test
 * ({@code NAME.test.yaml}) for a planner to change: sentences, no Java, that pass {@code rules check}, and a test that
 * fires on a scenario and a near miss that does not, which {@code rules test} passes as written. Nothing is written
 * over.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner rules new grid-share-floor --in my-rules"},
        description = {"Writes NAME.dslr, a starting rule in the planners' vocabulary, and NAME.test.yaml, its tests"
                + " (a scenario where it fires and a near miss), into --in DIR; 'planner rules test DIR' runs them.",
                "Exit code 0 when written, 2 when NAME is not a file name or a file is already there."})
public final class RulesNewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "NAME", description = "the rule's file name: lower-case words and hyphens,"
            + " e.g. grid-share-floor")
    String name;

    @Option(names = "--in", paramLabel = "DIR", defaultValue = ".", description = "the folder of your rules"
            + " (default: the current folder)")
    Path folder;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "examples/colossus.yaml",
            description = "the scenario the test evaluates (default: ${DEFAULT-VALUE})")
    Path scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            err.println("planner: '" + name + "' is not a rule file name, expected lower-case words and hyphens such as"
                    + " grid-share-floor");
            return ExitCode.BAD_INPUT.code();
        }
        Path rule = folder.resolve(name + ".dslr");
        Path test = folder.resolve(name + RuleTestFile.SUFFIX);
        // a rule of that name in the rule language would be the same rule twice
        for (Path file : List.of(folder.resolve(name + ".drl"), rule, test)) {
            if (Files.exists(file)) {
                err.println("planner: " + file + " is already there; nothing was written (choose another NAME)");
                return ExitCode.BAD_INPUT.code();
            }
        }
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        Path scenarioFromTest = folder.toAbsolutePath().normalize().relativize(scenario.toAbsolutePath().normalize());
        OutputFiles.createFolder(folder);
        OutputFiles.write(rule, null, ruleText(title));
        OutputFiles.write(test, null, testText(title, scenarioFromTest));
        spec.commandLine().getOut().println("wrote " + rule + " and " + test + "; 'planner rules test " + folder
                + "' runs the test");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String ruleText(String title) {
        return """
                // %1$s: say in a sentence what this rule judges and why. Change its sentences (the guide,
                // docs/planners/writing-rules.md, lists those you may write); 'planner rules check' finds your
                // mistakes, 'planner rules test' runs the tests beside it.
                package mycampus.rules;

                rule "%1$s"
                    @family(mine)
                    @severity(WARNING)
                    @doc("A phase whose grid share is below one half.")
                    @message("The grid carries {gridShare:percent} of {phase}")
                when
                    a phase
                    - whose gridShare is below 0.5
                then
                    report the phase
                end
                """.formatted(title);
    }

    private static String testText(String title, Path scenario) {
        return """
                # Tests of the rule "%1$s": 'planner rules test' runs every *.test.yaml of the
                # folder. Each test evaluates a scenario (paths relative to this file), changed as 'change:'
                # says (keys as 'planner sweep --vary' takes them), and lists the findings it expects and
                # those it expects none of (rule, and optionally subject and says: a part of the sentence).
                tests:
                  - name: fires on the first phase
                    scenario: %2$s
                    expect:
                      - rule: %1$s
                        subject: Colossus 1
                  - name: a grid that carries the campus is a near miss
                    scenario: %2$s
                    change:
                      grid.tranches[1].firmMw: 5000
                    expectNone:
                      - rule: %1$s
                        subject: Colossus 1
                """.formatted(title, scenario.toString().replace('\\', '/'));
    }
}
