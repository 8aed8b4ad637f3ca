package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/planners/rule-catalogue.md is what {@code planner rules list --format md} prints, under its heading. */
class RuleCatalogueDocTest {

    private static final Path DOC = Path.of("../docs/planners/rule-catalogue.md");

    @Test
    void theRuleCatalogueInTheDocsIsTheCommandsOutput() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = CliRun.of("rules", "list", "--format", "md").out();
        String heading = doc.substring(0, doc.indexOf("| Rule |"));
        if (Boolean.getBoolean("gigawatt.updateDocs")) {
            Files.writeString(DOC, heading + table, StandardCharsets.UTF_8);
        }

        assertThat(doc).as("the catalogue in the docs; regenerate with -Dgigawatt.updateDocs=true")
                .isEqualTo(heading + table);
    }
}
