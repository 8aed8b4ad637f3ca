package io.gigawatt.planner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C in the middle of a sweep on Spark: a real planner process (local mode) gets SIGINT; Spark's jobs stop and the
 * table keeps the rows handed over, a prefix in variant order, whole rows only, as the planner's own sweep does.
 */
class SparkSignalTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void ctrlCStopsSparkAndLeavesTheFirstRowsInOrderEachWhole(@TempDir Path dir) throws Exception {
        Path table = SparkSweepTest.csv(dir.resolve("tables"));
        Path err = dir.resolve("err.txt");
        List<String> command = new ArrayList<>(sigintIgnored() ? List.of("env", "--default-signal=INT") : List.of());
        command.addAll(SparkJvm.command("1g", "io.gigawatt.planner.cli.Main", "sweep", "../examples/colossus.yaml",
                "--vary", "equipment.generators.permitCapUnits=1..100", "--vary", "facility.pue=1.1..1.5:count=50",
                "--draws", "0", "--no-progress", "--engine", "spark", "--threads", "2", "--out", table.getParent().toString()));
        Process planner = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        try {
            // the first partition handed over (500 variants), the next ones running
            while (planner.isAlive() && (!Files.exists(table) || Files.readAllLines(table).size() < 2)) {
                Thread.sleep(50);
            }
            assertThat(planner.isAlive()).as("sweeping; its errors: %s", read(err)).isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(planner.pid())).start().waitFor();
            planner.waitFor();
        } finally {
            planner.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(table);
        int columns = lines.get(0).split(",", -1).length;
        assertThat(read(table)).endsWith("\n");
        assertThat(lines.size() - 1).isBetween(1, 4999);
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i)).startsWith(i + ",");
            assertThat(lines.get(i).replaceAll("\"[^\"]*\"", "q").split(",", -1)).as("row %d", i).hasSize(columns);
        }
        assertThat(read(err)).isEqualTo(String.format(Locale.ROOT, "%nplanner: sweep interrupted: %,d of 5,000 variants"
                + " written to %s (whole rows only)%n", lines.size() - 1, table));
        assertThat(read(dir.resolve("out.txt"))).isEmpty();
        assertThat(planner.exitValue()).isEqualTo(130);
    }

    /**
     * Whether this process ignores SIGINT, as a background job of a script or a build under nohup does: a child would
     * inherit it, and {@code env --default-signal=INT} (GNU coreutils 8.31 and later) undoes it.
     */
    private static boolean sigintIgnored() throws IOException {
        String ignored = Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("SigIgn:")).findFirst().orElseThrow().substring(7).strip();
        return (Long.parseUnsignedLong(ignored, 16) & 1L << 1) != 0; // bit n - 1 for signal n; SIGINT is 2
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
