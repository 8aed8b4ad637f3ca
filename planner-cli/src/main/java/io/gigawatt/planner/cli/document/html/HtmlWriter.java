package io.gigawatt.planner.cli.document.html;

import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.View;
import java.util.List;
import java.util.Locale;

/**
 * Any document as one self-contained HTML page (its style inline, nothing fetched). Every figure carries the JSON
 * pointer of the number it writes ({@code data-json}), the number ({@code data-value}) and its unit
 * ({@code data-unit}), so tests can hold the page to the JSON report. The same document gives the same bytes.
 */
public final class HtmlWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private HtmlWriter() {
    }

    public static String write(Document document) {
        StringBuilder page = new StringBuilder(head(document.title()));
        document.sections().forEach(s -> page.append(section(s)));
        return page.append("</main>\n</body>\n</html>\n").toString();
    }

    /** One section of the page; nothing for a section the page shows nothing of (its JSON alone). */
    public static String section(Section section) {
        HtmlWriter writer = new HtmlWriter();
        writer.blocks(section.blocks());
        return writer.out.isEmpty() ? "" : "<section>\n" + writer.out + "</section>\n";
    }

    /**
     * The page's blocks of a section the page lays out itself, inside the section and under the heading it writes:
     * without a section element and without the section's own (level 2) heading.
     */
    public static String blocks(Section section) {
        HtmlWriter writer = new HtmlWriter();
        List<Block> shown = new java.util.ArrayList<>();
        for (Block block : section.blocks()) {
            if (block instanceof Block.Only only && only.view() == View.PAGE) {
                only.blocks().stream().filter(b -> !(b instanceof Block.Heading h && h.level() == 2)).forEach(shown::add);
            }
        }
        writer.blocks(shown);
        return writer.out.toString();
    }

    /** The page up to the opening of its main part. */
    public static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"Gigawatt Planner\">\n"
                + "<title>" + esc(title) + "</title>\n<style>\n" + Style.CSS + "</style>\n</head>\n<body>\n<main>\n";
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.append("<h").append(h.level()).append('>').append(esc(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (block instanceof Block.Paragraph p) {
                out.append("<p>");
                p.spans().forEach(s -> out.append(span(s)));
                out.append("</p>\n");
            } else if (block instanceof Block.Lines l) {
                out.append("<p>").append(String.join("<br>\n", l.lines().stream().map(HtmlWriter::esc).toList()))
                        .append("</p>\n");
            } else if (block instanceof Block.Fields f) {
                out.append("<table class=\"fields\">\n<tbody>\n");
                f.fields().forEach(x -> out.append("<tr><th>").append(esc(x.label())).append("</th><td>")
                        .append(esc(x.value())).append("</td></tr>\n"));
                out.append("</tbody>\n</table>\n");
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Bullets b) {
                out.append("<ul>\n");
                b.items().forEach(item -> out.append("<li>").append(esc(item)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (block instanceof Block.Findings f) {
                findings(f);
            } else if (block instanceof Block.Only o && o.view() == View.PAGE) {
                blocks(o.blocks());
            }
        }
    }

    private void table(Block.Table table) {
        out.append("<table>\n<thead><tr>");
        table.header().forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < table.header().size(); i++) {
                out.append("<td>").append(i < row.size() ? span(row.get(i)) : "").append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void findings(Block.Findings block) {
        if (block.findings().isEmpty()) {
            return;
        }
        out.append("<table class=\"findings\">\n<thead><tr><th>severity</th><th>about</th><th>finding</th><th>rule</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Block.Finding f : block.findings()) {
            String severity = f.severity().toLowerCase(Locale.ROOT);
            out.append("<tr class=\"finding ").append(severity).append("\" data-rule=\"").append(esc(f.rule()))
                    .append("\"><td><span class=\"badge ").append(severity).append("\">").append(severityWord(severity))
                    .append("</span></td><td>").append(esc(f.about())).append("</td><td>").append(esc(f.message()));
            if (f.recommendation() != null) {
                out.append("<div class=\"rec\">→ ").append(esc(f.recommendation())).append("</div>");
            }
            out.append("</td><td class=\"rule\">").append(esc(f.family())).append(": ").append(esc(f.rule()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** "error", "warning" or "note", as the page's badges read. */
    public static String severityWord(String severity) {
        return severity.equalsIgnoreCase("INFO") ? "note" : severity.toLowerCase(Locale.ROOT);
    }

    /** A span of words; a figure with its JSON pointer, raw value and unit; a date or name with its pointer. */
    static String span(Cell cell) {
        if (cell.code()) {
            return "<code>" + esc(cell.text()) + "</code>";
        }
        if (cell.pointer() == null) {
            return esc(cell.text());
        }
        if (cell.value() == null) {
            return "<span data-json=\"" + esc(cell.pointer()) + "\">" + esc(cell.text()) + "</span>";
        }
        return figure(cell.pointer(), cell.value(), cell.unit(), cell.text());
    }

    /** A figure of the JSON report: written in its unit, with its JSON pointer and raw value for tests. */
    public static String figure(String pointer, Object value, io.gigawatt.planner.cli.document.Unit unit,
                                String words) {
        return "<span class=\"n\" data-json=\"" + esc(pointer) + "\" data-value=\"" + value + "\" data-unit=\""
                + unit.attribute() + "\">" + esc(words) + "</span>";
    }

    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
