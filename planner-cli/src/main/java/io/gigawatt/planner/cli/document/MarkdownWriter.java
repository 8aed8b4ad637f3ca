package io.gigawatt.planner.cli.document;

import java.util.ArrayList;
import java.util.List;

/** Any document as Markdown, for wikis and pull requests: its blocks one after another, a blank line apart. */
public final class MarkdownWriter {

    private MarkdownWriter() {
    }

    public static String write(Document document) {
        List<String> parts = new ArrayList<>();
        document.sections().forEach(s -> blocks(s.blocks(), parts));
        return String.join("\n", parts);
    }

    private static void blocks(List<Block> blocks, List<String> parts) {
        for (Block block : blocks) {
            StringBuilder out = new StringBuilder();
            if (block instanceof Block.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(cell(h.text())).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                out.append(spans(p.spans())).append('\n');
            } else if (block instanceof Block.Lines l) {
                l.lines().forEach(line -> out.append(cell(line)).append("  \n"));
            } else if (block instanceof Block.Fields f) {
                f.fields().forEach(x -> out.append("- ").append(x.label().isEmpty() ? "" : "**" + cell(x.label()) + "**: ")
                        .append(cell(x.value())).append('\n'));
            } else if (block instanceof Block.Table t) {
                table(t, out);
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(item).append('\n'));
            } else if (block instanceof Block.Findings f) {
                findings(f, out);
            } else if (block instanceof Block.Only o && o.view() == View.PAGE) {
                blocks(o.blocks(), parts);
            }
            if (!out.isEmpty()) {
                parts.add(out.toString());
            }
        }
    }

    private static void table(Block.Table table, StringBuilder out) {
        out.append('|');
        table.header().forEach(h -> out.append(h.isEmpty() ? " |" : " " + cell(h) + " |"));
        out.append('\n').append("|---".repeat(table.header().size())).append("|\n");
        for (List<Cell> row : table.rows()) {
            out.append('|');
            for (int i = 0; i < table.header().size(); i++) {
                out.append(' ').append(i < row.size() ? span(row.get(i)) : "").append(" |");
            }
            out.append('\n');
        }
    }

    private static void findings(Block.Findings block, StringBuilder out) {
        List<List<Cell>> rows = block.findings().stream().map(f -> List.of(Cell.text(f.severity()),
                Cell.text(f.about()), Cell.text(f.message()), Cell.text(f.recommendation()), Cell.text(f.family()),
                Cell.text(f.rule()))).toList();
        table(new Block.Table(List.of("severity", "about", "finding", "recommendation", "family", "rule"), rows), out);
    }

    private static String spans(List<Cell> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(span(s)));
        return out.toString();
    }

    private static String span(Cell cell) {
        return cell.code() ? "`" + cell.text() + "`" : cell(cell.text());
    }

    private static String cell(String text) {
        return Markdown.cell(text);
    }
}
