package io.gigawatt.planner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner sweep --engine spark}: the rows the planner's own sweep writes, evaluated on Spark's executors. */
class SparkSweepTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * 26 x 3 variants with the Monte Carlo: INFEASIBLE, with phases that flip between FEASIBLE and INFEASIBLE, and
     * INVALID with a PUE of 0.5 (a row with its problem).
     */
    static final List<String> SWEEP = List.of("sweep", COLOSSUS, "--vary", "equipment.generators.permitCapMw=1000",
            "--vary", "equipment.generators.permitCapUnits=15..40", "--vary", "facility.pue=0.5,1.2,1.3", "--draws", "5",
            "--no-progress");

    /** The sweep with its table written into {@code folder} ({@code --out}), as colossus-sweep.csv (.json, ...). */
    static SweepRun sweep(Path folder, String... more) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", folder.toString()));
        args.addAll(List.of(more));
        SweepRun run = SweepRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The CSV table of the whole sweep in {@code folder}. */
    static Path csv(Path folder) {
        return folder.resolve("colossus-sweep.csv");
    }

    @Test
    void sparkInLocalModeWritesTheTableAndSummaryOfThePlannersOwnSweep(@TempDir Path dir) throws IOException {
        for (String format : List.of("csv", "json")) {
            Path own = dir.resolve("own/colossus-sweep." + format);
            Path spark = dir.resolve("spark/colossus-sweep." + format);
            SweepRun ownRun = sweep(own.getParent(), "--format", format);
            SweepRun sparkRun = sweep(spark.getParent(), "--format", format, "--engine", "spark", "--threads", "2");

            assertThat(read(spark)).isEqualTo(read(own));
            assertThat(sparkRun.summary()).isEqualTo(ownRun.summary());
            assertThat(sparkRun.out()).startsWith("Colossus, Memphis: 78 variants in ")
                    .contains("spark in this JVM, 2 threads)");
            assertThat(sparkRun.err()).isEmpty();
        }
        assertThat(read(dir.resolve("own/colossus-sweep.csv"))).contains(",INVALID,").contains(",INFEASIBLE,");
        assertThat(read(dir.resolve("own/colossus-sweep.json"))).contains("\"verdict\":\"FEASIBLE\"");
    }

    @Test
    void aSliceOnSparkIsTheSliceOfThePlannersOwnSweep(@TempDir Path dir) throws IOException {
        sweep(dir.resolve("own"), "--shard", "2/3");
        sweep(dir.resolve("spark"), "--shard", "2/3", "--engine", "spark", "--threads", "2");
        assertThat(read(dir.resolve("spark/colossus-sweep-2-of-3.csv")))
                .isEqualTo(read(dir.resolve("own/colossus-sweep-2-of-3.csv")));
    }

    @Test
    void theRowsAreAlsoAParquetTablePartitionedByVerdictWithTheSummary(@TempDir Path dir) throws IOException {
        Path parquet = dir.resolve("spark/colossus-sweep.parquet");
        sweep(dir.resolve("own"), "--format", "json");
        SweepRun run = sweep(parquet.getParent(), "--engine", "spark", "--threads", "2", "--format", "parquet");

        assertThat(run.out()).contains("; table written to " + parquet + "\n");
        assertThat(listing(parquet.getParent())).containsExactly("colossus-sweep.parquet");
        assertThat(parquet.resolve("verdict=INFEASIBLE")).isDirectory();
        assertThat(parquet.resolve("verdict=INVALID")).isDirectory();
        JsonNode own = JSON.readTree(dir.resolve("own/colossus-sweep.json").toFile());
        assertThat(JSON.readTree(parquet.resolve("_summary.json").toFile())).isEqualTo(own.get("summary"));
        SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
        try {
            List<Row> rows = spark.read().parquet(parquet.toString()).orderBy("variant").collectAsList();
            assertThat(rows).hasSize(78);
            for (Row row : rows) {
                JsonNode expected = own.get("rows").get(row.<Integer>getAs("variant") - 1);
                assertThat(row.<String>getAs("verdict")).isEqualTo(expected.get("verdict").asText());
                assertThat(row.<Double>getAs("facility.pue")).isEqualTo(expected.get("inputs").get("facility.pue").asDouble());
                JsonNode cost = expected.get("cost");
                assertThat(row.<Object>getAs("cost.total")).isEqualTo(cost.isNull() ? null : cost.get("total").asDouble());
            }
        } finally {
            spark.stop();
        }
    }

    @Test
    void aParquetTableIsNeverWrittenOverAnother(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("colossus-sweep.parquet/verdict=FEASIBLE"));
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--format", "parquet", "--out", dir.toString(), "--engine", "spark"));
        SweepRun existing = SweepRun.of(args.toArray(String[]::new));
        assertThat(existing.exitCode()).isEqualTo(2);
        assertThat(existing.err()).isEqualTo("planner: --out " + dir.resolve("colossus-sweep.parquet") + ": exists,"
                + " expected a new folder (a Parquet table is written whole, never over another; move it away or"
                + " choose another DIR)\n");
        assertThat(listing(dir.resolve("colossus-sweep.parquet"))).containsExactly("verdict=FEASIBLE");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
