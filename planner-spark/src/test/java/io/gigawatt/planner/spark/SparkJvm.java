package io.gigawatt.planner.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command of a JVM of its own with this test's class path and Spark's JVM options (as the launcher gives them). */
final class SparkJvm {

    private SparkJvm() {
    }

    static List<String> command(String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ProcessHandle.current().info().arguments().map(List::of).orElse(List.of()).stream()
                .filter(a -> a.startsWith("--add-opens") || a.startsWith("-D") && !a.startsWith("-Dspark")).toList());
        command.addAll(List.of("-Xmx" + heap, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
