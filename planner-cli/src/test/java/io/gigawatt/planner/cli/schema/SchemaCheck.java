package io.gigawatt.planner.cli.schema;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** Validates a document against a published schema, as an editor or an analyst's tool would, formats included. */
public final class SchemaCheck {

    /** Reads the schemas from their files, and nothing from the network. */
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaLoader(loader -> loader.fetchRemoteResources()
                    .allow(iri -> iri.toString().startsWith("file:"))));

    private SchemaCheck() {
    }

    /** What the schema in {@code schemas/} finds wrong with {@code document}: "instance location: message". */
    public static List<String> problems(String schemaFile, JsonNode document) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(
                InputSchemas.FOLDER.resolve(schemaFile).toAbsolutePath().normalize().toUri().toString()));
        return schema.validate(document, context -> context.executionConfig(config -> config
                        .formatAssertionsEnabled(true).locale(Locale.ROOT)))
                .stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
