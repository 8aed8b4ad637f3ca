package io.gigawatt.planner.cli.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schemas in {@code schemas/} are what the loaders accept: each is written again by asking its loader (every key
 * it knows, the type, range and wholeness of every value, which keys are required) and must equal the published one.
 * So an editor offers every key the planner reads and none it refuses.
 */
class InputSchemasTest {

    private static final InputSchemas SCHEMAS = new InputSchemas();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path WRITTEN = Path.of("target/schemas");

    @Test
    void theProbedDocumentsWriteEveryKeyTheLoadersKnow() {
        assertThat(SCHEMAS.unread()).as("keys no document in src/test/resources/schemas writes").isEmpty();
    }

    @Test
    void thePublishedSchemasAreWhatTheLoadersAccept() throws IOException {
        List<String> stale = new ArrayList<>();
        Files.createDirectories(WRITTEN);
        for (Map.Entry<String, ObjectNode> schema : SCHEMAS.schemas().entrySet()) {
            String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(schema.getValue()) + "\n";
            Files.writeString(WRITTEN.resolve(schema.getKey()), text, StandardCharsets.UTF_8);
            Path published = InputSchemas.FOLDER.resolve(schema.getKey());
            if (!Files.exists(published) || !Files.readString(published, StandardCharsets.UTF_8).equals(text)) {
                stale.add(schema.getKey());
            }
        }
        assertThat(stale).as("schemas that differ from what the loaders accept: the loaders' view is in "
                + "planner-cli/target/schemas/, copy it to schemas/ once the change is meant").isEmpty();
    }
}
