package io.gigawatt.planner.spark;

import io.gigawatt.planner.cli.SweepJobs;
import io.gigawatt.planner.cli.sweep.SweepEngine;
import io.gigawatt.planner.cli.sweep.SweepJob;
import io.gigawatt.planner.cli.sweep.SweepLine;
import io.gigawatt.planner.cli.sweep.SweepRunner;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code planner sweep --engine spark}: the variants in slices of consecutive variants, a Spark partition each,
 * evaluated on the executors (each executor prepares the sweep once, {@link SweepJobs}); the slices come back as jobs
 * of one partition, a window of them in flight, and are handed over in variant order, so the table is the one the
 * planner's own sweep writes, row for row, and is written as it comes.
 */
public final class SparkSweepEngine implements SweepEngine {

    /** Variants per partition at most: a slice takes a core a second or two, a small cost to redo when lost. */
    static final int SLICE = 500;

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public void run(SweepJob job, Predicate<SweepLine> rows) throws InterruptedException {
        try (JavaSparkContext spark = new JavaSparkContext(SparkSessions.conf(job))) {
            List<int[]> slices = slices(job.from(), job.to(), spark.defaultParallelism());
            JavaRDD<List<SweepLine>> evaluated = spark.parallelize(slices, Math.max(1, slices.size()))
                    .map(slice -> evaluate(job, slice));
            if (job.parquet() != null) {
                // kept where evaluated, for the Parquet table written once every row is handed over
                evaluated.persist(StorageLevel.MEMORY_AND_DISK());
            }
            if (handOver(spark, evaluated, slices.size(), rows) && job.parquet() != null) {
                ParquetTable.write(spark, evaluated.flatMap(List::iterator).map(SweepLine::text), job);
            }
        }
    }

    /** The variants of {@code slice} ([from, to)) evaluated, in order. */
    private static List<SweepLine> evaluate(SweepJob job, int[] slice) {
        List<SweepLine> lines = new ArrayList<>(slice[1] - slice[0]);
        for (int index = slice[0]; index < slice[1]; index++) {
            lines.add(SweepJobs.line(job, index));
        }
        return lines;
    }

    /** [from, to) cut into consecutive slices, a few per core so a slow one does not hold the others back. */
    static List<int[]> slices(int from, int to, int cores) {
        int size = (int) Math.max(1, Math.min(SLICE, Math.ceil((to - from) / (4.0 * Math.max(1, cores)))));
        List<int[]> slices = new ArrayList<>();
        for (int start = from; start < to; start += size) {
            slices.add(new int[] {start, Math.min(to, start + size)});
        }
        return slices;
    }

    /**
     * Runs a job per partition, with twice as many in flight as there are cores (a core never waits for the table to
     * be written), and hands their rows over in partition order until {@code rows} says no more.
     *
     * @return whether every row was handed over
     */
    private static boolean handOver(JavaSparkContext spark, JavaRDD<List<SweepLine>> evaluated, int partitions,
                                 Predicate<SweepLine> rows) throws InterruptedException {
        int ahead = 2 * spark.defaultParallelism();
        ExecutorService submitting = Executors.newFixedThreadPool(ahead, task -> {
            Thread thread = new Thread(task, "sweep-spark-job");
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<List<SweepLine>>> window = new ArrayDeque<>();
        int next = 0;
        try {
            for (int handed = 0; handed < partitions; handed++) {
                while (next < partitions && window.size() < ahead) {
                    int partition = next++;
                    window.add(submitting.submit(() -> evaluated.collectPartitions(new int[] {partition})[0].get(0)));
                }
                for (SweepLine line : result(spark, window.poll())) {
                    if (!rows.test(line)) {
                        return false;
                    }
                }
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return true;
        } finally {
            if (!spark.sc().isStopped()) {
                spark.cancelAllJobs();
            }
            submitting.shutdownNow();
        }
    }

    /**
     * The rows of a partition's job; an interruption when Spark was stopped under it: Spark's own shutdown hook stops
     * it (cancelling its jobs) on Ctrl-C, while the planner's ends the table with the rows handed over.
     */
    private static List<SweepLine> result(JavaSparkContext spark, Future<List<SweepLine>> slice)
            throws InterruptedException {
        try {
            return slice.get();
        } catch (ExecutionException e) {
            if (spark.sc().isStopped()) {
                throw new InterruptedException("Spark stopped by the planner's shutdown");
            }
            throw SweepRunner.rethrown(e);
        }
    }
}
