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

    static SweepRun sweep(Path table, String... more) {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--out", table.toString()));
        args.addAll(List.of(more));
        SweepRun run = SweepRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void sparkInLocalModeWritesTheTableAndSummaryOfThePlannersOwnSweep(@TempDir Path dir) throws IOException {
        for (String format : List.of("csv", "json")) {
            Path own = dir.resolve("own." + format);
            Path spark = dir.resolve("spark." + format);
            SweepRun ownRun = sweep(own);
            SweepRun sparkRun = sweep(spark, "--engine", "spark", "--threads", "2");

            assertThat(read(spark)).isEqualTo(read(own));
            assertThat(sparkRun.summary()).isEqualTo(ownRun.summary());
            assertThat(sparkRun.out()).startsWith("Colossus, Memphis: 78 variants in ")
                    .contains("spark in this JVM, 2 threads)");
            assertThat(sparkRun.err()).isEmpty();
        }
        assertThat(read(dir.resolve("own.csv"))).contains(",INVALID,").contains(",INFEASIBLE,");
        assertThat(read(dir.resolve("own.json"))).contains("\"verdict\":\"FEASIBLE\"");
    }

    @Test
    void aSliceOnSparkIsTheSliceOfThePlannersOwnSweep(@TempDir Path dir) throws IOException {
        sweep(dir.resolve("own.csv"), "--shard", "2/3");
        sweep(dir.resolve("spark.csv"), "--shard", "2/3", "--engine", "spark", "--threads", "2");
        assertThat(read(dir.resolve("spark.csv"))).isEqualTo(read(dir.resolve("own.csv")));
    }

    @Test
    void theRowsAreAlsoAParquetTablePartitionedByVerdictWithTheSummary(@TempDir Path dir) throws IOException {
        Path parquet = dir.resolve("table.parquet");
        sweep(dir.resolve("own.json"));
        sweep(dir.resolve("spark.csv"), "--engine", "spark", "--threads", "2", "--parquet", parquet.toString());

        assertThat(parquet.resolve("verdict=INFEASIBLE")).isDirectory();
        assertThat(parquet.resolve("verdict=INVALID")).isDirectory();
        JsonNode own = JSON.readTree(dir.resolve("own.json").toFile());
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
    void aParquetTableIsNeverWrittenOverAFolderOrWithoutAnEngine(@TempDir Path dir) throws IOException {
        List<String> args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--parquet", dir.toString(), "--engine", "spark"));
        SweepRun existing = SweepRun.of(args.toArray(String[]::new));
        assertThat(existing.exitCode()).isEqualTo(2);
        assertThat(existing.err()).isEqualTo("planner: --parquet " + dir + ": exists, expected a new folder (a table is"
                + " written whole, never over another)\n");

        args = new ArrayList<>(SWEEP);
        args.addAll(List.of("--parquet", dir.resolve("new").toString()));
        SweepRun noEngine = SweepRun.of(args.toArray(String[]::new));
        assertThat(noEngine.exitCode()).isEqualTo(2);
        assertThat(noEngine.err()).isEqualTo("planner: --parquet is written by an engine, expected --engine spark with it\n");
        assertThat(dir.resolve("new")).doesNotExist();
    }
}
