package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C in the middle of a sweep: a real planner process gets SIGINT; its table keeps the rows done, whole. */
class SweepSignalTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void ctrlCLeavesAClosedJsonTableOfTheRowsDone(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("colossus-sweep.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(sigintIgnored() ? List.of("env", "--default-signal=INT") : List.of());
        command.addAll(List.of(java, "-cp", System.getProperty("java.class.path"),
                "io.gigawatt.planner.cli.Main", "sweep", "../examples/colossus.yaml",
                "--vary", "equipment.generators.permitCapUnits=1..100", "--vary", "facility.pue=1.1..1.5:count=50",
                "--draws", "0", "--format", "json", "--out", dir.toString()));
        Process planner = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (planner.isAlive() && System.nanoTime() < deadline && rowsIn(table) < 20) {
                Thread.sleep(20);
            }
            assertThat(planner.isAlive()).as("still sweeping after 20 rows; its errors: %s",
                    Files.readString(err, StandardCharsets.UTF_8)).isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(planner.pid())).start().waitFor();
            assertThat(planner.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            planner.destroyForcibly();
        }

        assertThat(planner.exitValue()).isEqualTo(130);
        JsonNode document = new ObjectMapper().readTree(table.toFile());
        assertThat(document.get("complete").asBoolean()).isFalse();
        JsonNode rows = document.get("rows");
        assertThat(rows.size()).isBetween(20, 4999);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("variant").asInt()).isEqualTo(i + 1);
            assertThat(rows.get(i).get("verdict").asText()).isEqualTo("INFEASIBLE");
        }
        assertThat(document.get("summary").get("done").asInt()).isEqualTo(rows.size());
        assertThat(document.get("summary").get("complete").asBoolean()).isFalse();
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains(String.format(Locale.ROOT, "planner: sweep"
                + " interrupted: %,d of 5,000 variants written to %s (whole rows only)", rows.size(), table));
    }

    /**
     * Whether this process ignores SIGINT, as a background job of a script or a build under nohup does. A child
     * inherits the ignoring and its JVM then never hears Ctrl-C; a shell's {@code trap - INT} cannot undo an ignoring
     * it inherited, {@code env --default-signal=INT} (GNU coreutils 8.31 and later) can.
     */
    private static boolean sigintIgnored() throws java.io.IOException {
        String ignored = Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).strip();
        return (Long.parseUnsignedLong(ignored, 16) & 1L << 1) != 0; // bit n - 1 for signal n; SIGINT is 2
    }

    private static long rowsIn(Path table) throws java.io.IOException {
        if (!Files.exists(table)) {
            return 0;
        }
        List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
        return lines.stream().filter(l -> l.startsWith("    {") || l.startsWith("  , {")).count();
    }
}
