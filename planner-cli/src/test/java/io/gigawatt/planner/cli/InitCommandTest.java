package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code planner init}: a starting scenario from a few flags that {@code planner evaluate} takes at once, written into a
 * new file only; a choice that cannot make a scenario is refused with its golden message and nothing written.
 */
class InitCommandTest {

    private static final Path GOLDENS = Path.of("src/test/resources/init-errors");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path dir;

    private static String golden(String name) throws IOException {
        return Files.readString(GOLDENS.resolve(name + ".expected"), StandardCharsets.UTF_8).replace("\n", NL);
    }

    @Test
    void writesAScenarioThatEvaluatesAtOnce() throws IOException {
        Path scenario = dir.resolve("campus.yaml");

        CliRun init = CliRun.of("init", scenario.toString(), "--site", "Abilene, Texas: \"phase\" #1",
                "--gpus", "GB200:50000:2026-06-30", "--gpus", "H100:1000:2026-06-30", "--gpus", "GB200:50000:2026-12-31",
                "--grid", "2026-09-01:600", "--grid", "2026-01-01:200");
        CliRun evaluate = CliRun.of("evaluate", scenario.toString(), "--format", "json");

        assertThat(init.exitCode()).isZero();
        assertThat(init.out()).isEqualTo("wrote " + scenario + "; next: planner evaluate " + scenario + NL);
        // the editor's schema line names the planner's scenario schema, relative to the new file
        String first = Files.readAllLines(scenario, StandardCharsets.UTF_8).get(0);
        assertThat(first).startsWith("# yaml-language-server: $schema=");
        assertThat(scenario.getParent().resolve(first.substring(first.indexOf('=') + 1)).normalize())
                .isEqualTo(Path.of("../schemas/scenario.schema.json").toAbsolutePath().normalize());
        assertThat(evaluate.err()).isEmpty();
        assertThat(evaluate.exitCode()).isEqualTo(ExitCode.FEASIBLE.code());
        JsonNode report = new ObjectMapper().readTree(evaluate.out());
        assertThat(report.get("scenario").asText()).isEqualTo("Abilene, Texas: \"phase\" #1");
        assertThat(report.get("phases")).extracting(p -> p.get("name").asText() + " " + p.get("date").asText() + " "
                + p.get("gpus")).containsExactly("Phase 1 2026-06-30 {\"GB200\":50000,\"H100\":1000}",
                "Phase 2 2026-12-31 {\"GB200\":100000,\"H100\":1000}"); // installed by then
        assertThat(report.get("phases").get(1).get("gridMw").asDouble()).isEqualTo(600);
        // a new planner learns the keys from the file itself
        assertThat(Files.readString(scenario, StandardCharsets.UTF_8)).contains("# the day building starts",
                "planner catalogue list generators", "GB200: 50000            # NVIDIA GB200 (NVL72)");
    }

    @Test
    void neverOverwritesAFile() throws IOException {
        Path mine = dir.resolve("mine.yaml");
        Files.writeString(mine, "name: my own work\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("init", mine.toString(), "--site", "S", "--gpus", "GB200:1:2026-06-30",
                "--grid", "2026-01-01:200");

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err().replace(mine.toString(), "FILE")).isEqualTo(golden("exists"));
        assertThat(Files.readString(mine, StandardCharsets.UTF_8)).isEqualTo("name: my own work\n");
        assertThat(dir).isDirectoryNotContaining(p -> !p.equals(mine));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown-gpu-model", List.of("--gpus", "GB20:50000:2026-06-30", "--grid", "2026-01-01:200")),
                Arguments.of("gpus-without-count", List.of("--gpus", "GB200", "--grid", "2026-01-01:200")),
                Arguments.of("gpu-count-not-a-number", List.of("--gpus", "GB200:lots:2026-06-30", "--grid", "2026-01-01:200")),
                Arguments.of("grid-without-mw", List.of("--gpus", "GB200:1:2026-06-30", "--grid", "2026-01-01")),
                Arguments.of("grid-date-twice", List.of("--gpus", "GB200:1:2026-06-30", "--grid", "2026-01-01:200",
                        "--grid", "2026-01-01:300")),
                Arguments.of("gpus-before-the-start", List.of("--gpus", "GB200:1:2025-06-30", "--grid", "2026-01-01:200")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aChoiceThatCannotMakeAScenarioIsRefused(String name, List<String> flags) throws IOException {
        Path scenario = dir.resolve("campus.yaml");
        List<String> args = new java.util.ArrayList<>(List.of("init", scenario.toString(), "--site", "S"));
        args.addAll(flags);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(golden(name));
        assertThat(run.out()).isEmpty();
        assertThat(dir).isEmptyDirectory();
    }
}
