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
import java.util.stream.Stream;

/**
 * A standalone Spark cluster on this machine, as docs/distributed.md starts one: a master and workers of one core,
 * each a JVM of its own run from the Maven jars (no Spark distribution: a {@code SPARK_HOME} with an empty
 * {@code jars/}), the workers starting executors of their own with this test's class path. The master and workers log
 * what happens to executors ({@code name.log} in the folder).
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final List<String> workers = new ArrayList<>();
    private final String master;

    private StandaloneCluster(Path dir, String master) {
        this.dir = dir;
        this.master = master;
    }

    /** A master and {@code workers} workers ({@code worker1}, ...), once the master counts them alive. */
    static StandaloneCluster start(Path dir, int workers) throws Exception {
        Files.createDirectories(dir.resolve("spark-home/jars"));
        int port = freePort();
        int ui = freePort();
        StandaloneCluster cluster = new StandaloneCluster(dir, "spark://127.0.0.1:" + port);
        try {
            cluster.start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", Integer.toString(port), "--webui-port", Integer.toString(ui));
            for (int w = 1; w <= workers; w++) {
                String worker = "worker" + w;
                cluster.workers.add(worker);
                cluster.start(worker, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1", "--cores", "1",
                        "--memory", "1g", "--webui-port", "0", "--work-dir", cluster.workDir(worker).toString(),
                        cluster.master);
            }
            cluster.awaitWorkers(ui, workers);
            return cluster;
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
    }

    String master() {
        return master;
    }

    List<String> workers() {
        return workers;
    }

    /** Where {@code worker} keeps its executors' folders ({@code app-.../0}). */
    Path workDir(String worker) {
        return dir.resolve(worker);
    }

    /** What {@code name} (master, worker1, ...) has logged so far. */
    String log(String name) throws IOException {
        return Files.readString(dir.resolve(name + ".log"));
    }

    /**
     * The executor JVMs the workers run now: a worker's children (its only ones; the JDK cuts their command lines at
     * 4 KB, before the name of their class).
     */
    Stream<ProcessHandle> executors() {
        return processes.stream().skip(1).flatMap(Process::children);
    }

    @Override
    public void close() throws InterruptedException {
        for (int p = processes.size() - 1; p >= 0; p--) {
            Process process = processes.get(p);
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor();
        }
    }

    /** A Spark class in a JVM of its own, logging its executors' comings and goings; its output in name.log. */
    private void start(String name, String mainClass, String... args) throws IOException {
        List<String> command = SparkJvm.command("256m", mainClass, args);
        command.add(1, "-Dorg.slf4j.simpleLogger.log.org.apache.spark.deploy=info");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", dir.resolve("spark-home").toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        processes.add(builder.start());
    }

    /** Waits until the master's web UI counts {@code count} workers alive (or a process of the cluster ends). */
    private void awaitWorkers(int ui, int count) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ui + "/json/")).build();
        while (true) {
            assertThat(processes).allMatch(Process::isAlive);
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
