package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken rule set in {@code broken-rules/} (a single {@code .drl} file, or a folder when the mistake takes
 * several files) is refused by {@code planner rules check} with exit code 4 and exactly the diagnostics of its golden
 * {@code .expected} file: file:line:col, the message, the line, a caret and a hint; no stack trace, nothing on
 * standard output. {@code planner evaluate --rules} refuses them the same way and writes no report.
 */
class BrokenRulesTest {

    private static final Path FOLDER = Path.of("src/test/resources/broken-rules");
    private static final String COLOSSUS = "../examples/colossus.yaml";

    static Stream<Path> brokenRuleSets() throws IOException {
        try (Stream<Path> entries = Files.list(FOLDER)) {
            return entries.filter(e -> e.toString().endsWith(".drl") || Files.isDirectory(e)).sorted().toList().stream();
        }
    }

    private static String golden(Path rules) throws IOException {
        return Files.readString(Path.of(rules.toString().replaceAll("\\.drl$", "") + ".expected"), StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void checkReportsEveryProblemWithItsGoldenDiagnostics(Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", rules.toString());

        assertThat(run.err()).isEqualTo(golden(rules));
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).doesNotContain("Exception", "\tat ", "Parser returned a null Package", "Rule_");
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void evaluateRefusesThemWithTheSameDiagnosticsAndWritesNoReport(Path rules, @TempDir Path dir) throws IOException {
        Path out = dir.resolve("reports");

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--rules", rules.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(run.err()).isEqualTo(golden(rules));
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    /** Drools words its parser's errors in the default locale, digits included: the goldens hold under any. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void theDiagnosticsAreTheSameUnderAnArabicLocale(Path rules) throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ar-SA"));
        try {
            assertThat(CliRun.of("rules", "check", rules.toString()).err()).isEqualTo(golden(rules));
        } finally {
            Locale.setDefault(before);
        }
    }

    /** Files refused as not declarative are, with --trust-rules, compiled as code: their goldens as trusted code. */
    static Stream<Path> trustedRuleSets() throws IOException {
        return brokenRuleSets().filter(rules -> Files.exists(trustedGolden(rules)));
    }

    private static Path trustedGolden(Path rules) {
        return Path.of(rules.toString().replaceAll("\\.drl$", "") + ".trusted.expected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("trustedRuleSets")
    void trustedTheyAreCheckedAsCode(Path rules) throws IOException {
        CliRun run = CliRun.of("rules", "check", rules.toString(), "--trust-rules");

        assertThat(run.err()).isEqualTo(Files.readString(trustedGolden(rules), StandardCharsets.UTF_8));
        assertThat(run.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
    }

    @Test
    void thereAreBrokenRuleFilesOfManyKinds() throws IOException {
        assertThat(brokenRuleSets()).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(rules -> assertThat(Path.of(rules.toString().replaceAll("\\.drl$", "") + ".expected")).exists());
    }
}
