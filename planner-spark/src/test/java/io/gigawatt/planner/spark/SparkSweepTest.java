package io.gigawatt.planner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner sweep --engine spark}: the rows the planner's own sweep writes, evaluated on Spark's executors. */
class SparkSweepTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    /** 26 x 3 variants with the Monte Carlo, of every verdict; INVALID with a PUE of 0.5 (a row with its problem). */
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
        assertThat(read(dir.resolve("own.csv"))).contains(",INVALID,").contains(",FEASIBLE,").contains(",INFEASIBLE,");
    }

    @Test
    void aSliceOnSparkIsTheSliceOfThePlannersOwnSweep(@TempDir Path dir) throws IOException {
        sweep(dir.resolve("own.csv"), "--shard", "2/3");
        sweep(dir.resolve("spark.csv"), "--shard", "2/3", "--engine", "spark", "--threads", "2");
        assertThat(read(dir.resolve("spark.csv"))).isEqualTo(read(dir.resolve("own.csv")));
    }
}
