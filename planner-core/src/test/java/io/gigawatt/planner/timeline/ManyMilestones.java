package io.gigawatt.planner.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A large scenario for the timeline's scaling: a scenario file (the Colossus example) whose milestones are spread
 * into {@code count} smaller ones, evenly from the build start to the last target's date (or the last milestone's),
 * adding the same GPUs in all (or {@code times} as many). Everything else (grid, equipment, workload, timeline)
 * stays as written. Shared with the benchmarks module (planner-core's test jar), where {@code main} writes one for
 * {@code ./planner evaluate}:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.gigawatt.planner.timeline.ManyMilestones examples/colossus.yaml 1000 [TIMES] &gt; /tmp/colossus-1000.yaml</pre>
 */
public final class ManyMilestones {

    private ManyMilestones() {
    }

    public static void main(String[] args) {
        int times = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        System.out.print(of(Path.of(args[0]), Integer.parseInt(args[1]), times));
    }

    /** The YAML of {@code file} with {@code count} milestones in place of its own, adding {@code times} its GPUs. */
    public static String of(Path file, int count, int times) {
        try {
            return of(Files.readString(file), count, times);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String of(String yaml, int count, int times) {
        JsonNode tree = readTree(yaml);
        LocalDate start = LocalDate.parse(tree.path("build").path("start").asText());
        JsonNode given = tree.path("build").path("milestones");
        LocalDate end = LocalDate.parse(given.path(given.size() - 1).path("date").asText());
        for (JsonNode target : tree.path("targets")) {
            end = LocalDate.parse(target.path("date").asText());
        }
        Map<String, Long> gpus = new TreeMap<>();
        given.forEach(m -> m.path("add").properties().forEach(gpu ->
                gpus.merge(gpu.getKey(), times * gpu.getValue().asLong(), Long::sum)));
        long span = end.toEpochDay() - start.toEpochDay();
        if (span < count) {
            throw new IllegalArgumentException(count + " milestones do not fit in the " + span + " days from "
                    + start + " to " + end);
        }
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        int from = lines.indexOf("  milestones:") + 1;
        int to = from;
        while (to < lines.size() && (lines.get(to).isEmpty() || lines.get(to).startsWith(" "))) {
            to++;
        }
        List<String> milestones = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            milestones.add("    - name: Step " + i);
            milestones.add("      date: " + start.plusDays(span * i / count));
            milestones.add("      add:");
            for (Map.Entry<String, Long> model : gpus.entrySet()) {
                long total = model.getValue();
                milestones.add("        " + model.getKey() + ": " + (total * i / count - total * (i - 1) / count));
            }
        }
        milestones.add("");
        lines.subList(from, to).clear();
        lines.addAll(from, milestones);
        // the file's decisions name its own milestones, which these replace
        int decisions = lines.indexOf("decisions:");
        if (decisions >= 0) {
            int past = decisions + 1;
            while (past < lines.size() && (lines.get(past).isEmpty() || lines.get(past).startsWith(" "))) {
                past++;
            }
            lines.subList(decisions, past).clear();
        }
        return String.join("\n", lines);
    }

    private static JsonNode readTree(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
