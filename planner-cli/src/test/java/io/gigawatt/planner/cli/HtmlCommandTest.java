package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner evaluate --format html --out DIR}: one whole page, written atomically, never over an input. */
class HtmlCommandTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";

    @Test
    void htmlOutWritesOnePageAndSaysWhere(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "html", "--out", dir.toString());

        Path page = dir.resolve("colossus.html");
        assertThat(listing(dir)).containsExactly(page);
        assertThat(run.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(run.out()).isEqualTo("Colossus, Memphis: INFEASIBLE (3 errors, 14 warnings, 18 notes); report written to "
                + page + System.lineSeparator());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("<svg id='svg-supply'");
        Path fresh = Files.createFile(dir.resolve("fresh"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(page))).as("as any new file: the umask's")
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
        Files.delete(fresh);

        CliRun again = CliRun.of("evaluate", COLOSSUS, "--format", "html", "--out", dir.toString());
        assertThat(again.exitCode()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).as("the same input gives the same bytes").isEqualTo(html);
    }

    @Test
    void anHtmlReportNeverOverwritesTheScenario(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("plan.html");
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Files.writeString(scenario, text, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", scenario.toString(), "--format", "html", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains("refusing to overwrite");
        assertThat(Files.readString(scenario, StandardCharsets.UTF_8)).isEqualTo(text);
        assertThat(listing(dir)).containsExactly(scenario);
    }

    @Test
    void aFolderWhereTheReportWouldGoIsRefusedAndLeftAlone(@TempDir Path dir) throws IOException {
        Path blocked = Files.createDirectories(dir.resolve("colossus.html"));
        Files.writeString(blocked.resolve("keep.txt"), "a folder where the report would go", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "html", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --out " + blocked + ": not a regular file, expected a path to a new or"
                + " existing file" + System.lineSeparator());
        assertThat(listing(dir)).containsExactly(blocked);
        assertThat(listing(blocked)).containsExactly(blocked.resolve("keep.txt"));
    }

    @Test
    void htmlIsOneOfTheFormatsTheHelpNames() {
        CliRun run = CliRun.of("evaluate", "--help");
        assertThat(run.out()).contains("text, json, md, html");
    }

    private static java.util.List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
