package io.gigawatt.planner.cli.init;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.input.Suggestions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A starting scenario written from a few choices (site, GPUs by model and date, grid tranches), with a comment on
 * every key a new planner would ask about, in the form the scenario loader reads, so it evaluates at once.
 */
public final class Draft {

    /** The equipment a draft starts with: mobile turbines, Megapacks and rented chillers, as Colossus began. */
    static final String GENERATORS = "smt-130";
    static final String BATTERIES = "megapack-2xl-4h";
    static final String COOLING = "rental-chiller-480";

    private Draft() {
    }

    /**
     * The scenario's text; throws with the option and what was expected when a choice cannot make a scenario.
     *
     * @param start the day building starts, or null for the first tranche's date
     */
    public static String write(String name, String site, LocalDate start, List<GpuOrder> gpus, List<Tranche> grid,
                               Catalogue catalogue) {
        for (GpuOrder order : gpus) {
            if (!catalogue.gpus().containsKey(order.model())) {
                throw new IllegalArgumentException("--gpus " + order.model() + ":" + order.count() + ":" + order.date()
                        + ": unknown GPU model '" + order.model() + "', "
                        + Suggestions.closest(order.model(), catalogue.gpus().keySet())
                                .map(s -> "did you mean '" + s + "'? ").orElse("")
                        + "expected one of: " + catalogue.gpus().keySet().stream()
                                .sorted(Comparator.comparing((String id) -> id.toLowerCase(Locale.ROOT)))
                                .collect(Collectors.joining(", ")) + " (planner catalogue list gpus)");
            }
        }
        List<Tranche> tranches = grid.stream().sorted(Comparator.comparing(Tranche::date)).toList();
        for (int i = 1; i < tranches.size(); i++) {
            if (tranches.get(i).date().equals(tranches.get(i - 1).date())) {
                throw new IllegalArgumentException("--grid: two tranches on " + tranches.get(i).date()
                        + ", expected one per date (the firm MW from that day on)");
            }
        }
        // GPUs of one date make one milestone; of one model and date, one count
        Map<LocalDate, Map<String, Long>> milestones = new TreeMap<>();
        gpus.forEach(o -> milestones.computeIfAbsent(o.date(), d -> new TreeMap<>()).merge(o.model(), o.count(), Long::sum));
        LocalDate begin = start != null ? start : tranches.get(0).date();
        LocalDate first = milestones.keySet().iterator().next();
        if (!begin.isBefore(first)) {
            throw new IllegalArgumentException((start != null ? "--start " : "the build start (the first --grid date) ")
                    + begin + " is not before the first GPUs' date " + first
                    + ", expected --start DATE before it (the day building starts)");
        }
        return text(name, site, begin, milestones, tranches, catalogue);
    }

    private static String text(String name, String site, LocalDate start, Map<LocalDate, Map<String, Long>> milestones,
                               List<Tranche> grid, Catalogue catalogue) {
        List<String> lines = new ArrayList<>(List.of(
                "# A starting scenario written by `planner init`: change any figure, then `planner evaluate` this file.",
                "# Every key is described in the README's \"Writing a scenario\"; the models a scenario may name, with their",
                "# figures and sources: `planner catalogue list` and `planner catalogue show ID`.",
                "name: " + quoted(name),
                "",
                "site:",
                "  name: " + quoted(site),
                commented("  existingBuilding: false", "true when the halls go into a building that already stands"),
                commented("  designAmbientC: 35", "the hottest day to plan for (C): generators derate above their rating"),
                "",
                "facility:",
                commented("  pue: 1.3", "facility power over IT power: 1.3 with rented air-cooled chillers"),
                commented("  overheadShare: 0.07", "networking, storage and CPU halls, a share of GPU IT power"),
                "",
                "grid:",
                commented("  tranches:", "the firm MW the utility gives from each date on")));
        for (Tranche t : grid) {
            lines.add("    - date: " + t.date());
            lines.add("      firmMw: " + t.mw());
        }
        lines.addAll(List.of("", "build:",
                commented("  start: " + start, "the day building starts"),
                commented("  milestones:", "GPUs are installed evenly from the previous milestone to each date")));
        int phase = 1;
        for (Map.Entry<LocalDate, Map<String, Long>> m : milestones.entrySet()) {
            lines.add("    - name: Phase " + phase++);
            lines.add("      date: " + m.getKey());
            lines.add("      add:");
            m.getValue().forEach((model, count) -> lines.add(
                    commented("        " + model + ": " + count, catalogue.gpus().get(model).name())));
        }
        lines.addAll(List.of("",
                commented("equipment:", "on-site supply for what the grid cannot yet carry"),
                "  generators:",
                commented("    model: " + GENERATORS, "`planner catalogue list generators` shows the others"),
                commented("    redundancy: 1", "spare units beyond those that carry the load (N+1)"),
                "  batteries:",
                "    model: " + BATTERIES,
                "  cooling:",
                "    model: " + COOLING,
                commented("    margin: 0.1", "cooling beyond the heat load, a share of it"),
                ""));
        return String.join("\n", lines);
    }

    /** A line with its comment in the column the examples use. */
    private static String commented(String line, String comment) {
        return String.format(Locale.ROOT, "%-31s # %s", line, comment);
    }

    /** A YAML double-quoted scalar: any name reads back as written (a colon, a hash, quotes). */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }

    static LocalDate date(String text, String whole) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' in '" + whole + "' is not a date, expected YYYY-MM-DD");
        }
    }

    static long wholeNumber(String text, long min, long max, String expected, String whole) {
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a whole number: said below, as one out of range is
        }
        throw new IllegalArgumentException("'" + text + "' in '" + whole + "' is not " + expected);
    }
}
