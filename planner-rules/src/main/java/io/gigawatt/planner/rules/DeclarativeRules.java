package io.gigawatt.planner.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The planner's safe default: a planner's rule file runs only if it is declarative, matching facts, comparing them
 * with thresholds and writing findings with the {@link Findings} functions. Anything that reaches outside the planner
 * is refused where it is written unless the planner says the files are trusted code ({@code --trust-rules}): an
 * import from outside the fact and function packages, a class named by its full name, the system, processes, threads,
 * files, the network, reflection, class loading, the engine's own session, a package of the planner's or Java's own
 * (whose classes a rule would reach without importing them), and Unicode escapes (which the Java compiler reads as
 * code before anything else: {@code \u0053ystem}).
 *
 * <p>This is a check of the text, not a sandbox: it reads the code outside strings and comments as Java and MVEL
 * lex it, and refuses what could reach the system, so a rule file it passes cannot name the way out. A way it does not
 * foresee would run with the planner's rights; that is why the flag says "trusted code", and why the caches of
 * compiled rules must not live where others can write.
 */
public final class DeclarativeRules {

    /** Types of java.lang (no import needed) and members that reach the system, threads, reflection or the engine. */
    private static final Set<String> REACHES_OUT = Set.of(
            "System", "Runtime", "Process", "ProcessBuilder", "ProcessHandle", "Thread", "ThreadGroup",
            "InheritableThreadLocal", "Class", "ClassLoader", "ClassValue", "Module", "ModuleLayer", "Package",
            "StackWalker", "SecurityManager", "Compiler", "Unsafe",
            "getClass", "forName", "getClassLoader", "getContextClassLoader", "loadClass", "defineClass",
            "newInstance", "getDeclaredMethod", "getDeclaredMethods", "getDeclaredField", "getDeclaredFields",
            "getDeclaredConstructor", "getDeclaredConstructors", "getMethod", "getMethods", "getConstructor",
            "getField", "setAccessible", "invoke", "invokeExact", "exec", "exit", "halt", "getRuntime", "getenv",
            "getKieRuntime", "getKnowledgeRuntime", "getWorkingMemory", "getKieBase", "getKieSession",
            "getEntryPoint", "getChannels", "getSessionClock", "setGlobal");

    /** Java packages a rule may import from: dates and durations, nothing that acts. */
    private static final Set<String> JAVA_PACKAGES = Set.of("java.time", "java.time.temporal");

    /** First words of the packages of the planner, Java and its libraries: a rule file's package may not be theirs. */
    private static final Set<String> LIBRARY_ROOTS = Set.of("io", "java", "javax", "jdk", "sun", "com", "org", "net",
            "jakarta", "picocli");

    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");
    /** A class named by its full name: lower-case package words, then the class ({@code java.io.File}). */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w$.])((?:[a-z][\\w$]*\\s*\\.\\s*)+[A-Z][\\w$]*)");
    private static final Pattern DOT_CLASS = Pattern.compile("\\.\\s*class(?![\\w$])");
    private static final Pattern IMPORT = Pattern.compile("(?<![\\w$.])import(?![\\w$])");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w$.]+)");

    private static final String HINT = "rule files run by default only when declarative (facts, thresholds,"
            + " comparisons and the Findings functions); if you wrote these files or trust whoever did as you would"
            + " trust a program, run with --trust-rules";

    private DeclarativeRules() {
    }

    /** Every place in the planner's {@code sources} that is not declarative, in file order; empty when none is. */
    public static List<RuleProblem> refusals(List<RuleSource> sources) {
        List<RuleSource> vocabularies = sources.stream().filter(s -> Vocabulary.isVocabulary(s.name())).toList();
        Vocabulary vocabulary = sources.stream().anyMatch(s -> Vocabulary.isWrittenInIt(s.name()))
                ? Vocabulary.of(vocabularies) : null;
        List<RuleProblem> refusals = new ArrayList<>();
        for (RuleSource source : sources) {
            refusals.addAll(Vocabulary.isVocabulary(source.name()) ? vocabularyRefusals(new RuleFile(source, false))
                    : refusals(RuleFile.planners(source, vocabulary)));
        }
        return refusals;
    }

    /**
     * A planner's {@code .dsl} file: its {@code [import]} lines, judged as the imports they become. Its sentences are
     * judged where a {@code .dslr} file uses them, as what they expand to (pieces of a sentence may make a way out
     * only together with the words the planner fills in).
     */
    private static List<RuleProblem> vocabularyRefusals(RuleFile file) {
        List<RuleProblem> refusals = new ArrayList<>();
        unicodeEscapes(file, file.source().text(), refusals);
        for (int line = 1; line <= file.lines().size(); line++) {
            // "[import]" and " import " have the same length: the import's columns stay the planner's
            String asImport = file.line(line).replaceFirst("^(\\s*)\\[import\\]", "$1 import ");
            if (!asImport.equals(file.line(line))) {
                importRefusal(file, line, asImport).ifPresent(refusals::add);
            }
        }
        return refusals;
    }

    /**
     * A rule file: what the planner wrote, and for a file in the vocabulary what its sentences expand to (without the
     * vocabulary's imports: a planner's are judged in the {@code .dsl} file, the default vocabulary's are fact types).
     */
    private static List<RuleProblem> refusals(RuleFile file) {
        List<RuleProblem> refusals = new ArrayList<>();
        unicodeEscapes(file, file.source().text(), refusals);
        if (refusals.isEmpty() && !file.code().equals(file.source().text())) {
            unicodeEscapes(file, file.code(), refusals);
        }
        String code = codeOnly(file.code());
        List<String> lines = code.lines().toList();
        for (int line = 1; line <= lines.size(); line++) {
            String codeLine = lines.get(line - 1);
            Matcher pkg = PACKAGE.matcher(codeLine);
            if (pkg.find() && LIBRARY_ROOTS.contains(pkg.group(1).split("\\.")[0])) {
                refusals.add(refuse(file, line, pkg.start(1), "package '" + pkg.group(1) + "' is a package of the"
                        + " planner's, Java's or a library's own (its classes would be in reach)",
                        "name the package in your own words, e.g. 'package mycampus.rules;'"));
                continue;
            }
            if (codeLine.strip().startsWith("import") && !inCode(file, line)) {
                importRefusal(file, line, codeLine).ifPresent(refusals::add);
                continue;
            }
            Matcher imported = IMPORT.matcher(codeLine);
            if (imported.find()) {
                refusals.add(refuse(file, line, imported.start(), who(file, line) + "imports inside a rule or"
                        + " function, which MVEL allows and which reaches any class", HINT));
                continue;
            }
            wordRefusal(file, line, codeLine).ifPresent(refusals::add);
        }
        return refusals;
    }

    /** The first word, full class name or {@code .class} on the line that reaches outside the planner. */
    private static Optional<RuleProblem> wordRefusal(RuleFile file, int line, String codeLine) {
        Matcher qualified = QUALIFIED.matcher(codeLine);
        while (qualified.find()) {
            String name = qualified.group(1).replaceAll("\\s", "");
            if (!allowedType(name)) {
                return Optional.of(refuse(file, line, qualified.start(1), who(file, line) + "names the class '" + name
                        + "', outside the planner's facts and java.time", HINT));
            }
        }
        Matcher dotClass = DOT_CLASS.matcher(codeLine);
        if (dotClass.find()) {
            return Optional.of(refuse(file, line, dotClass.start(), who(file, line) + "takes a class object"
                    + " ('.class'), the way into reflection", HINT));
        }
        Matcher word = IDENTIFIER.matcher(codeLine);
        while (word.find()) {
            if (REACHES_OUT.contains(word.group())) {
                return Optional.of(refuse(file, line, word.start(), who(file, line) + "uses '" + word.group()
                        + "', which reaches outside the planner (the system, processes, threads, reflection or the"
                        + " rule engine itself)", HINT));
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleProblem> importRefusal(RuleFile file, int line, String codeLine) {
        Matcher statement = Pattern.compile("^\\s*import\\s+(?:(function|static|accumulate|entry-point)\\s+)?"
                + "([\\w$.*]+)").matcher(codeLine);
        if (!statement.find()) {
            return Optional.empty(); // not an import the parser reads: the compiler reports it
        }
        String kind = statement.group(1);
        String target = statement.group(2);
        boolean member = "function".equals(kind) || "static".equals(kind);
        String type = member && target.lastIndexOf('.') > 0 ? target.substring(0, target.lastIndexOf('.')) : target;
        // an accumulate function or an entry point is a class of code
        boolean ofClasses = kind == null || member;
        boolean allowed = ofClasses && (allowedType(type) || JAVA_PACKAGES.contains(target.replaceAll("\\.\\*$", "")));
        if (allowed || ofClasses && !type.endsWith("*") && FactTypes.named(type).isEmpty()) {
            return Optional.empty(); // no such class: the compiler says so, with the name it may have moved to
        }
        return Optional.of(refuse(file, line, statement.start(2), "import of '" + target + "', outside the planner's"
                + " fact and function packages", "a declarative rule file imports the fact types"
                + " (io.gigawatt.planner...: PhasePlan, Threshold, ...), java.time, and functions of "
                + Findings.class.getName() + "; " + HINT));
    }

    /** A fact type or a type of their fields, the Findings functions, or a class of java.time. */
    private static boolean allowedType(String name) {
        if (name.equals(Findings.class.getName())) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        if (dot > 0 && JAVA_PACKAGES.contains(name.substring(0, dot))) {
            return true;
        }
        return FactTypes.reachable(name);
    }

    /** {@code \}{@code u0053} read by the Java compiler as {@code S} anywhere, comments and strings included. */
    private static void unicodeEscapes(RuleFile file, String text, List<RuleProblem> refusals) {
        int line = 1;
        int lineStart = 0;
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
            if (c == 'u' && backslashes % 2 == 1) {
                refusals.add(refuse(file, line, i - 1 - lineStart, "a Unicode escape ('\\u'), which the Java compiler"
                        + " reads as code before anything else", "write the character itself (rule files are UTF-8); "
                        + HINT));
                return; // one is enough to refuse the file
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
    }

    /**
     * The text with strings, character literals and comments blanked (lines and columns kept): what is left is what
     * Java or MVEL would read as code. A quoted text ends at its line's end (neither Java nor DRL lets one go on).
     */
    static String codeOnly(String text) {
        char[] out = text.toCharArray();
        int i = 0;
        while (i < out.length) {
            char c = out[i];
            if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
                i = blank(out, i, lineEnd(out, i));
            } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
                int end = indexOf(out, "*/", i + 2);
                i = blank(out, i, end < 0 ? out.length : end + 2);
            } else if (c == '"' || c == '\'') {
                int end = closingQuote(out, i);
                // an unclosed quote is read as code: hiding the rest of the line behind it would be a way out
                i = end < 0 ? i + 1 : blank(out, i, end + 1);
            } else {
                i++;
            }
        }
        return new String(out);
    }

    private static int closingQuote(char[] text, int open) {
        for (int i = open + 1; i < text.length && text[i] != '\n'; i++) {
            if (text[i] == '\\') {
                i++;
            } else if (text[i] == text[open]) {
                return i;
            }
        }
        return -1;
    }

    private static int blank(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
        return to;
    }

    private static int lineEnd(char[] text, int from) {
        int i = from;
        while (i < text.length && text[i] != '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(char[] text, String what, int from) {
        return new String(text).indexOf(what, from);
    }

    /** Whether {@code line} is inside a rule, query or function (where code runs), as the parser read the file. */
    private static boolean inCode(RuleFile file, int line) {
        return file.rules().stream().anyMatch(r -> r.getLine() < line && line <= r.getEndLine())
                || file.parsed().map(p -> p.getFunctions().stream()
                        .anyMatch(f -> f.getLine() < line && line <= f.getEndLine())).orElse(false);
    }

    private static String who(RuleFile file, int line) {
        String sentence = file.expanded(line) ? " (the sentence '" + file.line(line).strip() + "' expands to code that)"
                : "";
        return file.rules().stream().filter(r -> r.getLine() <= line && line <= r.getEndLine()).findFirst()
                .map(r -> "rule \"" + r.getName() + "\"").orElse("the file") + sentence + " ";
    }

    private static RuleProblem refuse(RuleFile file, int line, int index, String what, String hint) {
        return RuleProblem.error(file.at(line, index + 1), what + ": refused unless the rule files are trusted code",
                hint);
    }
}
