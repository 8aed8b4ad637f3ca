package io.gigawatt.planner.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gigawatt.planner.rules.RulesModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One run of the real command line, with what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** One injector for all runs: the rule base compiles once, as in a long-lived planner process. */
    private static final Injector INJECTOR = Guice.createInjector(new RulesModule());

    static CliRun of(String... args) {
        return with(INJECTOR, args);
    }

    /** A run with the given injector (the planner configured otherwise). */
    static CliRun with(Injector injector, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(injector, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * A run in a planner JVM of its own, as the launcher starts it (through {@link Main#main}), with {@code jvmOptions}
     * and standard input from /dev/null; what it prints is kept in files in {@code dir}. For what would take the test's
     * JVM with it (a full heap, an exit) and for what the JVM itself prints (logging).
     */
    static CliRun inOwnJvm(List<String> jvmOptions, Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path stdout = Files.createTempFile(dir, "stdout", ".txt");
        Path stderr = Files.createTempFile(dir, "stderr", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        int code = process.waitFor();
        return new CliRun(code, Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
