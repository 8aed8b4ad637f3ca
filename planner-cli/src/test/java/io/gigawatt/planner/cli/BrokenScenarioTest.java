package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken scenario in {@code broken-scenarios/} is refused with exit code 2 and exactly the messages of
 * its golden {@code .expected} file: file:line:col, the field, what is wrong and what was expected, the line
 * itself and a caret. No stack trace, nothing on standard output.
 */
class BrokenScenarioTest {

    private static final Path FOLDER = Path.of("src/test/resources/broken-scenarios");

    static Stream<Path> brokenScenarios() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenScenarios")
    void isRefusedWithItsGoldenMessages(Path scenario) throws IOException {
        String before = Files.readString(scenario, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", scenario.toString());

        Path golden = Path.of(scenario.toString().replaceAll("\\.yaml$", ".expected"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(scenario, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void thereAreBrokenScenariosOfManyKinds() throws IOException {
        assertThat(brokenScenarios()).hasSizeGreaterThanOrEqualTo(8);
    }
}
