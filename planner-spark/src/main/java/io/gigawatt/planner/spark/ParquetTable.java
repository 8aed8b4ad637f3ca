package io.gigawatt.planner.spark;

import io.gigawatt.planner.cli.sweep.SweepJob;
import io.gigawatt.planner.cli.sweep.SweepOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A sweep's rows as a Parquet table, written by the executors: the table's columns as the CSV table names them (a
 * JSON table's rows keep their nesting), their types read from the values, one folder per verdict
 * ({@code verdict=INFEASIBLE/}), each file's rows in variant order. Written into a folder beside the one asked for,
 * then renamed to it: a table whole, or none.
 */
final class ParquetTable {

    private ParquetTable() {
    }

    static void write(JavaSparkContext spark, JavaRDD<String> lines, SweepJob job) {
        SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
        Dataset<String> text = session.createDataset(lines.rdd(), Encoders.STRING());
        Dataset<Row> table = job.format() == SweepOutput.Format.CSV
                ? session.read().option("header", "true").option("inferSchema", "true")
                        .csv(session.createDataset(List.of(job.header()), Encoders.STRING()).union(text))
                : session.read().json(text);
        Path target = Path.of(job.parquet());
        Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
        delete(partial);
        table.repartition(table.col("verdict")).sortWithinPartitions("variant").write().partitionBy("verdict")
                .parquet(partial.toString());
        try {
            Files.move(partial, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
