package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file the planner writes at a path the user gave (reports, {@code --trace-out}, the sweep's {@code --out} and
 * {@code --reports}): a link, a FIFO or a folder there is refused and left as it was; a new file gets the permissions
 * the umask gives, a replaced file keeps its own.
 */
@DisabledOnOs(OS.WINDOWS)
class OutputFilesTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final String REFUSED = ": not a regular file, expected a path to a new or existing file";

    @Test
    void traceOutRefusesAFifoAndLeavesItThere(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("traces.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor()).isZero();

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--trace-out", fifo.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --trace-out " + fifo + REFUSED + System.lineSeparator());
        assertThat(Files.readAttributes(fifo, "isOther", LinkOption.NOFOLLOW_LINKS).get("isOther")).isEqualTo(true);
        assertThat(listing(dir)).containsExactly(fifo);
    }

    @Test
    void aReportRefusesALinkAndLeavesTheLinkAndWhatItNamesAlone(@TempDir Path dir) throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.md"), "the planner's own notes\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("colossus.md"), kept.getFileName());

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "md", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --out " + link + REFUSED + System.lineSeparator());
        assertLinkKept(link, kept, "the planner's own notes\n");
        assertThat(listing(dir)).containsExactly(link, kept);
    }

    @Test
    void theSweepTableRefusesALink(@TempDir Path dir) throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.csv"), "a,b\n", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("colossus-sweep.csv"), kept.getFileName());

        CliRun run = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.25", "--draws", "0", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --out " + link + REFUSED + System.lineSeparator());
        assertLinkKept(link, kept, "a,b\n");
    }

    @Test
    void aVariantReportRefusesALinkAndTheSweepStopsThere(@TempDir Path dir) throws IOException {
        Path kept = Files.writeString(dir.resolve("kept.json"), "{}\n", StandardCharsets.UTF_8);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path link = Files.createSymbolicLink(reports.resolve("variant-000001.json"), Path.of("../kept.json"));

        CliRun run = CliRun.of("sweep", COLOSSUS, "--vary", "facility.pue=1.25", "--draws", "0",
                "--reports", reports.toString(), "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo("planner: --reports " + link + REFUSED + System.lineSeparator());
        assertLinkKept(link, kept, "{}\n");
    }

    @Test
    void newFilesGetThePermissionsTheUmaskGives(@TempDir Path dir) throws Exception {
        Path traces = dir.resolve("traces.csv");

        int code = underUmask027(dir, "evaluate", COLOSSUS, "--format", "md", "--out", dir.toString(),
                "--trace-out", traces.toString());

        assertThat(code).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(permissions(dir.resolve("colossus.md"))).isEqualTo("rw-r-----");
        assertThat(permissions(traces)).isEqualTo("rw-r-----");
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path report = Files.writeString(dir.resolve("colossus.md"), "last week's report\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw----"));
        Path traces = Files.writeString(dir.resolve("traces.csv"), "last week's traces\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(traces, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("evaluate", COLOSSUS, "--format", "md", "--out", dir.toString(),
                "--trace-out", traces.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INFEASIBLE.code());
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("# ");
        assertThat(permissions(report)).isEqualTo("rw-rw----");
        assertThat(permissions(traces)).isEqualTo("rw-r--r--");
        assertThat(listing(dir)).containsExactly(report, traces);
    }

    /** Runs the planner in a child process under {@code umask 027}; its exit code. */
    private static int underUmask027(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 027 && exec \"$@\"", "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.gigawatt.planner.cli.Main"));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        int code = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start().waitFor();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEmpty();
        return code;
    }

    private static void assertLinkKept(Path link, Path target, String text) throws IOException {
        assertThat(Files.isSymbolicLink(link)).as(link + " is still a link").isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
