package io.gigawatt.planner.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gigawatt.planner.cli.ExitCode;
import io.gigawatt.planner.cli.Main;
import io.gigawatt.planner.rules.RulesModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fuzzed input file handed to the real command line, and the judgement of what it did: a crash is an internal
 * error (exit 1), any other exit code than those allowed, a stack trace, or an input problem that is not located
 * ({@code file:line:col:}). Everything else is the planner behaving, whatever the verdict.
 */
final class FuzzedInput {

    /** One injector for every input, as in CliRun: the default rules compile once per fuzzing JVM. */
    private static final Injector INJECTOR = Guice.createInjector(new RulesModule());

    /**
     * Each fuzz test's duration in fuzzing mode ({@code JAZZER_FUZZ=1}, see docs/reliability.md); the regular build
     * runs only the checked-in inputs of each test's {@code ...Inputs} folder.
     */
    static final String SHORT_RUN = "60s";

    /** What a run on a fuzzed input may end with: a verdict either way, or the input refused. */
    static final Set<ExitCode> VERDICT_OR_REFUSAL = Set.of(ExitCode.FEASIBLE, ExitCode.INFEASIBLE, ExitCode.BAD_INPUT);

    private static final Path EXAMPLES = Path.of("..", "examples");

    /** Colossus without its workload and timeline: quick to evaluate, so the fuzzer tries many inputs a second. */
    static final Path BASE_SCENARIO = Path.of("src", "test", "resources", "fuzz", "base-scenario.yaml");

    private final Path folder;

    private FuzzedInput(Path folder) {
        this.folder = folder;
    }

    /** A fresh folder for one input, removed by {@link #run}. */
    static FuzzedInput create() {
        try {
            return new FuzzedInput(Files.createTempDirectory("planner-fuzz"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path example(String name) {
        return EXAMPLES.resolve(name);
    }

    /** The base scenario's text followed by a {@code catalogue:} section of {@code bytes}. */
    static byte[] withCatalogueSection(byte[] bytes) {
        try {
            byte[] base = Files.readAllBytes(BASE_SCENARIO);
            byte[] key = "\ncatalogue:\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            byte[] all = Arrays.copyOf(base, base.length + key.length + bytes.length);
            System.arraycopy(key, 0, all, base.length, key.length);
            System.arraycopy(bytes, 0, all, base.length + key.length, bytes.length);
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code bytes} as {@code name} in this input's folder. */
    Path write(String name, byte[] bytes) {
        try {
            Path file = folder.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code args} and asserts the planner behaved: an allowed exit code, no stack trace, and for an input
     * problem a first message located in one of the input files ({@code located}; a sweep's key the scenario cannot
     * take is located in the scenario, say).
     */
    void run(Set<ExitCode> allowed, List<Path> located, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = Main.run(INJECTOR, new PrintWriter(out, true), new PrintWriter(err, true), args);
        } finally {
            delete(folder);
        }
        String stderr = err.toString();
        assertThat(stderr).as("stack trace").doesNotContain("\tat ", "Exception in thread");
        assertThat(code).as("exit code of planner %s, which printed:%n%s", String.join(" ", args), stderr)
                .isIn(allowed.stream().map(ExitCode::code).toList());
        if (code == ExitCode.BAD_INPUT.code() || code == ExitCode.RULES_DO_NOT_COMPILE.code()) {
            String files = located.stream().map(path -> Pattern.quote(path.toString())).collect(Collectors.joining("|"));
            Pattern where = Pattern.compile("^(" + files + "):\\d+:\\d+: .+");
            assertThat(stderr.lines().filter(line -> where.matcher(line).matches()).findFirst())
                    .as("a message of an input problem located in %s, in:%n%s", located, stderr).isPresent();
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
