package io.gigawatt.planner.cli.catalogue;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.input.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@code planner catalogue list} and {@code show} print, and their messages for a kind or id not known. */
public final class CatalogueText {

    private static final String NL = System.lineSeparator();

    private CatalogueText() {
    }

    /** The kinds named {@code kind}, every kind when null; empty when no kind is named so. */
    public static List<Kind> kinds(String kind) {
        if (kind == null) {
            return List.of(Kind.values());
        }
        return Optional.ofNullable(Kind.named(kind)).map(List::of).orElse(List.of());
    }

    public static String unknownKind(String kind) {
        return "unknown kind '" + kind + "', " + didYouMean(kind, Kind.keys()) + "expected one of: "
                + String.join(", ", Kind.keys());
    }

    /** One line per model of {@code kinds}, by id: id, name, key figures; under a heading per kind when several. */
    public static String list(Catalogue catalogue, List<Kind> kinds) {
        StringBuilder text = new StringBuilder();
        for (Kind kind : kinds) {
            List<CatalogueEntry> entries = CatalogueEntry.of(catalogue, kind);
            if (kinds.size() > 1) {
                text.append(kind == kinds.get(0) ? "" : NL).append(kind).append(':').append(NL);
            }
            int idWidth = width(entries.stream().map(CatalogueEntry::id).toList());
            int nameWidth = width(entries.stream().map(CatalogueEntry::name).toList());
            for (CatalogueEntry e : entries) {
                text.append(pad(e.id(), idWidth)).append("  ").append(pad(e.name(), nameWidth)).append("  ")
                        .append(e.keyFigures()).append(NL);
            }
        }
        return text.toString();
    }

    /** Every model of the catalogue whose id is {@code id} (one, unless two kinds share an id). */
    public static List<CatalogueEntry> entries(Catalogue catalogue, String id) {
        return all(catalogue).stream().filter(e -> e.id().equals(id)).toList();
    }

    /** Every figure of {@code entry}: its key, its value with its unit, its source. */
    public static String show(CatalogueEntry entry) {
        StringBuilder text = new StringBuilder(entry.id() + " (" + entry.kind() + "): " + entry.name() + NL
                + "source: " + entry.source() + NL);
        int keyWidth = width(entry.figures().stream().map(Figure::key).toList());
        int valueWidth = width(entry.figures().stream().map(Figure::value).toList());
        for (Figure f : entry.figures()) {
            text.append("  ").append(pad(f.key(), keyWidth)).append("  ").append(pad(f.value(), valueWidth))
                    .append("  ").append(f.source()).append(NL);
        }
        return text.toString();
    }

    /** No model {@code id} in {@code catalogue} (named {@code where}): the closest id, and every id by kind. */
    public static String unknownId(Catalogue catalogue, String id, String where) {
        List<CatalogueEntry> all = all(catalogue);
        return "no model '" + id + "' in " + where + ", "
                + didYouMean(id, all.stream().map(CatalogueEntry::id).toList()) + "expected one of the "
                + List.of(Kind.values()).stream().map(kind -> kind + ": " + all.stream()
                        .filter(e -> e.kind() == kind).map(CatalogueEntry::id).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "));
    }

    private static List<CatalogueEntry> all(Catalogue catalogue) {
        List<CatalogueEntry> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.addAll(CatalogueEntry.of(catalogue, kind));
        }
        return all;
    }

    private static String didYouMean(String word, List<String> known) {
        return Suggestions.closest(word, known).map(s -> "did you mean '" + s + "'? ").orElse("");
    }

    private static int width(List<String> column) {
        return column.stream().mapToInt(String::length).max().orElse(0);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
