package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planner rules test DIR} runs the example-based tests beside a planner's rules (or one test file's, the rules
 * beside it), and {@code planner rules new} starts a rule in the vocabulary with a test that passes as written. The
 * messages of a failing test and of a bad test file are goldens.
 */
class RuleTestsCommandTest {

    private static final Path TESTS = Path.of("src/test/resources/rule-tests");
    private static final String NL = System.lineSeparator();

    private static String golden(String name) throws IOException {
        return Files.readString(TESTS.resolve(name + ".expected"), StandardCharsets.UTF_8);
    }

    @Test
    void theGuidesTimeWindowRulePassesItsTestsAFiringANearMissAndADayMore() {
        CliRun run = CliRun.of("rules", "test", "../docs/planners/examples/grid-share-rules");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).endsWith("3 tests: 3 passed, 0 failed" + NL).doesNotContain("FAIL");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aFailingTestSaysWhatItExpectedAndWhatItFound() throws IOException {
        CliRun run = CliRun.of("rules", "test", TESTS.resolve("grid-share/wrong-expectations.test.yaml").toString());

        assertThat(run.out()).isEqualTo(golden("wrong-expectations"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
    }

    @Test
    void aBadTestFileIsBadInputLocated() throws IOException {
        CliRun run = CliRun.of("rules", "test", TESTS.resolve("grid-share/bad-test-file.test.yaml").toString());

        assertThat(run.err()).isEqualTo(golden("bad-test-file"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
    }

    @Test
    void aNewRuleAndItsTestPassCheckAndTestAsWritten(@TempDir Path dir) {
        Path mine = dir.resolve("my-rules");

        CliRun created = CliRun.of("rules", "new", "grid-share-floor", "--in", mine.toString(),
                "--scenario", "../examples/colossus.yaml");
        CliRun check = CliRun.of("rules", "check", mine.toString());
        CliRun test = CliRun.of("rules", "test", mine.toString());

        assertThat(created.exitCode()).isZero();
        assertThat(mine.resolve("grid-share-floor.dslr")).content().contains("a phase", "report the phase")
                .doesNotContain("import", "insert(");
        assertThat(check.exitCode()).isZero();
        assertThat(test.out()).contains("PASS", "fires on the first phase", "is a near miss")
                .endsWith("2 tests: 2 passed, 0 failed" + NL);
        assertThat(test.exitCode()).isZero();
    }

    @Test
    void newWritesOverNothing(@TempDir Path dir) throws IOException {
        Path rule = Files.writeString(dir.resolve("mine.drl"), "// my own");

        CliRun run = CliRun.of("rules", "new", "mine", "--in", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: " + rule + " is already there; nothing was written (choose another"
                + " NAME)" + NL);
        assertThat(Files.readString(rule)).isEqualTo("// my own");
        assertThat(dir.resolve("mine.test.yaml")).doesNotExist();
    }
}
