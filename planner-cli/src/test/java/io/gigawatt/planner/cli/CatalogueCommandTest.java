package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code planner catalogue list} and {@code show}: the models a planner may name found without opening the catalogue
 * file, every figure with its source, a scenario's own changes shown with the line they were written on.
 */
class CatalogueCommandTest {

    private static final String NL = System.lineSeparator();
    private static final Path BASE = Path.of("src/test/resources/fuzz/base-scenario.yaml");
    private static final Path GOLDENS = Path.of("src/test/resources/catalogue-errors");

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    @Test
    void listsOneKindOneLinePerModelSortedById() {
        CliRun run = CliRun.of("catalogue", "list", "gpus");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(lines(run.out())).extracting(line -> line.split(" ")[0])
                .containsExactly("B200", "B300", "GB200", "GB300", "H100", "H200", "MI300A", "MI300X", "MI325X",
                        "MI355X", "TPU-v7", "Trainium2", "Trainium3");
        assertThat(lines(run.out())).anyMatch(line -> line.matches(
                "H100 +NVIDIA H100 SXM +TDP 700 W, IT 1.275 kW per GPU \\(server\\), idle 122 W, 64 per rack"))
                .anyMatch(line -> line.matches("Trainium2 +AWS Trainium2 \\(Trn2\\) +TDP 500 W, IT 0.5 kW per GPU \\(chip\\), .*"));
    }

    @Test
    void listsEveryKindUnderItsHeading() {
        CliRun run = CliRun.of("catalogue", "list");

        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out())).filteredOn(line -> line.endsWith(":"))
                .containsExactly("gpus:", "generators:", "batteries:", "cooling:");
        assertThat(lines(run.out())).anyMatch(line -> line.startsWith("smt-130 ") && line.contains(" MW up to "))
                .anyMatch(line -> line.startsWith("megapack-2xl-4h ") && line.contains(" MWh, round trip "))
                .anyMatch(line -> line.startsWith("rental-chiller-480 ") && line.contains(" tons, rental"));
    }

    @Test
    void writesTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        String list = CliRun.of("catalogue", "list").out();
        String show = CliRun.of("catalogue", "show", "GB200").out();
        assertThat(list).containsPattern("GB200 +NVIDIA GB200 \\(NVL72\\)");
        assertThat(show).contains("  price           41700 USD per GPU");
        try {
            for (Locale locale : List.of(Locale.GERMANY, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ar-EG"))) {
                Locale.setDefault(locale);
                assertThat(CliRun.of("catalogue", "list").out()).as(locale.toString()).isEqualTo(list);
                assertThat(CliRun.of("catalogue", "show", "GB200").out()).as(locale.toString()).isEqualTo(show);
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void showsEveryFigureWithTheKeyThatChangesItAndItsSource() {
        CliRun run = CliRun.of("catalogue", "show", "H100");

        assertThat(run.exitCode()).isZero();
        List<String> lines = lines(run.out());
        assertThat(lines.get(0)).isEqualTo("H100 (gpus): NVIDIA H100 SXM");
        assertThat(lines.get(1)).isEqualTo("source: https://www.supercluster.blog/p/6-ai-supercluster-nvidia-dgx-h100");
        assertThat(lines).extracting(line -> line.trim().split(" +")[0]).containsSubsequence("tdpW", "itKw", "idleW",
                "computeW", "overshoot", "overshootMs", "transitionMs", "psuStorageJ", "gpusPerRack", "rackFloorSqFt",
                "currency", "priceYear", "price", "rentPerGpuHour");
        assertThat(lines).anyMatch(line -> line.matches(" +tdpW +700 W +https://www.supercluster.blog/.*"))
                .anyMatch(line -> line.matches(" +itKw +1.275 kW per GPU +DGX H100 maximum 10.2 kW / 8 GPUs; https.*"))
                .anyMatch(line -> line.matches(" +psuStorageJ +0 J per GPU +default: no energy storage .*"))
                .anyMatch(line -> line.matches(" +price +30000 USD per GPU +about \\$30,000 per H100 .*"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"B300", "GB300", "MI300A", "MI325X", "MI355X", "Trainium2",
            "Trainium3", "TPU-v7"})
    void showsEveryFigureOfAnAcceleratorWithItsSourceAndWhatItsItFigureTakesIn(String id) {
        CliRun run = CliRun.of("catalogue", "show", id);

        assertThat(run.exitCode()).isZero();
        List<String> figures = lines(run.out()).stream().filter(line -> line.startsWith("  ")).toList();
        assertThat(figures).extracting(line -> line.trim().split(" +")[0]).startsWith("tdpW", "itKw", "itIncludes",
                "idleW");
        // every figure: its key, its value, then its source, a public address or a file of the repository
        assertThat(figures).allSatisfy(line -> assertThat(line).matches("  \\S+ +\\S.*  +\\S.*"))
                .anyMatch(line -> line.matches(" +itIncludes +(chip|server|rack|pod) +(chip|server|rack|pod): .*"))
                .anyMatch(line -> line.matches(" +itKw +.* kW per GPU +.*(https://|docs/accelerators.md).*"));
    }

    @Test
    void aScenarioWithAnAcceleratorOfEachVendorEvaluatesByEachOnesOwnItFigure() throws IOException {
        CliRun run = CliRun.of("evaluate", "src/test/resources/accelerators/one-of-each-vendor.yaml", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode second = new ObjectMapper().readTree(run.out()).get("phases").get(1);
        assertThat(second.get("gpus").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("B300", "MI325X", "Trainium2", "TPU-v7");
        // NVIDIA 10,000 x 1.8125 kW (server), AMD 10,000 x 1.6 (server), AWS 20,000 x 0.5 (chip), Google 10,000 x
        // 1.085 (pod), with the scenario's 7% overhead
        assertThat(second.get("itMw").asDouble()).isCloseTo((18.125 + 16 + 10 + 10.85) * 1.07, within(0.001));
    }

    @Test
    void aScenarioThatAddsAModelWithoutItsScopeIsShownAsNotStated(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("added.yaml");
        Files.writeString(scenario, Files.readString(BASE, StandardCharsets.UTF_8) + String.join("\n",
                "catalogue:",
                "  gpus:",
                "    X1:",
                "      name: Example accelerator",
                "      tdpW: 900",
                "      itKw: 1.5",
                "      idleW: 150",
                "      source: vendor datasheet X1-2026",
                ""), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("catalogue", "show", "X1", "--scenario", scenario.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(lines(run.out())).anyMatch(line -> line.matches(
                " +itIncludes +not stated +the entry does not state what its itKw takes in"));
    }

    @Test
    void showsAScenariosChangesWithTheLineTheyWereWrittenOn(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("capped.yaml");
        Files.writeString(scenario, Files.readString(BASE, StandardCharsets.UTF_8) + String.join("\n",
                "catalogue:",
                "  gpus:",
                "    H100:",
                "      tdpW: 650",
                "      price: 28000",
                "    X1:",
                "      name: Example accelerator",
                "      tdpW: 900",
                "      itKw: 1.5",
                "      idleW: 150",
                "      source: vendor datasheet X1-2026",
                ""), StandardCharsets.UTF_8);

        CliRun changed = CliRun.of("catalogue", "show", "H100", "--scenario", scenario.toString());
        CliRun added = CliRun.of("catalogue", "list", "gpus", "--scenario", scenario.toString());

        assertThat(changed.exitCode()).isZero();
        assertThat(lines(changed.out())).anyMatch(line -> line.matches(
                        " +tdpW +650 W +scenario override at " + java.util.regex.Pattern.quote(scenario + ":70:13")))
                .anyMatch(line -> line.matches(
                        " +price +28000 USD per GPU +scenario override at " + java.util.regex.Pattern.quote(scenario + ":71:14")))
                .anyMatch(line -> line.matches(" +idleW +122 W +measured idle of an H200 .*"));
        assertThat(lines(added.out())).anyMatch(line -> line.startsWith("X1 ") && line.contains("TDP 900 W"));
        assertThat(CliRun.of("catalogue", "list", "gpus").out()).doesNotContain("X1 ");
    }

    @Test
    void showsAPowerCappedGpuAsRated(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("capped.yaml");
        Files.writeString(scenario, Files.readString(BASE, StandardCharsets.UTF_8).replace("equipment:\n",
                "equipment:\n  gpus:\n    H100:\n      powerCapW: 600\n"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("catalogue", "show", "H100", "--scenario", scenario.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(CliRun.of("catalogue", "show", "H100").out());
    }

    @Test
    void aBrokenScenarioIsRefusedWithItsLocatedProblems(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("broken.yaml");
        Files.writeString(scenario, Files.readString(BASE, StandardCharsets.UTF_8)
                + "catalogue:\n  gpus:\n    H100:\n      tdpW: lots\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("catalogue", "show", "H100", "--scenario", scenario.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).startsWith(scenario + ":70:13: catalogue.gpus.H100.tdpW: ");
        assertThat(run.out()).isEmpty();
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown-kind", List.of("catalogue", "list", "gpu")),
                Arguments.of("unknown-id", List.of("catalogue", "show", "GB20")),
                Arguments.of("no-command", List.of("catalogue")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedWithItsGoldenMessage(String name, List<String> args) throws IOException {
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT.code());
        assertThat(run.err()).isEqualTo(Files.readString(GOLDENS.resolve(name + ".expected"), StandardCharsets.UTF_8)
                .replace("\n", NL));
        assertThat(run.out()).isEmpty();
    }
}
