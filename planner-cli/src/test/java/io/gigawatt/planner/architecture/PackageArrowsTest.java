package io.gigawatt.planner.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.CoreModule;
import io.gigawatt.planner.cli.Main;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.search.PlanSearch;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of planner-core, planner-rules, planner-plan and planner-cli in layers, top first: a class may use its own
 * package and those of lower layers, never one of its own layer or above. Read from the compiled classes (every
 * type a class names stands in its constant pool as {@code io/gigawatt/planner/...}), so no import slips past.
 */
class PackageArrowsTest {

    private static final List<List<String>> LAYERS = List.of(
            List.of("cli"),
            List.of("cli.catalogue", "cli.compare", "cli.init", "cli.plan", "cli.ruletest", "cli.sites", "cli.sweep"),
            List.of("cli.report.html"),
            List.of("cli.report"),
            List.of("cli.timeline"),
            List.of("cli.document.html"),
            List.of("cli.document", "cli.output"),
            // planner-plan: the search judges candidates with the rules
            List.of("search", "rules.siting"),
            List.of("rules"),
            List.of("rules.policy"),
            List.of(""),
            List.of("siting"),
            List.of("plan"),
            // the aggregate and its loader, above the features it hands inputs to
            List.of("scenario"),
            // what planner plan may change, read with the scenario
            List.of("decisions"),
            // the cost model prices the timeline's dates and remedies; the scenario hands it its inputs
            List.of("economics"),
            List.of("timeline"),
            List.of("targets", "swing", "cooling"),
            List.of("demand"),
            List.of("supply"),
            List.of("catalogue"),
            List.of("input", "cache"),
            List.of("units"));

    private static final String PREFIX = "io/gigawatt/planner/";
    /** A type named in a class file; group 1 its package below {@link #PREFIX}, "cli/report/" or "" for the root. */
    private static final Pattern REFERENCE = Pattern.compile(PREFIX + "((?:[a-z]+/)*)[A-Z]");

    @Test
    void noPackageArrowRunsBackUp() throws Exception {
        Map<String, Integer> layerOf = new HashMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String pkg : LAYERS.get(i)) {
                layerOf.put(pkg, i);
            }
        }
        TreeSet<String> wrong = new TreeSet<>();
        TreeSet<String> unplaced = new TreeSet<>();
        for (Class<?> ofModule : List.of(CoreModule.class, RuleEngine.class, PlanSearch.class, Main.class)) {
            for (Map.Entry<String, String> file : classFiles(ofModule).entrySet()) {
                String from = packageOf(file.getKey());
                Integer fromLayer = layerOf.get(from);
                if (fromLayer == null) {
                    unplaced.add(from);
                    continue;
                }
                Matcher m = REFERENCE.matcher(file.getValue());
                while (m.find()) {
                    String group = m.group(1);
                    String to = group.isEmpty() ? "" : group.substring(0, group.length() - 1).replace('/', '.');
                    Integer toLayer = layerOf.get(to);
                    if (!to.equals(from) && toLayer != null && toLayer <= fromLayer) {
                        wrong.add(name(from) + " -> " + name(to) + " (" + file.getKey() + ")");
                    }
                }
            }
        }
        assertThat(unplaced).as("packages with no layer").isEmpty();
        assertThat(wrong).as("arrows running back up or across a layer").isEmpty();
    }

    /** "io/gigawatt/planner/cli/report/Report.class" -> "cli.report"; a class of the root package -> "". */
    private static String packageOf(String classFile) {
        String rest = classFile.substring(PREFIX.length());
        return rest.contains("/") ? rest.substring(0, rest.lastIndexOf('/')).replace('/', '.') : "";
    }

    private static String name(String pkg) {
        return pkg.isEmpty() ? "io.gigawatt.planner" : pkg;
    }

    /** The module's class files (from its folder, or its jar), as path -> bytes read as Latin-1. */
    private static Map<String, String> classFiles(Class<?> ofModule) throws Exception {
        Path root = Path.of(ofModule.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(root)) {
            return read(root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + root.toUri()), Map.of())) {
            return read(jar.getPath("/"));
        }
    }

    private static Map<String, String> read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> all = Files.walk(root.resolve(PREFIX))) {
            all.filter(p -> p.toString().endsWith(".class")).forEach(paths::add);
        }
        for (Path p : paths) {
            files.put(root.relativize(p).toString().replace('\\', '/'),
                    new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
        }
        return files;
    }
}
