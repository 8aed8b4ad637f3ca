package io.gigawatt.planner.cli.compare;

import static io.gigawatt.planner.cli.report.Markdown.cell;

import io.gigawatt.planner.cli.report.JsonRenderer;
import java.util.List;

/** A comparison as text for the terminal, as Markdown, or as JSON. */
public final class ComparisonText {

    private ComparisonText() {
    }

    public static String text(Comparison c) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(c.a().scenario()).append(" (").append(c.a().file()).append("): ")
                .append(c.a().verdict()).append(" (").append(c.a().tally()).append(")\n");
        out.append("B: ").append(c.b().scenario()).append(" (").append(c.b().file()).append("): ")
                .append(c.b().verdict()).append(" (").append(c.b().tally()).append(")\n");
        if (c.same()) {
            return out.append("\nNo differences.\n").toString();
        }
        for (String section : List.of("inputs", "phases", "targets")) {
            List<Comparison.Change> changes = c.changes().stream().filter(x -> x.section().equals(section)).toList();
            if (!changes.isEmpty()) {
                out.append("\n").append(Character.toUpperCase(section.charAt(0))).append(section.substring(1)).append("\n");
                for (Comparison.Change x : changes) {
                    out.append("  ").append(x.subject()).append(", ").append(x.what()).append(": ")
                            .append(orNone(x.a())).append(" -> ").append(orNone(x.b())).append("\n");
                }
            }
        }
        if (!c.findings().isEmpty()) {
            out.append("\nFindings\n");
            for (Comparison.FindingChange f : c.findings()) {
                String mark = switch (f.change()) {
                    case "added" -> "+";
                    case "removed" -> "-";
                    default -> "~";
                };
                out.append("  ").append(mark).append(" ").append(String.format("%-8s", f.severity())).append(" ")
                        .append(f.message()).append(" [").append(f.family()).append(": ").append(f.rule()).append("]\n");
                if (f.before() != null) {
                    out.append("             was: ").append(f.before()).append("\n");
                }
            }
        }
        return out.toString();
    }

    public static String markdown(Comparison c) {
        StringBuilder out = new StringBuilder("# ").append(cell(c.a().scenario())).append(" vs ")
                .append(cell(c.b().scenario())).append("\n\n| | scenario | file | verdict |\n|---|---|---|---|\n");
        out.append("| A | ").append(cell(c.a().scenario())).append(" | `").append(c.a().file()).append("` | ")
                .append(c.a().verdict()).append(" (").append(c.a().tally()).append(") |\n");
        out.append("| B | ").append(cell(c.b().scenario())).append(" | `").append(c.b().file()).append("` | ")
                .append(c.b().verdict()).append(" (").append(c.b().tally()).append(") |\n");
        if (!c.changes().isEmpty()) {
            out.append("\n## Changes\n\n| section | subject | what | A | B |\n|---|---|---|---|---|\n");
            for (Comparison.Change x : c.changes()) {
                out.append("| ").append(x.section()).append(" | ").append(cell(x.subject())).append(" | ")
                        .append(cell(x.what())).append(" | ").append(cell(orNone(x.a()))).append(" | ")
                        .append(cell(orNone(x.b()))).append(" |\n");
            }
        }
        if (!c.findings().isEmpty()) {
            out.append("\n## Findings\n\n| change | severity | about | finding | was | rule |\n|---|---|---|---|---|---|\n");
            for (Comparison.FindingChange f : c.findings()) {
                out.append("| ").append(f.change()).append(" | ").append(f.severity()).append(" | ")
                        .append(cell(f.subject())).append(" | ").append(cell(f.message())).append(" | ")
                        .append(cell(f.before())).append(" | ").append(cell(f.rule())).append(" |\n");
            }
        }
        if (c.same()) {
            out.append("\nNo differences.\n");
        }
        return out.toString();
    }

    public static String json(Comparison c) {
        return JsonRenderer.json(c, "the comparison");
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }
}
