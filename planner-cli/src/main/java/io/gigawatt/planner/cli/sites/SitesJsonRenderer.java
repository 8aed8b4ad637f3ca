package io.gigawatt.planner.cli.sites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The sites report as JSON, fields in the order of the report model. */
public final class SitesJsonRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SitesJsonRenderer() {
    }

    public static String render(SitesReport report) {
        try {
            return MAPPER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the sites report cannot be written as JSON", e);
        }
    }
}
