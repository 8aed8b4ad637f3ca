package io.gigawatt.planner.rules.policy;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node.Entry;
import io.gigawatt.planner.input.Problems;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.YamlFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads policy files. The default policy ({@code gigawatt/policy/default-policy.yaml}) defines every threshold
 * the default rules use, with its range, unit and meaning; a planner's policy changes any of them under
 * {@code thresholds:} (a misspelt name is an error with a suggestion) and adds thresholds for its own rules
 * under {@code custom:}.
 */
public final class PolicyReader {

    public static final String DEFAULT_RESOURCE = "gigawatt/policy/default-policy.yaml";

    private static final Range ANY_NUMBER = Range.of(-1e12, 1e12, "a number");

    private static final List<ThresholdSpec> DEFAULTS = readDefaults();

    private PolicyReader() {
    }

    /** The thresholds of the default policy, in file order. */
    public static List<ThresholdSpec> defaultThresholds() {
        return DEFAULTS;
    }

    public static Policy defaultPolicy() {
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        for (ThresholdSpec spec : DEFAULTS) {
            thresholds.put(spec.name(), new Threshold(spec.name(), spec.value(), "default policy"));
        }
        return new Policy(thresholds);
    }

    /**
     * The policy a run judges by: the file asked for on the command line, else the one the scenario names, else the
     * default.
     */
    public static Policy chosen(Path asked, Path scenarios) throws InputException {
        Path chosen = asked != null ? asked : scenarios;
        return chosen == null ? defaultPolicy() : read(chosen);
    }

    /** The default policy with the values of {@code file} over it. */
    public static Policy read(Path file) throws InputException {
        Problems problems = new Problems();
        Fields root = Fields.of(YamlFiles.read(file), "", problems);
        Map<String, Threshold> thresholds = new LinkedHashMap<>(defaultPolicy().thresholds());
        root.optionalSection("thresholds").ifPresent(section -> {
            for (ThresholdSpec spec : DEFAULTS) {
                section.optionalNumber(spec.name(), spec.range()).ifPresent(value -> thresholds.put(spec.name(),
                        new Threshold(spec.name(), value, section.locationOf(spec.name()).toString())));
            }
            section.rejectUnknownKeys();
        });
        root.optionalSection("custom").ifPresent(section -> {
            for (Entry entry : section.entries()) {
                String field = section.pathOf(entry.key());
                if (thresholds.containsKey(entry.key())) {
                    problems.add(entry.keyLocation(), field, "is a default threshold, expected it under 'thresholds:'");
                } else {
                    double value = section.asNumber(entry.value(), field, ANY_NUMBER);
                    thresholds.put(entry.key(), new Threshold(entry.key(), value, entry.value().location().toString()));
                }
            }
        });
        root.rejectUnknownKeys();
        problems.throwIfAny();
        return new Policy(thresholds);
    }

    private static List<ThresholdSpec> readDefaults() {
        try (InputStream in = PolicyReader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default policy " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            Problems problems = new Problems();
            Fields root = Fields.of(YamlFiles.read(DEFAULT_RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8)),
                    "", problems);
            List<ThresholdSpec> specs = new ArrayList<>();
            Fields section = root.section("thresholds");
            for (Entry entry : section.entries()) {
                Fields t = Fields.of(entry.value(), section.pathOf(entry.key()), problems);
                double min = t.number("min", ANY_NUMBER);
                double max = t.number("max", ANY_NUMBER);
                boolean whole = t.bool("whole", false);
                Range range = whole ? Range.wholeNumber(min, max, "a number") : Range.of(min, max, "a number");
                specs.add(new ThresholdSpec(entry.key(), t.number("value", range), min, max, whole, t.text("unit"),
                        t.text("doc")));
                t.rejectUnknownKeys();
            }
            root.rejectUnknownKeys();
            problems.throwIfAny();
            return List.copyOf(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("the default policy is broken:\n" + e.getMessage(), e);
        }
    }
}
