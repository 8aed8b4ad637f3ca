package io.gigawatt.planner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone Spark cluster on this machine, as docs/distributed.md starts one: a master and two workers, each a JVM
 * of its own, the workers starting executors of their own; the sweep's rows on it are the planner's own sweep's, even
 * when an executor dies in the middle of it.
 */
class StandaloneClusterTest {

    @TempDir
    static Path dir;
    private static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = StandaloneCluster.start(dir, 2);
    }

    @AfterAll
    static void stopCluster() throws InterruptedException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aTwoWorkerClusterWritesTheTableOfThePlannersOwnSweep(@TempDir Path tables) throws Exception {
        SweepRun own = SparkSweepTest.sweep(tables.resolve("own"));
        List<Set<String>> appsBefore = cluster.workers().stream().map(StandaloneClusterTest::apps).toList();
        SweepRun onCluster = onCluster(() -> SparkSweepTest.sweep(tables.resolve("cluster"), "--engine", "spark",
                "--master", cluster.master()));

        assertThat(SparkSweepTest.read(SparkSweepTest.csv(tables.resolve("cluster"))))
                .isEqualTo(SparkSweepTest.read(SparkSweepTest.csv(tables.resolve("own"))));
        assertThat(onCluster.summary()).isEqualTo(own.summary());
        assertThat(onCluster.out()).contains("spark at " + cluster.master());
        // both workers ran executors of this sweep
        for (int w = 0; w < appsBefore.size(); w++) {
            assertThat(apps(cluster.workers().get(w))).hasSizeGreaterThan(appsBefore.get(w).size());
        }
    }

    @Test
    void anExecutorKilledInTheMiddleOfTheSweepHasItsVariantsRunAgain(@TempDir Path tables) throws Exception {
        // 2,000 variants: 8 partitions of 250 on the two cores, long enough to kill an executor while they run
        List<String> sweep = List.of("sweep", "../examples/colossus.yaml", "--vary",
                "equipment.generators.permitCapUnits=1..40", "--vary", "facility.pue=1.1..1.5:count=50", "--draws", "0",
                "--no-progress", "--out");
        Path table = SparkSweepTest.csv(tables.resolve("cluster"));
        SweepRun own = SweepRun.of(Stream.concat(sweep.stream(), Stream.of(tables.resolve("own").toString()))
                .toArray(String[]::new));
        assertThat(own.exitCode()).as(own.err()).isZero();
        SweepRun[] onCluster = new SweepRun[1];
        Thread driver = new Thread(() -> onCluster[0] = onCluster(() -> SweepRun.of(Stream.concat(sweep.stream(),
                Stream.of(table.getParent().toString(), "--engine", "spark", "--master", cluster.master())).toArray(String[]::new))));
        driver.start();
        long rowsWhenKilled;
        boolean runningAfterTheKill;
        try {
            while (driver.isAlive() && rows(table) == 0) {
                Thread.sleep(100);
            }
            ProcessHandle executor = cluster.executors().findFirst().orElseThrow();
            rowsWhenKilled = rows(table);
            executor.destroyForcibly();
            executor.onExit().join();
            runningAfterTheKill = driver.isAlive();
        } finally {
            driver.join(); // one driver at a time in this JVM
        }

        assertThat(onCluster[0].exitCode()).as(onCluster[0].err()).isZero();
        assertThat(runningAfterTheKill).isTrue();
        assertThat(rowsWhenKilled).isBetween(1L, 1999L);
        assertThat(SparkSweepTest.read(table)).isEqualTo(SparkSweepTest.read(SparkSweepTest.csv(tables.resolve("own"))));
        // the master saw the executor lost (SIGKILL: 128 + 9) and the sweep went on with another
        assertThat(cluster.log("master")).contains("because it is EXITED");
    }

    /** A sweep run by this JVM as a cluster's driver, its executors given less than Spark's 1 GB a worker offers. */
    private static SweepRun onCluster(java.util.function.Supplier<SweepRun> run) {
        System.setProperty("spark.executor.memory", "512m");
        try {
            return run.get();
        } finally {
            System.clearProperty("spark.executor.memory");
        }
    }

    /** The applications {@code worker} has run executors for (its app-... folders). */
    private static Set<String> apps(String worker) {
        try (Stream<Path> apps = Files.list(cluster.workDir(worker))) {
            return apps.map(path -> path.getFileName().toString()).filter(name -> name.startsWith("app-"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of(); // no executor yet: the folder is made with the first
        }
    }

    /** The rows written to {@code table} so far (lines after its header). */
    private static long rows(Path table) throws IOException {
        if (!Files.exists(table)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(table)) {
            return Math.max(0, lines.count() - 1);
        }
    }
}
