package io.gigawatt.planner.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The rule files shipped with the planner, one per constraint family. */
public final class DefaultPack {

    public static final List<String> FAMILIES = List.of("grid", "generation", "storage", "cooling", "timeline", "targets",
            "economics", "siting");

    private static final String FOLDER = "gigawatt/rules/";

    private DefaultPack() {
    }

    public static List<RuleSource> sources() {
        List<RuleSource> sources = new ArrayList<>();
        for (String family : FAMILIES) {
            String path = FOLDER + family + ".drl";
            try (InputStream in = DefaultPack.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("the default rule file " + path + " is missing from the classpath");
                }
                sources.add(new RuleSource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }
}
