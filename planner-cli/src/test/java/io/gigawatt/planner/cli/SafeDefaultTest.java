package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The safe default: a planner's rule file that reaches outside the planner (here, it sets a system property of the
 * JVM) is refused where it is written by every command that takes rule files, before any of it is compiled or run;
 * {@code --trust-rules} runs it as the code it is.
 */
class SafeDefaultTest {

    private static final String RULES = "src/test/resources/untrusted-rules/sets-a-property.drl";
    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String MARK = "gigawatt.test.ruleRan";

    @AfterEach
    void clearTheMark() {
        System.clearProperty(MARK);
    }

    @Test
    void everyCommandTakingRulesRefusesItWhereItIsWrittenAndRunsNothing() throws IOException {
        String golden = Files.readString(Path.of(RULES.replace(".drl", ".expected")), StandardCharsets.UTF_8);

        List<CliRun> runs = List.of(
                CliRun.of("rules", "check", RULES),
                CliRun.of("rules", "list", "--rules", RULES),
                CliRun.of("evaluate", COLOSSUS, "--rules", RULES),
                CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.2,1.3", "--rules", RULES),
                CliRun.of("plan", "../examples/two-halls.yaml", "--goal", "earliest", "--rules", RULES),
                CliRun.of("sites", "../examples/colossus-plan.yaml", "../examples/colossus-sites.yaml", "--rules", RULES));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.err()).isEqualTo(golden);
            assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
            assertThat(run.out()).isEmpty();
        });
        assertThat(System.getProperty(MARK)).isNull();
    }

    @Test
    void aSentenceOfThePlannersVocabularyIsJudgedAsWhatItExpandsToAndRefusedAtThePlannersLine() throws IOException {
        String rules = "src/test/resources/untrusted-rules/pieced-sentence";
        String golden = Files.readString(Path.of(rules + ".expected"), StandardCharsets.UTF_8);

        List<CliRun> runs = List.of(CliRun.of("rules", "check", rules),
                CliRun.of("evaluate", COLOSSUS, "--rules", rules));

        assertThat(runs).allSatisfy(run -> {
            assertThat(run.err()).isEqualTo(golden);
            assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        });
        assertThat(System.getProperty(MARK)).isNull();
    }

    @Test
    void trustedItRunsAsCode() {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", RULES, "--trust-rules");

        assertThat(run.exitCode()).isIn(ExitCode.FEASIBLE.code(), ExitCode.INFEASIBLE.code());
        assertThat(System.getProperty(MARK)).isEqualTo("Colossus 1");
    }
}
