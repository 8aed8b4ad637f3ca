package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * One rule file as the compiler sees it: its text, its lines (to point into them) and what the DRL parser makes
 * of it (its package, rules and their lines), or null when it does not parse.
 */
final class RuleFile {

    private final RuleSource source;
    private final boolean fromDefaultPack;
    private final List<String> lines;
    /** The text the compiler reads: the file's, or, for a file in the vocabulary, its expansion line for line. */
    private final String text;
    /** The code the planner's lines run as: {@link #text} without the imports the vocabulary adds. */
    private final String code;
    private final List<String> compiledLines;
    private final List<Vocabulary.Unknown> unknownSentences;
    private PackageDescr parsed;
    private boolean hasBeenParsed;

    RuleFile(RuleSource source, boolean fromDefaultPack) {
        this(source, fromDefaultPack, null);
    }

    /** A planner's rule file as {@link #of} reads it, a file in the vocabulary expanded with {@code vocabulary}. */
    static RuleFile planners(RuleSource source, Vocabulary vocabulary) {
        return new RuleFile(source, false, vocabulary);
    }

    private RuleFile(RuleSource source, boolean fromDefaultPack, Vocabulary vocabulary) {
        this.source = source;
        this.fromDefaultPack = fromDefaultPack;
        this.lines = source.text().lines().toList();
        if (vocabulary != null && Vocabulary.isWrittenInIt(source.name())) {
            Vocabulary.Expansion expansion = vocabulary.expand(source.text());
            this.text = expansion.text();
            this.code = expansion.code();
            this.unknownSentences = expansion.unknown();
        } else {
            this.text = source.text();
            this.code = text;
            this.unknownSentences = List.of();
        }
        this.compiledLines = text.lines().toList();
    }

    /**
     * The rule files among {@code defaults} and a planner's {@code planners} sources, the default pack's first; the
     * planner's vocabulary files ({@code .dsl}) are not rule files but the sentences of their {@code .dslr} files.
     */
    static List<RuleFile> of(List<RuleSource> defaults, List<RuleSource> planners) {
        Vocabulary vocabulary = Stream.concat(defaults.stream(), planners.stream())
                .anyMatch(s -> Vocabulary.isWrittenInIt(s.name()))
                ? Vocabulary.of(planners.stream().filter(s -> Vocabulary.isVocabulary(s.name())).toList()) : null;
        List<RuleFile> files = new ArrayList<>();
        defaults.forEach(s -> files.add(new RuleFile(s, true, vocabulary)));
        planners.stream().filter(s -> !Vocabulary.isVocabulary(s.name()))
                .forEach(s -> files.add(new RuleFile(s, false, vocabulary)));
        return files;
    }

    /** The text the compiler reads (for a file in the vocabulary: its expansion, line for line). */
    String text() {
        return text;
    }

    /** What the planner's lines run as: {@link #text()} without the imports the vocabulary adds to it. */
    String code() {
        return code;
    }

    /** Whether the vocabulary expanded line {@code line} (1-based) into something else. */
    boolean expanded(int line) {
        return line >= 1 && line <= lines.size() && line <= compiledLines.size()
                && !lines.get(line - 1).equals(compiledLines.get(line - 1));
    }

    /** The lines of a file in the vocabulary that no sentence matches. */
    List<Vocabulary.Unknown> unknownSentences() {
        return unknownSentences;
    }

    /**
     * Parsed on first use: the default pack's files only when a planner's files come with them or a rule fails at
     * run time, which keeps a plain {@code planner evaluate} from parsing them twice (the compiler parses them anyway).
     */
    private synchronized PackageDescr descr() {
        if (!hasBeenParsed) {
            parsed = parse(text);
            hasBeenParsed = true;
        }
        return parsed;
    }

    private static PackageDescr parse(String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr descr = parser.parse(false, text);
            return parser.hasErrors() ? null : descr;
        } catch (DroolsParserException | RuntimeException e) {
            return null;
        }
    }

    String name() {
        return source.name();
    }

    RuleSource source() {
        return source;
    }

    boolean fromDefaultPack() {
        return fromDefaultPack;
    }

    List<String> lines() {
        return lines;
    }

    /** The parsed package, or empty when the file does not parse (the compiler then reports why). */
    Optional<PackageDescr> parsed() {
        return Optional.ofNullable(descr());
    }

    /**
     * How many rules the file declares: the parsed ones, or, when it does not parse, the {@code rule} lines (so a
     * summary does not say "0 rules" of a file with a typo).
     */
    int ruleCount() {
        if (descr() != null) {
            return descr().getRules().size();
        }
        return (int) lines.stream().filter(l -> RULE_LINE.matcher(l).find()).count();
    }

    private static final Pattern RULE_LINE = Pattern.compile("^\\s*rule\\s+(\"[^\"]*\"|\\S+)");

    List<RuleDescr> rules() {
        return descr() == null ? List.of() : descr().getRules();
    }

    /** The package Drools puts the file's rules in. */
    String packageName() {
        PackageDescr descr = descr();
        return descr == null || descr.getName() == null || descr.getName().isEmpty() ? "defaultpkg" : descr.getName();
    }

    /** The 1-based line {@code line}, or "" outside the file. */
    String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /**
     * The place in the planner's file; a column in a line the vocabulary expanded is the expansion's, so it points at
     * the planner's sentence instead.
     */
    Location at(int line, int column) {
        if (expanded(line)) {
            return atLine(line);
        }
        return new Location(source.name(), line, Math.max(1, column));
    }

    /** The line itself at its first non-blank character. */
    Location atLine(int line) {
        String text = line(line);
        int column = 1;
        while (column <= text.length() && Character.isWhitespace(text.charAt(column - 1))) {
            column++;
        }
        return new Location(source.name(), line, column > text.length() ? 1 : column);
    }

    /**
     * Where {@code word} first stands as a whole word (Java identifiers, {@code $} included) on lines {@code from} to
     * {@code to}; empty when it does not.
     */
    Optional<Location> find(String word, int from, int to) {
        Pattern pattern = Pattern.compile("(?<![\\w$])" + Pattern.quote(word) + "(?![\\w$])");
        for (int line = Math.max(1, from); line <= Math.min(to, lines.size()); line++) {
            Matcher matcher = pattern.matcher(lines.get(line - 1));
            if (matcher.find()) {
                return Optional.of(at(line, matcher.start() + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The first line from {@code from} to {@code to} whose compiled text holds {@code text}, or -1; in the vocabulary,
     * the line of the fact sentence whose conditions ("- ...", below it) carried the fact's end down with them.
     */
    int codeLine(String text, int from, int to) {
        for (int line = Math.max(1, from); line <= Math.min(to, compiledLines.size()); line++) {
            if (compiledLines.get(line - 1).contains(text)) {
                int fact = line;
                while (fact > from && expanded(fact) && !line(fact - 1).isBlank()
                        && line(fact).strip().startsWith("-")) {
                    fact--;
                }
                return fact;
            }
        }
        return -1;
    }

    /** Where {@code text} first appears anywhere in the file. */
    Optional<Location> findText(String text) {
        for (int line = 1; line <= lines.size(); line++) {
            int index = lines.get(line - 1).indexOf(text);
            if (index >= 0) {
                return Optional.of(at(line, index + 1));
            }
        }
        return Optional.empty();
    }

    /** The parsed rule named {@code name}, if the file parses and has one. */
    Optional<RuleDescr> rule(String name) {
        return rules().stream().filter(r -> r.getName().equals(name)).findFirst();
    }
}
