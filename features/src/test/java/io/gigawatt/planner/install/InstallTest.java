package io.gigawatt.planner.install;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable archive the build makes (planner-cli/target/planner-VERSION.tar.gz), installed as README.md says:
 * unpacked into a folder, bin/planner linked onto PATH, then run from another folder. Here, after planner-cli's package
 * phase.
 */
class InstallTest {

    @TempDir
    static Path home;

    private static Path installed;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive;
        try (Stream<Path> built = Files.list(Path.of("../planner-cli/target"))) {
            archive = built.filter(f -> f.getFileName().toString().matches("planner-.+\\.tar\\.gz")).findFirst()
                    .orElseThrow(() -> new AssertionError("no planner-VERSION.tar.gz in planner-cli/target:"
                            + " ./mvnw -B package -pl planner-cli -am makes it"));
        }
        Path into = Files.createDirectories(home.resolve("opt"));
        assertThat(run(List.of("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", into.toString()), home,
                Map.of()).code()).isZero();
        try (Stream<Path> unpacked = Files.list(into)) {
            installed = unpacked.findFirst().orElseThrow();
        }
    }

    @Test
    void holdsTheLauncherTheJarTheCompletionAndTheManPages() {
        assertThat(installed.getFileName().toString()).startsWith("planner-");
        assertThat(installed.resolve("bin/planner")).isExecutable();
        assertThat(installed.resolve("bin/planner.cmd")).isRegularFile();
        assertThat(installed.resolve("lib/planner.jar")).isRegularFile();
        assertThat(installed.resolve("completion/planner_completion")).isRegularFile();
        assertThat(installed.resolve("man/man1/planner.1")).isRegularFile();
        assertThat(installed.resolve("man/man1/planner-evaluate.1")).isRegularFile();
        assertThat(installed.resolve("examples/colossus.yaml")).isRegularFile();
    }

    @Test
    void theLauncherLinkedOntoPathEvaluatesAnExampleFromAnotherFolder() throws Exception {
        Path path = Files.createDirectories(home.resolve("path"));
        Files.createSymbolicLink(path.resolve("planner"), installed.resolve("bin/planner"));
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere"));
        Files.copy(installed.resolve("examples/two-halls.yaml"), elsewhere.resolve("campus.yaml"));

        // through a shell, which finds planner on the PATH given, as a planner's would
        Ran ran = run(List.of("bash", "-c", "planner evaluate campus.yaml"), elsewhere, Map.of(
                "PATH", path + ":" + System.getenv("PATH"), "XDG_CACHE_HOME", home.resolve("cache").toString()));

        assertThat(ran.code()).as(ran.err()).isIn(0, 3);
        assertThat(ran.out()).startsWith("Two halls").contains("scenario file: campus.yaml");
        assertThat(home.resolve("cache/gigawatt-planner")).isDirectory();
    }

    @Test
    void theManPagesAreRoffNamingTheirCommand() {
        // Asciidoctor's roff starts with the line that tells man to run tbl, then the title
        assertThat(installed.resolve("man/man1/planner-evaluate.1")).content()
                .startsWith("'\\\" t").contains(".TH \"PLANNER\\-EVALUATE\" \"1\"")
                .contains(".SH \"NAME\"\nplanner-evaluate \\- Evaluates a scenario");
    }

    @Test
    void manShowsTheCommandsOptionsFromThePageInstalledAsReadmeSays() throws Exception {
        Assumptions.assumeTrue(onPath("man"), "man is not installed here (Debian: apt-get install -y man-db)");
        Path pages = Files.createDirectories(home.resolve(".local/share/man/man1"));
        Path bin = Files.createDirectories(home.resolve(".local/bin"));
        Files.createSymbolicLink(pages.resolve("planner-evaluate.1"), installed.resolve("man/man1/planner-evaluate.1"));

        // man finds ~/.local/share/man through ~/.local/bin on PATH (no MANPATH set); plain text, a terminal wide
        Ran ran = run(List.of("man", "planner-evaluate"), home, Map.of("HOME", home.toString(),
                "PATH", bin + ":" + System.getenv("PATH"), "MANPATH", "", "MANWIDTH", "100", "MAN_KEEP_FORMATTING", "",
                "MANPAGER", "cat", "PAGER", "cat", "LANG", "C.UTF-8"));

        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("PLANNER-EVALUATE(1)", "planner evaluate [-hqV]", "OPTIONS", "--draws=N",
                "--format=FORMAT", "--rules=DIR").doesNotContain("\\fB", ".TH");
    }

    @Test
    void theCompletionScriptCompletesTheCommands() throws Exception {
        Ran ran = run(List.of("bash", "-c", "source \"$0\" && complete -p planner",
                installed.resolve("completion/planner_completion").toString()), home, Map.of());

        assertThat(ran.code()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("planner");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private record Ran(int code, String out, String err) {
    }

    /** A process in {@code folder} with {@code environment} added, standard input empty, its output kept. */
    private static Ran run(List<String> command, Path folder, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(environment);
        int code = builder.start().waitFor();
        return new Ran(code, Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
