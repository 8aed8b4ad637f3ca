package io.gigawatt.planner.cli.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report in no format: its sections in order. Each command's builder makes one; {@link Format} writes it as text,
 * Markdown, JSON or HTML, so a new section is written by every format without touching a writer.
 *
 * @param title the document's name (the HTML page's title)
 */
public record Document(String title, List<Section> sections) {

    public Document {
        sections = List.copyOf(sections);
    }

    /** The JSON report: every section's fields, in section order. */
    public Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        sections.forEach(s -> json.putAll(s.json()));
        return json;
    }
}
