package io.gigawatt.planner.cli.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a report: the blocks every format shows and the fields it adds to the JSON report (in order; a
 * section may show what another section's JSON field holds, or add a field no block shows).
 */
public final class Section {

    private final String id;
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();

    /** A section no writer needs to tell apart. */
    public Section() {
        this(null);
    }

    /** @param id what the section is about ("phases", "supply"), for a writer that draws some parts itself */
    public Section(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Adds {@code value} as the JSON report's field {@code name}. */
    public Section json(String name, Object value) {
        json.put(name, value);
        return this;
    }

    public Section add(Block block) {
        blocks.add(block);
        return this;
    }

    /** Adds blocks the terminal shows and the page does not. */
    public Section terminal(Block... shown) {
        return add(new Block.Only(View.TERMINAL, List.of(shown)));
    }

    /** Adds blocks Markdown and HTML show and the terminal does not. */
    public Section page(Block... shown) {
        return add(new Block.Only(View.PAGE, List.of(shown)));
    }

    public Map<String, Object> json() {
        return Collections.unmodifiableMap(json);
    }

    public List<Block> blocks() {
        return Collections.unmodifiableList(blocks);
    }
}
