package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@code planner rules check} says can be trusted: rule files it passes compile and run, and what would go wrong
 * in them at run time (a condition or consequence that throws, a threshold the policy does not set) is found by a dry
 * run on the examples, located in the rule file, before an evaluation hits it. Each {@code failing-rules/} file
 * (.drl, or .dslr in the planners' vocabulary, located at the planner's sentence) compiles, and {@code rules check}
 * refuses it with exit 4 and exactly its golden {@code .expected} diagnostics.
 */
class TrustworthyCheckTest {

    private static final Path FAILING = Path.of("src/test/resources/failing-rules");
    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String OWN_RULES = "src/test/resources/own-rules/";
    private static final String EVAL_WITHOUT_IMPORT = "src/test/resources/broken-rules/eval-missing-import.drl";
    private static final String NL = System.lineSeparator();

    static Stream<Path> failingRules() throws IOException {
        try (Stream<Path> entries = Files.list(FAILING)) {
            return entries.filter(e -> e.toString().matches(".*\\.(drl|dslr)")).sorted().toList().stream();
        }
    }

    private static String golden(Path rules) throws IOException {
        return Files.readString(Path.of(rules.toString().replaceAll("\\.(drl|dslr)$", ".expected")),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failingRules")
    void checkRunsTheRulesOnTheExamplesAndLocatesWhatFails(Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", rules.toString());

        assertThat(run.err()).isEqualTo(golden(rules));
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.out()).isEmpty();
    }

    /** What the check found is what an evaluation hits: the same file and line, in one line, no internal error. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("failingRules")
    void evaluateStopsAtTheSameLineTheCheckNamed(Path rules, @TempDir Path dir) throws IOException {
        String where = golden(rules).lines().findFirst().orElseThrow().replaceAll("^(.*?:\\d+):\\d+: .*$", "$1");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", rules.toString(), "--out", dir.resolve("r").toString());

        assertThat(run.exitCode()).isIn(ExitCode.INTERNAL_ERROR.code(), ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).contains(where).doesNotContain("internal error", "\tat ", "Rule_", "Invoker", "[Near");
        assertThat(dir.resolve("r")).doesNotExist();
    }

    @Test
    void aThresholdThePolicyDoesNotSetIsAnErrorOfTheRuleFileAtEvaluate() throws IOException {
        Path rules = FAILING.resolve("unset-thresholds.drl");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).isEqualTo(golden(rules).replaceAll("(?m)^1 file.*\\R", ""));
    }

    @Test
    void thePolicyThatSetsTheThresholdsLetsTheRulesRun() {
        CliRun run = CliRun.of("rules", "check", "../docs/planners/examples/water-rules",
                "--policy", "../docs/planners/examples/water-policy.yaml");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("1 file, 1 rule: OK, and they run on the examples colossus.yaml and"
                + " two-halls.yaml" + NL);
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aScenarioGivenIsRunInsteadOfTheExamples() {
        CliRun run = CliRun.of("rules", "check", FAILING.resolve("null-property.drl").toString(),
                "--scenario", "../examples/two-halls.yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).startsWith(FAILING.resolve("null-property.drl") + ":12:5: on ../examples/two-halls.yaml,"
                + " rule \"Planned generation above 10 MW\" failed, in a condition:")
                .endsWith("1 file, 1 rule: 1 error when run on 1 scenario" + NL);
    }

    /** A Java error in an eval(...) once let the check pass and the rule base be null: every command says where. */
    @Test
    void listAndSweepReportTheErrorOfAnEvalLikeCheck() throws IOException {
        String golden = Files.readString(Path.of(EVAL_WITHOUT_IMPORT.replace(".drl", ".expected")), StandardCharsets.UTF_8);

        CliRun list = CliRun.of("rules", "list", "--rules", EVAL_WITHOUT_IMPORT);
        CliRun sweep = CliRun.of("sweep", COLOSSUS, "--vary", "economics.gasPerMmbtu=3,6", "--rules", EVAL_WITHOUT_IMPORT);

        assertThat(list.err()).isEqualTo(golden);
        assertThat(list.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(sweep.err()).isEqualTo(golden);
        assertThat(sweep.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
    }

    /** Drools's ANTLR parser prints its own complaints on the JVM's standard error: none reach the planner's. */
    @Test
    void theParsersOwnLinesDoNotReachThePlanner(@TempDir Path dir) throws Exception {
        String broken = "src/test/resources/broken-rules/compiler-failure";

        CliRun run = CliRun.inOwnJvm(List.of(), dir, "rules", "check", broken + ".drl", "--trust-rules");

        assertThat(run.err()).isEqualTo(Files.readString(Path.of(broken + ".trusted.expected"), StandardCharsets.UTF_8));
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
    }

    /** Drools logs through SLF4J to the JVM's standard error: only a planner of its own shows what leaks there. */
    @Test
    void droolsOwnLogLinesDoNotReachThePlanner(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.inOwnJvm(List.of(), dir, "evaluate", COLOSSUS, "--rules", OWN_RULES + "eval-of-a-bound-fact",
                "--no-default-rules");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("installs more than 100,000 GPUs");
    }
}
