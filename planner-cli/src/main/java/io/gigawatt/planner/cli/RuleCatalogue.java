package io.gigawatt.planner.cli;

import io.gigawatt.planner.rules.RuleInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The rule catalogue of {@code planner rules list}, as text for a terminal or as a Markdown table for docs. */
enum RuleCatalogue {
    TEXT(RuleCatalogue::text),
    MD(RuleCatalogue::markdown);

    /** What a rule without some metadata shows in its place. */
    static final String NONE = "(none)";

    private final Function<List<RuleInfo>, String> renderer;

    RuleCatalogue(Function<List<RuleInfo>, String> renderer) {
        this.renderer = renderer;
    }

    String render(List<RuleInfo> rules) {
        return renderer.apply(rules);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** One line per rule (name, family, severity, file), its description indented beneath. */
    private static String text(List<RuleInfo> rules) {
        int nameWidth = Math.max(4, rules.stream().mapToInt(r -> r.name().length()).max().orElse(0));
        int familyWidth = Math.max(6, rules.stream().mapToInt(r -> or(r.family()).length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-" + familyWidth + "s  %-10s  %s%n";
        StringBuilder text = new StringBuilder(String.format(row, "RULE", "FAMILY", "SEVERITY", "FILE"));
        for (RuleInfo rule : rules) {
            text.append(String.format(row, rule.name(), or(rule.family()), severity(rule), file(rule)));
            text.append("    ").append(or(rule.doc())).append(System.lineSeparator());
        }
        long files = rules.stream().map(RuleInfo::file).distinct().count();
        text.append(PlannerRules.plural(rules.size(), "rule")).append(" from ").append(PlannerRules.plural(files, "file"))
                .append(System.lineSeparator());
        return text.toString();
    }

    /** A Markdown table, ready to paste into a document. */
    private static String markdown(List<RuleInfo> rules) {
        StringBuilder text = new StringBuilder();
        text.append("| Rule | Family | Severity | Description | File |").append(System.lineSeparator());
        text.append("|---|---|---|---|---|").append(System.lineSeparator());
        for (RuleInfo rule : rules) {
            text.append("| ").append(cell(rule.name()))
                    .append(" | ").append(cell(or(rule.family())))
                    .append(" | ").append(cell(severity(rule)))
                    .append(" | ").append(cell(or(rule.doc())))
                    .append(" | `").append(rule.file()).append('`')
                    .append(rule.replacesDefault() ? " (replaces the default rule)" : "")
                    .append(" |").append(System.lineSeparator());
        }
        return text.toString();
    }

    private static String file(RuleInfo rule) {
        return rule.file() + (rule.replacesDefault() ? " (replaces the default rule)" : "");
    }

    /** A derivation makes no finding: it shows as "derivation" where judgements show their severity. */
    private static String severity(RuleInfo rule) {
        return rule.derivation() ? "derivation" : rule.severity() == null ? NONE : rule.severity().name();
    }

    private static String or(String text) {
        return text == null || text.isBlank() ? NONE : text.strip();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
