package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planner sweep --out DIR} and {@code sweep merge --out DIR}: a folder, as every command's --out is, the table
 * named after the scenario it is made from, so slices of one sweep share a folder and merge into the whole sweep's file.
 */
class SweepOutTest {

    private static final List<String> SWEEP = List.of("sweep", "../examples/colossus.yaml", "--vary",
            "facility.pue=1.2,1.3,1.4", "--draws", "0");

    private static CliRun sweep(String... more) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theTableIsWrittenIntoTheFolderNamedAfterTheScenario(@TempDir Path dir) throws IOException {
        CliRun csv = sweep("--out", dir.toString());
        CliRun json = sweep("--out", dir.toString(), "--format", "json");
        CliRun slice = sweep("--out", dir.toString(), "--shard", "2/3");

        for (CliRun run : List.of(csv, json, slice)) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
        }
        assertThat(listing(dir)).containsExactly("colossus-sweep-2-of-3.csv", "colossus-sweep.csv", "colossus-sweep.json");
        assertThat(csv.out()).startsWith("Colossus, Memphis: 3 variants in ")
                .contains("; table written to " + dir.resolve("colossus-sweep.csv") + "\n");
        assertThat(slice.out()).contains("; table written to " + dir.resolve("colossus-sweep-2-of-3.csv") + "\n");
        assertThat(Files.readAllLines(dir.resolve("colossus-sweep.csv"))).hasSize(4).first().asString()
                .startsWith("variant,facility.pue,verdict,");
        assertThat(new ObjectMapper().readTree(dir.resolve("colossus-sweep.json").toFile()).get("rows")).hasSize(3);
        assertThat(Files.readAllLines(dir.resolve("colossus-sweep-2-of-3.csv"))).hasSize(2).element(1).asString()
                .startsWith("2,1.3,");
    }

    @Test
    void quietWritesTheTablesAndSaysNothing(@TempDir Path dir) throws IOException {
        CliRun sweep = sweep("--out", dir.toString(), "-q");
        CliRun merge = CliRun.of("sweep", "merge", dir.resolve("colossus-sweep.csv").toString(), "--out",
                dir.resolve("merged").toString(), "--quiet");

        for (CliRun run : List.of(sweep, merge)) {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).isEmpty();
        }
        assertThat(dir.resolve("merged/colossus-sweep.csv")).hasSameTextualContentAs(dir.resolve("colossus-sweep.csv"));
    }

    @Test
    void anOutThatNamesAFileOrAParquetTableItCannotWriteIsRefused(@TempDir Path dir) throws IOException {
        Path existing = Files.writeString(dir.resolve("notes.txt"), "kept\n");
        Files.createDirectories(dir.resolve("tables/colossus-sweep.parquet"));
        StringBuilder said = new StringBuilder();
        for (List<String> more : List.of(
                List.of("--out", dir.resolve("table.csv").toString()),
                List.of("--out", existing.toString()),
                List.of("--format", "parquet"),
                List.of("--format", "parquet", "--out", dir.resolve("tables").toString()),
                List.of("--format", "parquet", "--out", dir.resolve("new").toString()),
                List.of("--format", "parket"))) {
            CliRun run = sweep(more.toArray(String[]::new));
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
            assertThat(run.out()).isEmpty();
            said.append("planner sweep ... ").append(String.join(" ", more)).append('\n').append(run.err());
        }
        // the same rule on every command with --out
        CliRun report = CliRun.of("evaluate", "../examples/colossus.yaml", "--format", "md", "--out",
                dir.resolve("report.md").toString());
        assertThat(report.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        said.append("planner evaluate ... --format md --out report.md\n").append(report.err());

        assertThat(said.toString().replace(dir + "/", "")).isEqualTo(Files.readString(
                Path.of("src/test/resources/sweep-out/refused.expected"), StandardCharsets.UTF_8));
        assertThat(listing(dir)).containsExactly("notes.txt", "tables");
        assertThat(existing).hasContent("kept");
    }
}
