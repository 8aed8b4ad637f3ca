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
 * Every broken site file in {@code broken-sites/} is refused by {@code planner sites} with exit code 2 and exactly the
 * messages of its golden {@code .expected} file: file:line:col, the field, what is wrong and what was expected, the
 * line itself and a caret. No stack trace, nothing on standard output. To add a case: write the file, run
 * {@code planner sites ../examples/colossus-plan.yaml FILE} from this module's folder, read the output and save it.
 */
class BrokenSitesTest {

    private static final Path FOLDER = Path.of("src/test/resources/broken-sites");
    private static final String PLAN = "../examples/colossus-plan.yaml";

    static Stream<Path> brokenSites() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSites")
    void isRefusedWithItsGoldenMessages(Path sites) throws IOException {
        String before = Files.readString(sites, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("sites", PLAN, sites.toString());

        Path golden = Path.of(sites.toString().replaceAll("\\.yaml$", ".expected"));
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(sites, StandardCharsets.UTF_8)).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void thereAreBrokenSiteFilesOfManyKinds() throws IOException {
        assertThat(brokenSites()).hasSizeGreaterThanOrEqualTo(10);
    }
}
