package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The sentences planners write rules in ({@code .dslr} files), each mapped to the rule language: the default
 * vocabulary ({@code gigawatt/rules/planner.dsl}) and a planner's own {@code .dsl} files, in Drools' DSL format
 * ({@code [when]a phase=PhasePlan( ... )}, {@code [then]report the phase=insert(...)}).
 *
 * <p>Why not Drools' own DSL expander: it folds each constraint line ({@code - whose gridShare is below 0.1}) into the
 * line of its fact, so every error after it points lines too high, and its columns are the expanded text's. This
 * expansion keeps every line where the planner wrote it (a constraint on its own line, the fact's closing
 * parenthesis moved down to it), and a line no sentence matches is an error at that line with the nearest
 * sentences, rather than text passed on for the compiler to choke on.
 */
final class Vocabulary {

    /** The default vocabulary's path on the classpath. */
    static final String DEFAULT = "gigawatt/rules/planner.dsl";

    private static final Pattern IMPORT = Pattern.compile("^\\[import\\]\\s*(function\\s+)?([\\w.]+)\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;?");
    private static final Pattern ENTRY =
            Pattern.compile("^\\[(when|condition|then|consequence)\\](?:\\[[^\\]]*\\])?(.+?)=(.*)$");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::([^}]+))?\\}");

    /** A sentence {@code written} as the vocabulary writes it, matched by {@code pattern}, expanded to {@code rule}. */
    private record Phrase(boolean condition, String written, Pattern pattern, List<String> variables, String rule) {

        boolean constraint() {
            return written.startsWith("-");
        }
    }

    /** A line of a planner's file no sentence matches (1-based), with the nearest sentences. */
    record Unknown(int line, String text, List<String> nearest) {
    }

    /**
     * A {@code .dslr} file's text in the rule language, line for line; the same without the vocabulary's imports
     * (the code the planner's own lines run as); and the lines no sentence matched.
     */
    record Expansion(String text, String code, List<Unknown> unknown) {
    }

    private static volatile Vocabulary defaults;

    /** The line of the fact above, when no sentence matched it. */
    private static final int UNKNOWN = -2;

    private final List<Phrase> phrases;
    /** The imports a file in the vocabulary gets without writing them ({@code [import]} lines). */
    private final List<String> imports;

    private Vocabulary(List<Phrase> phrases, List<String> imports) {
        this.phrases = phrases;
        this.imports = imports;
    }

    /** The default vocabulary with the planner's {@code .dsl} files before it (a planner's sentence wins). */
    static Vocabulary of(List<RuleSource> plannersVocabulary) {
        List<Phrase> phrases = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (Vocabulary vocabulary : plannersVocabulary.stream().map(s -> parse(s.text())).toList()) {
            phrases.addAll(vocabulary.phrases);
            imports.addAll(vocabulary.imports);
        }
        phrases.addAll(defaults().phrases);
        defaults().imports.stream().filter(i -> !imports.contains(i)).forEach(imports::add);
        return new Vocabulary(phrases, imports);
    }

    private static Vocabulary defaults() {
        if (defaults == null) {
            try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(DEFAULT)) {
                if (in == null) {
                    throw new IllegalStateException("the default vocabulary " + DEFAULT + " is missing");
                }
                defaults = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return defaults;
    }

    /**
     * The lines of a planner's vocabulary file that are neither a sentence ({@code [when]sentence=rule},
     * {@code [then]...}), an {@code [import]}, a comment ({@code #}) nor blank: a sentence mistyped there would
     * otherwise be silently missing.
     */
    static List<RuleProblem> problems(RuleSource vocabulary) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> lines = vocabulary.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean known = line.isEmpty() || line.startsWith("#") || line.startsWith("//")
                    || IMPORT.matcher(line).matches() || ENTRY.matcher(line).matches();
            if (!known) {
                int column = lines.get(i).indexOf(line) + 1;
                problems.add(RuleProblem.error(new Location(vocabulary.name(), i + 1, column),
                        "not a sentence of the vocabulary: expected [when]sentence=condition or [then]sentence=action",
                        "e.g. [when]- on less than a tenth of grid=gridShare < 0.1; a line starting with # is a"
                                + " comment"));
            }
        }
        return problems;
    }

    /** Whether {@code name} is a vocabulary file. */
    static boolean isVocabulary(String name) {
        return name.endsWith(".dsl");
    }

    /** Whether {@code name} is a rule file written in the vocabulary. */
    static boolean isWrittenInIt(String name) {
        return name.endsWith(".dslr");
    }

    private static Vocabulary parse(String text) {
        List<Phrase> phrases = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher imported = IMPORT.matcher(line.strip());
            if (imported.matches()) {
                imports.add("import " + (imported.group(1) == null ? "" : "function ") + imported.group(2) + ";");
                continue;
            }
            Matcher entry = ENTRY.matcher(line.strip());
            if (!entry.matches()) {
                continue; // comments and blank lines; anything else is reported by problems()
            }
            String kind = entry.group(1);
            String written = entry.group(2).strip();
            StringBuilder regex = new StringBuilder();
            List<String> variables = new ArrayList<>();
            Matcher variable = VARIABLE.matcher(written);
            int at = 0;
            while (variable.find()) {
                regex.append(literal(written.substring(at, variable.start())));
                regex.append('(').append(variable.group(2) == null ? ".+?" : variable.group(2)).append(')');
                variables.add(variable.group(1));
                at = variable.end();
            }
            regex.append(literal(written.substring(at)));
            phrases.add(new Phrase(kind.equals("when") || kind.equals("condition"), written,
                    Pattern.compile(regex.toString()), variables, entry.group(3).strip()));
        }
        return new Vocabulary(phrases, imports);
    }

    /** Literal words, any run of spaces matching any run of spaces. */
    private static String literal(String text) {
        return Arrays.stream(text.split("\\s+", -1)).map(w -> w.isEmpty() ? "" : Pattern.quote(w))
                .collect(Collectors.joining("\\s+"));
    }

    /**
     * The rule file {@code text} in the rule language: between {@code when} and {@code then} each line is a fact
     * sentence or, starting with {@code -}, a condition on the fact above; between {@code then} and {@code end} each
     * line is an action. Everything else (package, imports, the rule's name and metadata) is kept as written.
     */
    Expansion expand(String text) {
        List<String> out = new ArrayList<>(text.lines().toList());
        List<Unknown> unknown = new ArrayList<>();
        Boolean conditions = null; // null outside a rule's body
        int lastFact = -1;
        int bodyStart = 0;
        int knownBefore = 0;
        for (int i = 0; i < out.size(); i++) {
            String line = out.get(i);
            String sentence = line.strip();
            if (sentence.isEmpty() || sentence.startsWith("//") || sentence.startsWith("#")) {
                continue;
            }
            String indent = line.substring(0, line.indexOf(sentence));
            if (sentence.equals("when")) {
                conditions = true;
                lastFact = -1;
                bodyStart = i + 1;
                knownBefore = unknown.size();
            } else if (sentence.equals("then") && conditions != null) {
                conditions = false;
            } else if (sentence.equals("end") && conditions != null) {
                conditions = null;
                if (unknown.size() > knownBefore) {
                    // the rest of the body leans on what the unknown sentence would have bound: one error, not many
                    for (int body = bodyStart; body < i; body++) {
                        out.set(body, out.get(body).strip().equals("then") ? out.get(body) : "");
                    }
                }
            } else if (conditions != null) {
                String expanded = expandLine(sentence, conditions);
                if (expanded == null && sentence.startsWith("-") && lastFact == UNKNOWN) {
                    out.set(i, ""); // a condition of a fact already reported
                } else if (expanded == null) {
                    unknown.add(new Unknown(i + 1, sentence, nearest(sentence, conditions)));
                    out.set(i, "");
                    lastFact = sentence.startsWith("-") ? lastFact : UNKNOWN;
                } else if (conditions && sentence.startsWith("-") && lastFact == UNKNOWN) {
                    out.set(i, "");
                } else if (conditions && sentence.startsWith("-") && lastFact >= 0) {
                    // the fact's closing parenthesis, and what follows it ("from ..."), move down to this line
                    String fact = out.get(lastFact);
                    int from = fact.indexOf(" from ");
                    int close = from < 0 ? fact.lastIndexOf(')') : fact.lastIndexOf(')', from);
                    String head = fact.substring(0, close);
                    out.set(lastFact, head);
                    out.set(i, indent + (head.stripTrailing().endsWith("(") ? "" : ", ") + expanded + " )"
                            + fact.substring(close + 1));
                    lastFact = i;
                } else if (conditions && sentence.startsWith("-")) {
                    unknown.add(new Unknown(i + 1, sentence, List.of("a fact first, e.g. \"a phase\", then its"
                            + " conditions on the lines below it, each starting with -")));
                    out.set(i, "");
                } else {
                    out.set(i, indent + expanded);
                    lastFact = conditions ? i : -1;
                }
            }
        }
        String end = text.endsWith("\n") ? "\n" : "";
        String code = String.join("\n", out) + end;
        importOnto(out);
        return new Expansion(String.join("\n", out) + end, code, List.copyOf(unknown));
    }

    /** The vocabulary's imports after the file's package statement (or before its first line), on the same line. */
    private void importOnto(List<String> lines) {
        if (imports.isEmpty() || lines.isEmpty()) {
            return;
        }
        String all = String.join(" ", imports);
        for (int i = 0; i < lines.size(); i++) {
            Matcher pack = PACKAGE.matcher(lines.get(i));
            if (pack.find()) {
                String line = lines.get(i);
                String end = pack.group().endsWith(";") ? "" : ";";
                lines.set(i, line.substring(0, pack.end()) + end + " " + all + line.substring(pack.end()));
                return;
            }
        }
        lines.set(0, all + " " + lines.get(0));
    }

    private String expandLine(String sentence, boolean condition) {
        for (Phrase phrase : phrases) {
            if (phrase.condition() != condition || phrase.constraint() != sentence.startsWith("-")) {
                continue;
            }
            Matcher match = phrase.pattern().matcher(sentence);
            if (match.matches()) {
                String rule = phrase.rule();
                for (int v = 0; v < phrase.variables().size(); v++) {
                    rule = rule.replace("{" + phrase.variables().get(v) + "}", match.group(v + 1));
                }
                return rule;
            }
        }
        return null;
    }

    /** The three sentences of the same kind sharing most words with {@code sentence}. */
    private List<String> nearest(String sentence, boolean condition) {
        Set<String> words = Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("\\W+")).collect(Collectors.toSet());
        return phrases.stream().filter(p -> p.condition() == condition)
                .sorted(Comparator.comparingLong((Phrase p) -> -Arrays.stream(p.written().toLowerCase(Locale.ROOT)
                        .split("\\W+")).filter(words::contains).count()))
                .limit(3).map(p -> VARIABLE.matcher(p.written()).replaceAll("{$1}")).toList();
    }
}
