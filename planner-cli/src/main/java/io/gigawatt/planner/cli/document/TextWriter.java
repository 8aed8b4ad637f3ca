package io.gigawatt.planner.cli.document;

import java.util.List;

/**
 * Any document for a terminal: headings and paragraphs after a blank line, labelled lines, lists and tables
 * indented under them, findings one a line with their rule.
 */
public final class TextWriter {

    /** Labels are padded to the longest label of their block, and at least this wide. */
    static final int LABEL_WIDTH = 12;

    private final StringBuilder out = new StringBuilder();

    private TextWriter() {
    }

    public static String write(Document document) {
        TextWriter writer = new TextWriter();
        document.sections().forEach(s -> writer.blocks(s.blocks()));
        return writer.out.toString();
    }

    private void blocks(List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof Block.Heading h) {
                out.append(h.level() == 1 ? "" : "\n").append(h.text()).append('\n');
            } else if (block instanceof Block.Paragraph p) {
                out.append('\n').append(words(p.spans())).append('\n');
            } else if (block instanceof Block.Lines l) {
                l.lines().forEach(line -> out.append(line).append('\n'));
            } else if (block instanceof Block.Fields f) {
                fields(f.fields());
            } else if (block instanceof Block.Table t) {
                table(t);
            } else if (block instanceof Block.Bullets b) {
                b.items().forEach(item -> out.append("  - ").append(item).append('\n'));
            } else if (block instanceof Block.Findings f) {
                findings(f);
            } else if (block instanceof Block.Only o && o.view() == View.TERMINAL) {
                blocks(o.blocks());
            }
        }
    }

    static String words(List<Cell> spans) {
        StringBuilder words = new StringBuilder();
        spans.forEach(s -> words.append(s.text()));
        return words.toString();
    }

    private void fields(List<Block.Field> fields) {
        int width = LABEL_WIDTH;
        for (Block.Field f : fields) {
            width = Math.max(width, f.label().length());
        }
        for (Block.Field f : fields) {
            out.append("  ").append(pad(f.label(), width)).append(' ').append(f.value()).append('\n');
        }
    }

    private void findings(Block.Findings block) {
        if (block.findings().isEmpty()) {
            return;
        }
        out.append("  ").append(block.title()).append('\n');
        for (Block.Finding f : block.findings()) {
            out.append("    ").append(pad(f.severity(), 8)).append(' ')
                    .append(block.about() && f.about() != null ? f.about() + ": " : "").append(f.message())
                    .append(" [").append(f.family()).append(": ").append(f.rule()).append("]\n");
            if (f.recommendation() != null) {
                out.append("    ").append(pad("", 8)).append(" -> ").append(f.recommendation()).append('\n');
            }
        }
    }

    /** Columns as wide as their widest cell, two spaces apart. */
    private void table(Block.Table table) {
        int columns = table.header().size();
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = table.header().get(i).length();
        }
        for (List<Cell> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).text().length());
            }
        }
        row(table.header(), widths);
        table.rows().forEach(r -> row(r.stream().map(Cell::text).toList(), widths));
    }

    private void row(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() ? cells.get(i) : "";
            line.append(i == widths.length - 1 ? cell : pad(cell, widths[i] + 2));
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
