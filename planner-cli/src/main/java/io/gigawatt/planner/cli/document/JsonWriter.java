package io.gigawatt.planner.cli.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Any document's JSON fields as one indented object: the JSON report, schema-compatible across versions. */
public final class JsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(WholeNumbers.module());

    private JsonWriter() {
    }

    public static String write(Document document) {
        return json(document.json(), document.title());
    }

    /** A model of the command line as indented JSON, with a newline. */
    public static String json(Object model, String what) {
        try {
            return MAPPER.writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(what + " cannot be written as JSON", e);
        }
    }
}
