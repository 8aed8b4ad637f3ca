package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Catalogue files: a company's models and prices in one place, laid over the planner's catalogue by {@code --catalogue}
 * and by a scenario's {@code catalogue.files}, each changed figure sourced by the file and line it was written on.
 * The layers, each over the one before: the planner's, the --catalogue files in order, the scenario's files in order,
 * the scenario's own figures.
 */
class CatalogueFilesTest {

    private static final Path FOLDER = Path.of("src/test/resources/catalogue-files");
    private static final String COMPANY = FOLDER.resolve("company.yaml").toString();
    private static final String QUOTE = FOLDER.resolve("newer-quote.yaml").toString();
    private static final String CAMPUS = FOLDER.resolve("campus.yaml").toString();

    /** The line of {@code figure} in {@code catalogue show}'s output: value, unit and source. */
    private static String figure(CliRun run, String figure) {
        return run.out().lines().filter(line -> line.trim().startsWith(figure + " ")).findFirst().orElseThrow()
                .trim().replaceAll(" {2,}", " | ");
    }

    private static String from(String file, int line, int column) {
        return "catalogue file at " + file + ":" + line + ":" + column;
    }

    @Test
    void laterFilesGoOverEarlierOnesEachFigureSourcedByItsLine() {
        CliRun run = CliRun.of("catalogue", "show", "H100", "--catalogue", COMPANY, "--catalogue", QUOTE);

        assertThat(run.exitCode()).isZero();
        assertThat(figure(run, "tdpW")).isEqualTo("tdpW | 670 W | " + from(QUOTE, 4, 11));
        assertThat(figure(run, "itKw")).isEqualTo("itKw | 1.25 kW per GPU | " + from(QUOTE, 5, 11));
        assertThat(figure(run, "idleW")).isEqualTo("idleW | 110 W | " + from(COMPANY, 5, 12));
        assertThat(figure(run, "price")).isEqualTo("price | 29000 USD per GPU | " + from(COMPANY, 6, 12));
        assertThat(figure(CliRun.of("catalogue", "show", "H100", "--catalogue", QUOTE, "--catalogue", COMPANY),
                "tdpW")).isEqualTo("tdpW | 680 W | " + from(COMPANY, 4, 11));
    }

    @Test
    void aScenariosFilesGoOverTheCommandLinesAndItsOwnFiguresOverAll() {
        CliRun run = CliRun.of("catalogue", "show", "H100", "--catalogue", COMPANY, "--catalogue", QUOTE,
                "--scenario", CAMPUS);

        assertThat(run.exitCode()).isZero();
        // prices/quote.yaml, named by the scenario relative to its own folder (not the working one)
        assertThat(figure(run, "itKw")).isEqualTo("itKw | 1.2 kW per GPU | "
                + from(FOLDER.resolve("prices/quote.yaml").toString(), 5, 11));
        assertThat(figure(run, "tdpW")).isEqualTo("tdpW | 650 W | scenario override at " + CAMPUS + ":35:13");
        assertThat(figure(run, "idleW")).isEqualTo("idleW | 110 W | " + from(COMPANY, 5, 12));
    }

    @Test
    void aModelAFileAddsIsListedAndShownWithItsOwnSource() {
        CliRun listed = CliRun.of("catalogue", "list", "gpus", "--catalogue", COMPANY);
        CliRun shown = CliRun.of("catalogue", "show", "X1", "--catalogue", COMPANY);

        assertThat(listed.out().lines()).anyMatch(line -> line.startsWith("X1 ") && line.contains("TDP 900 W"));
        assertThat(figure(shown, "tdpW")).isEqualTo("tdpW | 900 W | vendor datasheet X1-2026");
        assertThat(CliRun.of("catalogue", "list", "gpus").out()).doesNotContain("X1 ");
    }

    static Stream<Arguments> commandsThatReadAScenario() {
        return Stream.of(
                Arguments.of(List.of("evaluate", CAMPUS), 0),
                Arguments.of(List.of("compare", CAMPUS, CAMPUS), 0),
                Arguments.of(List.of("sweep", CAMPUS, "--vary", "facility.pue=1.2,1.3", "--draws", "0"), 0),
                Arguments.of(List.of("catalogue", "list", "--scenario", CAMPUS), 0),
                Arguments.of(List.of("sites", CAMPUS, "../examples/colossus-sites.yaml"), 0),
                // the scenario loads with the file's model; what plan then misses is a decisions: section
                Arguments.of(List.of("plan", CAMPUS, "--goal", "earliest"), 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandsThatReadAScenario")
    void everyCommandThatReadsAScenarioTakesCatalogueFiles(List<String> args, int exitCode) {
        CliRun without = CliRun.of(args.toArray(String[]::new));
        List<String> withFile = new java.util.ArrayList<>(args);
        withFile.addAll(List.of("--catalogue", COMPANY));
        CliRun with = CliRun.of(withFile.toArray(String[]::new));

        assertThat(without.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(without.err()).contains("unknown GPU model 'X1'");
        assertThat(with.err()).doesNotContain("unknown GPU model");
        assertThat(with.exitCode()).as(with.err()).isIn(exitCode, ExitCode.INFEASIBLE.code());
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("missing", FOLDER.resolve("no-such-catalogue.yaml").toString()),
                Arguments.of("broken", FOLDER.resolve("broken.yaml").toString()),
                Arguments.of("names-files", FOLDER.resolve("names-files.yaml").toString()),
                Arguments.of("folder", FOLDER.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void aFileThatCannotBeReadIsRefusedWithItsGoldenMessage(String name, String file) throws IOException {
        CliRun run = CliRun.of("evaluate", CAMPUS, "--catalogue", file);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(Files.readString(FOLDER.resolve(name + ".expected"), StandardCharsets.UTF_8)
                .replace("\n", System.lineSeparator()));
        assertThat(run.out()).isEmpty();
    }
}
