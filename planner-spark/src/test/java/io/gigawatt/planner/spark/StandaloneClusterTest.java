package io.gigawatt.planner.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone Spark cluster on this machine, as docs/distributed.md starts one: a master and two workers, each a JVM of
 * its own run from the Maven jars (no Spark distribution), the workers starting executors of their own; the sweep's
 * rows on it are the planner's own sweep's.
 */
class StandaloneClusterTest {

    @Test
    void aTwoWorkerClusterWritesTheTableOfThePlannersOwnSweep(@TempDir Path dir) throws Exception {
        Path sparkHome = Files.createDirectories(dir.resolve("spark-home/jars"));
        int port = freePort();
        int ui = freePort();
        String master = "spark://127.0.0.1:" + port;
        List<Process> cluster = new ArrayList<>();
        try {
            cluster.add(start(dir, sparkHome.getParent(), "master", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", Integer.toString(port), "--webui-port", Integer.toString(ui)));
            for (String worker : List.of("worker1", "worker2")) {
                cluster.add(start(dir, sparkHome.getParent(), worker, "org.apache.spark.deploy.worker.Worker",
                        "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
                        "--work-dir", dir.resolve(worker).toString(), master));
            }
            awaitWorkers(ui, 2, cluster);

            SweepRun own = SparkSweepTest.sweep(dir.resolve("own"));
            System.setProperty("spark.executor.memory", "512m");
            SweepRun onCluster;
            try {
                onCluster = SparkSweepTest.sweep(dir.resolve("cluster"), "--engine", "spark", "--master", master);
            } finally {
                System.clearProperty("spark.executor.memory");
            }

            assertThat(SparkSweepTest.read(SparkSweepTest.csv(dir.resolve("cluster"))))
                    .isEqualTo(SparkSweepTest.read(SparkSweepTest.csv(dir.resolve("own"))));
            assertThat(onCluster.summary()).isEqualTo(own.summary());
            assertThat(onCluster.out()).contains("spark at " + master);
            // both workers ran executors of the sweep
            for (String worker : List.of("worker1", "worker2")) {
                assertThat(dir.resolve(worker)).isDirectoryContaining(path -> path.getFileName().toString().startsWith("app-"));
            }
        } finally {
            for (int p = cluster.size() - 1; p >= 0; p--) {
                Process process = cluster.get(p);
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                process.waitFor();
            }
        }
    }

    /** A Spark class in a JVM of its own, with this test's class path and Spark's JVM options; its output in a file. */
    private static Process start(Path dir, Path sparkHome, String name, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()).stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D") && !a.startsWith("-Dspark")).toList());
        command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        return builder.start();
    }

    /** Waits until the master's web UI counts {@code count} workers alive (or a process of the cluster ends). */
    private static void awaitWorkers(int ui, int count, List<Process> cluster) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build();
        while (true) {
            assertThat(cluster).allMatch(Process::isAlive);
            try {
                String status = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (status.contains("\"aliveworkers\" : " + count)) {
                    return;
                }
            } catch (IOException e) {
                // the master is not listening yet
            }
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
