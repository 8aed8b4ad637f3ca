package io.gigawatt.planner.features;

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
 * The living documentation as a reader opens it: features by their titles (no classpath paths), their tags to filter
 * by, each scenario with its steps and result, the glossary, and nothing that changes from one run to the next.
 */
class LivingDocumentationTest {

    @Test
    void aReaderSeesFeatureTitlesTagsResultsAndTheGlossaryWithoutPathsOrTimings(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.html");
        Path second = dir.resolve("second.html");
        assertThat(run(first)).isZero();
        assertThat(run(second)).isZero();

        String html = Files.readString(first, StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("section.feature h2").eachText())
                .containsExactly("Cooling and the chiller rental market",
                        "A Texas campus takes the grid's flexible offer");
        assertThat(page.select("nav.tags button").eachText()).containsExactly("all", "@colossus", "@cooling", "@grid",
                "@storage", "@texas");
        assertThat(page.select("section.feature[data-tags~=@texas] .scenario .badge").eachText()).isNotEmpty()
                .containsOnly("passed");
        assertThat(page.select("dt").eachText()).contains("P50, P90", "N+1", "PUE", "tranche");
        assertThat(page.text()).doesNotContain("classpath:", ".feature", "seconds", "ms)");
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).as("the same page from the same run")
                .isEqualTo(html);
    }

    private static byte run(Path page) {
        return io.cucumber.core.cli.Main.run("--glue", "io.gigawatt.planner.features", "--plugin",
                LivingDocumentation.class.getName() + ":" + page, "classpath:features/cooling.feature",
                "classpath:features/flexible-grid.feature");
    }
}
