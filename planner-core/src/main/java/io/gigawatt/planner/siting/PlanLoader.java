package io.gigawatt.planner.siting;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Node.ListNode;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.Node.ScalarNode;
import io.gigawatt.planner.input.Node.ScalarType;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a build plan for {@code planner sites}: a scenario whose {@code site} and {@code grid} may be left out,
 * since each candidate site brings its own. A plan that has them is read as it is (each candidate replaces them).
 * Everything else is checked as in any scenario, with the same located errors.
 */
public final class PlanLoader {

    /** Stands for the site a plan leaves out; never reported, each candidate replaces it. */
    static final String PLACEHOLDER_SITE = "(each candidate site)";

    private final ScenarioLoader loader;

    @Inject
    public PlanLoader(ScenarioLoader loader) {
        this.loader = loader;
    }

    public Scenario load(Path file) throws InputException {
        return loader.load(completed(YamlFiles.read(file)), TextFiles.nameOf(file), ScenarioLoader.folderOf(file));
    }

    /** Plan text reported under {@code name}; a policy file it names is looked for in the working folder. */
    public Scenario load(String name, String text) throws InputException {
        return loader.load(completed(YamlFiles.read(name, text)), name, Path.of(""));
    }

    /** The plan with a neutral site (15 C) and an empty grid where it has none, so the scenario loader accepts it. */
    static Node completed(Node document) {
        if (!(document instanceof MapNode map)) {
            return document;
        }
        Location at = map.location();
        Map<String, Entry> entries = new LinkedHashMap<>(map.entries());
        entries.putIfAbsent("site", new Entry("site", at, mapping(at, "name", text(at, PLACEHOLDER_SITE, ScalarType.TEXT),
                "designAmbientC", text(at, "15", ScalarType.NUMBER))));
        entries.putIfAbsent("grid", new Entry("grid", at, mapping(at, "tranches", new ListNode(at, List.of(
                mapping(at, "date", text(at, "2000-01-01", ScalarType.TEXT), "firmMw", text(at, "0", ScalarType.NUMBER)))))));
        return new MapNode(at, entries);
    }

    private static ScalarNode text(Location at, String value, ScalarType type) {
        return new ScalarNode(at, value, type);
    }

    private static MapNode mapping(Location at, Object... keysAndValues) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            entries.put(key, new Entry(key, at, (Node) keysAndValues[i + 1]));
        }
        return new MapNode(at, entries);
    }
}
