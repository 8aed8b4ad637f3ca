package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports name the scenario file relative to where the command ran when it lies there, however it was given (a
 * script's absolute path), and as given when it lies elsewhere.
 */
class ScenarioPathTest {

    private static final Path COLOSSUS = Path.of("../examples/colossus.yaml");

    @Test
    void aScenarioUnderTheWorkingFolderIsNamedRelativeToItInEveryFormat() throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "scenario-path");
        Path scenario = Files.copy(COLOSSUS, dir.resolve("colossus.yaml"));
        String shown = "target/" + dir.getFileName() + "/colossus.yaml";
        String absolute = scenario.toAbsolutePath().toString();

        String json = CliRun.of("evaluate", absolute, "--format", "json").out();
        String text = CliRun.of("evaluate", absolute).out();
        CliRun.of("evaluate", absolute, "--format", "html", "--out", dir.toString());
        Document page = Jsoup.parse(Files.readString(dir.resolve("colossus.html"), StandardCharsets.UTF_8));

        assertThat(json).contains("\"file\" : \"" + shown + "\"").doesNotContain(absolute);
        assertThat(text).contains(shown).doesNotContain(absolute);
        assertThat(page.select("#verdict .file code").text()).isEqualTo(shown);
        assertThat(page.select("footer code").text()).isEqualTo(shown);
        assertThat(page.html()).doesNotContain(absolute);
    }

    @Test
    void aScenarioElsewhereIsNamedAsGiven(@TempDir Path elsewhere) throws IOException {
        Path scenario = Files.copy(COLOSSUS, elsewhere.resolve("colossus.yaml"));

        String json = CliRun.of("evaluate", scenario.toString(), "--format", "json").out();
        String relative = CliRun.of("evaluate", COLOSSUS.toString(), "--format", "json").out();

        assertThat(json).contains("\"file\" : \"" + scenario + "\"");
        assertThat(relative).contains("\"file\" : \"../examples/colossus.yaml\"");
    }
}
