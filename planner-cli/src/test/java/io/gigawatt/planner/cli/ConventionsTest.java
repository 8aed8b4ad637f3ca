package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.Guice;
import io.gigawatt.planner.rules.RulesModule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * What every command does alike, as a planner who knows one command expects of the next: help with examples, the
 * command or option meant for a mistyped one, the build's version, every --format choice written, standard input as
 * a scenario file, --quiet.
 */
class ConventionsTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";
    private static final Path GOLDENS = Path.of("src/test/resources/cli-errors");

    /** Every command's words after "planner": "", "evaluate", "catalogue list", ... */
    static Stream<String> commands() {
        CommandLine planner = new CommandLine(new PlannerCommand(),
                new GuiceFactory(Guice.createInjector(new RulesModule())));
        List<String> found = new ArrayList<>();
        walk(planner, found);
        return found.stream();
    }

    private static void walk(CommandLine command, List<String> found) {
        found.add(command.getCommandSpec().qualifiedName().replaceFirst("^planner ?", ""));
        command.getSubcommands().values().forEach(sub -> walk(sub, found));
    }

    private static String[] words(String command, String... more) {
        List<String> words = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        words.addAll(List.of(more));
        return words.toArray(String[]::new);
    }

    @ParameterizedTest(name = "planner {0} --help")
    @MethodSource("commands")
    void everyCommandsHelpEndsWithExamplesOfThatCommand(String command) {
        CliRun run = CliRun.of(words(command, "--help"));

        assertThat(run.exitCode()).isZero();
        String examples = run.out().substring(run.out().indexOf(System.lineSeparator() + "Examples:"));
        List<String> lines = examples.lines().skip(2).toList();
        assertThat(lines).isNotEmpty().allMatch(line -> line.startsWith("  planner " + command)
                || line.startsWith("      --"));
    }

    @Test
    void thereAreCommandsWithinCommands() {
        assertThat(commands()).contains("", "evaluate", "catalogue list", "rules new", "init").hasSizeGreaterThan(12);
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("mistyped-command", List.of("evalute", COLOSSUS)),
                Arguments.of("mistyped-option", List.of("evaluate", COLOSSUS, "--fromat", "json")),
                Arguments.of("mistyped-option-with-value", List.of("compare", COLOSSUS, COLOSSUS, "--fromat=md")),
                Arguments.of("mistyped-subcommand", List.of("catalogue", "lsit")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistypedCommandOrOptionNamesTheOneMeant(String name, List<String> args) throws IOException {
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(Files.readString(GOLDENS.resolve(name + ".expected"), StandardCharsets.UTF_8)
                .replace("\n", System.lineSeparator()));
        assertThat(run.out()).isEmpty();
    }

    @ParameterizedTest(name = "planner {0} --version")
    @MethodSource("commands")
    void everyCommandSaysTheVersionAndCommitTheBuildWrote(String command) throws Exception {
        CliRun run = CliRun.of(words(command, "--version"));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).matches("Gigawatt Planner \\d+\\.\\d+\\.\\d+\\S* \\(commit "
                + java.util.regex.Pattern.quote(gitCommit()) + "\\)");
    }

    /** The commit git says this tree is at, as the build asks it; "unknown" without git or a repository. */
    private static String gitCommit() throws Exception {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
            String said = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 ? said : "unknown";
        } catch (IOException noGit) {
            return "unknown";
        }
    }

    /** Each command with a --format, with what it reads and, for plan, where it writes. */
    static Stream<Arguments> formatted() {
        return Stream.of(
                Arguments.of("evaluate", List.of(COLOSSUS, "--draws", "0")),
                Arguments.of("compare", List.of(COLOSSUS, "../examples/texas.yaml")),
                Arguments.of("sites", List.of("../examples/colossus-plan.yaml", "../examples/colossus-sites.yaml")),
                Arguments.of("sweep", List.of(COLOSSUS, "--vary", "facility.pue=1.3", "--draws", "0")),
                Arguments.of("rules list", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formatted")
    void everyFormatACommandOffersItWrites(String command, List<String> args) throws IOException {
        List<String> choices = formatChoices(command);

        assertThat(choices).isNotEmpty();
        // sweep's Parquet table is the Spark engine's, which is not on this module's class path: SparkSweepTest
        for (String format : choices.stream().filter(choice -> !choice.equals("parquet")).toList()) {
            List<String> words = new ArrayList<>(List.of(words(command)));
            words.addAll(args);
            words.addAll(List.of("--format", format));
            CliRun run = CliRun.of(words.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + " --format " + format + ": " + run.err())
                    .isIn(ExitCode.FEASIBLE.code(), ExitCode.INFEASIBLE.code());
            assertWritten(format, run.out());
        }
    }

    @Test
    void everyFormatPlanOffersItWritesIntoOut(@TempDir Path dir) throws IOException {
        for (String format : formatChoices("plan")) {
            Path out = dir.resolve(format);
            CliRun run = CliRun.of("plan", "../examples/two-halls.yaml", "--goal", "earliest", "--time-limit", "2s",
                    "--format", format, "--out", out.toString());

            assertThat(run.exitCode()).as(format + ": " + run.err())
                    .isIn(ExitCode.FEASIBLE.code(), ExitCode.INFEASIBLE.code());
            Path report = out.resolve("two-halls-plan." + Format.valueOf(format.toUpperCase(java.util.Locale.ROOT))
                    .extension());
            assertWritten(format, Files.readString(report, StandardCharsets.UTF_8));
        }
    }

    /** The choices a command's help lists for --format, as picocli completes them. */
    private static List<String> formatChoices(String command) {
        CommandLine planner = new CommandLine(new PlannerCommand(),
                new GuiceFactory(Guice.createInjector(new RulesModule())));
        CommandLine target = planner;
        for (String word : command.split(" ")) {
            target = target.getSubcommands().get(word);
        }
        List<String> choices = new ArrayList<>();
        target.getCommandSpec().findOption("--format").completionCandidates().forEach(choices::add);
        return choices;
    }

    /** {@code text} is a document of {@code format}, not another format's nor empty. */
    private static void assertWritten(String format, String text) throws IOException {
        assertThat(text).as(format).isNotBlank();
        switch (format) {
            case "json" -> assertThat(new ObjectMapper().readTree(text).isContainerNode()).isTrue();
            case "html" -> assertThat(text).startsWith("<!DOCTYPE html>");
            case "md" -> assertThat(text.lines()).anyMatch(line -> line.startsWith("# ") || line.startsWith("| "));
            case "csv" -> assertThat(text.lines().findFirst().orElseThrow()).contains(",");
            default -> assertThat(text).doesNotStartWith("{").doesNotStartWith("<").doesNotStartWith("# ");
        }
    }

    @Test
    void aDashReadsTheScenarioFromStandardInputItsPathsFromTheWorkingFolder() throws IOException {
        // the campus's GPUs include the company catalogue's X1, named by a path relative to this (the working) folder
        String campus = Files.readString(Path.of("src/test/resources/catalogue-files/campus.yaml"))
                .replace("files: [prices/quote.yaml]", "files: [src/test/resources/catalogue-files/company.yaml]");
        InputStream before = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(campus.getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("evaluate", "-", "--format", "json", "--draws", "0");
        } finally {
            System.setIn(before);
        }

        assertThat(run.err()).isEmpty();
        assertThat(new ObjectMapper().readTree(run.out()).get("file").asText()).isEqualTo("<stdin>");
    }

    @Test
    void aBrokenScenarioOnStandardInputIsLocatedThere() {
        InputStream before = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream("name: x\nsite: 12\n".getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("evaluate", "-");
        } finally {
            System.setIn(before);
        }

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).contains(String.join(System.lineSeparator(),
                "<stdin>:2:7: site: found the number 12, expected a mapping of keys to values",
                "    site: 12",
                "          ^"));
    }

    @Test
    void quietWritesTheReportAndSaysNothing(@TempDir Path dir) throws IOException {
        CliRun said = CliRun.of("evaluate", COLOSSUS, "--draws", "0", "--out", dir.resolve("said").toString());
        CliRun quiet = CliRun.of("evaluate", COLOSSUS, "--draws", "0", "--out", dir.resolve("quiet").toString(), "-q");

        assertThat(said.out()).contains("report written to");
        assertThat(quiet.exitCode()).isEqualTo(said.exitCode());
        assertThat(quiet.out()).isEmpty();
        assertThat(quiet.err()).isEmpty();
        assertThat(Files.readString(dir.resolve("quiet/colossus.txt")))
                .isEqualTo(Files.readString(dir.resolve("said/colossus.txt")));
    }

    @Test
    void compareJudgesWithThePlannersRulesAsEvaluateDoes() {
        String broken = "src/test/resources/broken-rules/missing-end.drl";
        CliRun compared = CliRun.of("compare", COLOSSUS, COLOSSUS, "--rules", broken);
        CliRun evaluated = CliRun.of("evaluate", COLOSSUS, "--rules", broken);

        assertThat(compared.exitCode()).isEqualTo(ExitCode.RULES_DO_NOT_COMPILE.code());
        assertThat(compared.err()).isEqualTo(evaluated.err());
        assertThat(CliRun.of("compare", COLOSSUS, COLOSSUS, "--no-default-rules").err())
                .contains("--no-default-rules needs --rules DIR");
    }
}
