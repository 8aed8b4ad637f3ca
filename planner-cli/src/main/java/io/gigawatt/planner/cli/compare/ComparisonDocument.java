package io.gigawatt.planner.cli.compare;

import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Document;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.units.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A comparison as a report document: the two scenarios, what changed in each section, and the findings that moved. */
public final class ComparisonDocument {

    private ComparisonDocument() {
    }

    public static Document build(Comparison c) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section().json("schemaVersion", c.schemaVersion()).json("a", c.a()).json("b", c.b())
                .terminal(new Block.Lines(List.of(side("A", c.a()), side("B", c.b()))))
                .page(new Block.Heading(1, c.a().scenario() + " vs " + c.b().scenario()),
                        new Block.Table(List.of("", "scenario", "file", "verdict"), List.of(row("A", c.a()),
                                row("B", c.b())))));
        sections.add(changes(c.changes()));
        sections.add(costs(c));
        sections.add(findings(c.findings()));
        if (c.same()) {
            sections.add(new Section().add(Block.Paragraph.of("No differences.")));
        }
        return new Document(c.a().scenario() + " vs " + c.b().scenario(), sections);
    }

    private static String side(String letter, Comparison.Side s) {
        return letter + ": " + s.scenario() + " (" + s.file() + "): " + s.verdict() + " (" + s.tally() + ")";
    }

    private static List<Cell> row(String letter, Comparison.Side s) {
        return List.of(Cell.text(letter), Cell.text(s.scenario()), Cell.code(s.file()),
                Cell.text(s.verdict() + " (" + s.tally() + ")"));
    }

    /** The terminal lists changes by section; a page has one table. */
    private static Section changes(List<Comparison.Change> changes) {
        Section section = new Section().json("changes", changes);
        for (String name : List.of("inputs", "phases", "targets")) {
            List<String> lines = changes.stream().filter(x -> x.section().equals(name))
                    .map(x -> "  " + x.subject() + ", " + x.what() + ": " + orNone(x.a()) + " -> " + orNone(x.b()))
                    .toList();
            if (!lines.isEmpty()) {
                section.terminal(new Block.Heading(2, Character.toUpperCase(name.charAt(0)) + name.substring(1)),
                        new Block.Lines(lines));
            }
        }
        if (!changes.isEmpty()) {
            section.page(new Block.Heading(2, "Changes"), new Block.Table(List.of("section", "subject", "what", "A", "B"),
                    changes.stream().map(x -> List.of(Cell.text(x.section()), Cell.text(x.subject()),
                            Cell.text(x.what()), Cell.text(orNone(x.a())), Cell.text(orNone(x.b())))).toList()));
        }
        return section;
    }

    /** The costs that differ, each side's amount in its currency and the change; a page has a table. */
    private static Section costs(Comparison c) {
        Section section = new Section().json("costs", c.costs());
        if (c.costs().isEmpty()) {
            return section;
        }
        String currencyA = c.a().currency();
        String currencyB = c.b().currency();
        List<String> lines = new ArrayList<>();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < c.costs().size(); i++) {
            Comparison.CostChange x = c.costs().get(i);
            String at = "/costs/" + i;
            Cell a = money(at + "/a", x.a(), currencyA);
            Cell b = money(at + "/b", x.b(), currencyB);
            Cell change = x.change() == null ? Cell.text("") : money(at + "/change", x.change(), currencyA);
            String sign = x.change() != null && x.change().signum() > 0 ? "+" : "";
            lines.add("  " + x.subject() + ", " + x.what() + ": " + a.text() + " -> " + b.text()
                    + (x.change() == null ? "" : " (" + sign + change.text() + ")"));
            rows.add(List.of(Cell.text(x.subject()), Cell.text(x.what()), a, b, change));
        }
        String basis = "present values at the build start" + (currencyA.equals(currencyB) ? ", in " + currencyA
                : "; A in " + currencyA + ", B in " + currencyB + ", so no changes are given");
        return section.terminal(new Block.Heading(2, "Costs, " + basis), new Block.Lines(lines))
                .page(new Block.Heading(2, "Costs"), Block.Paragraph.of("Costs, " + basis + "."), new Block.Table(
                        List.of("subject", "cost", "A", "B", "change"), rows));
    }

    /** An amount in its currency's words, carrying the JSON's number; "(none)" for a side without it. */
    private static Cell money(String pointer, BigDecimal amount, String currency) {
        if (amount == null) {
            return Cell.text("(none)");
        }
        return new Cell(Money.of(amount.doubleValue()).format(currency), amount.doubleValue(), Unit.MONEY, pointer,
                false);
    }

    /** The terminal marks each finding added (+), removed (-) or reworded (~); a page has a column for it. */
    private static Section findings(List<Comparison.FindingChange> findings) {
        Section section = new Section().json("findings", findings);
        if (findings.isEmpty()) {
            return section;
        }
        List<String> lines = new ArrayList<>();
        for (Comparison.FindingChange f : findings) {
            String mark = switch (f.change()) {
                case "added" -> "+";
                case "removed" -> "-";
                default -> "~";
            };
            lines.add("  " + mark + " " + String.format("%-8s", f.severity()) + " " + f.message() + " [" + f.family()
                    + ": " + f.rule() + "]");
            if (f.before() != null) {
                lines.add("             was: " + f.before());
            }
        }
        return section.terminal(new Block.Heading(2, "Findings"), new Block.Lines(lines))
                .page(new Block.Heading(2, "Findings"), new Block.Table(List.of("change", "severity", "about", "finding",
                        "was", "rule"), findings.stream().map(f -> List.of(Cell.text(f.change()),
                        Cell.text(f.severity()), Cell.text(f.subject()), Cell.text(f.message()), Cell.text(f.before()),
                        Cell.text(f.rule()))).toList()));
    }

    private static String orNone(String value) {
        return value == null ? "(none)" : value;
    }
}
