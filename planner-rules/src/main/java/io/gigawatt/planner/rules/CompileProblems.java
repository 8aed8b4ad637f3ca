package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.ImportError;
import org.drools.compiler.compiler.RuleBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.kie.api.io.Resource;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.jci.CompilationProblem;

/**
 * Turns what the Drools compiler reports into located problems a planner can act on: the line and, where the
 * message names something (a type, a field, a method), the column of that name on the line; a consequence's Java
 * errors on their own lines (see {@link ConsequenceLines}); a hint for the usual mistakes; no noise ("Parser
 * returned a null Package", the same mistake told three ways, errors that only follow from another).
 */
final class CompileProblems {

    /** A problem and the file it is in (null when Drools named none). */
    record Found(RuleFile file, RuleProblem problem) {
    }

    /** Drools writes the line and column in the default locale's digits (Arabic-Indic under ar-SA, say). */
    private static final Pattern PARSER_PREFIX = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) (.*)$",
            Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    /** The parser's own failure (a NullPointerException inside it, say), with its stack trace in the message. */
    private static final Pattern PARSER_FAILURE = Pattern.compile(
            "^Line (\\d+):(\\d+) unexpected exception at input '(.*?)'\\..*$", Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UNKNOWN_TYPE = Pattern.compile("^Unable to resolve ObjectType '([^']+)'");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]\\n]+)]");
    private static final Pattern IMPORT = Pattern.compile("^Error importing : '([^']+)'");
    private static final Pattern UNDEFINED_METHOD = Pattern.compile("^The method (\\w+)\\(.*\\) is undefined for the type (\\w+)");
    /** A call of a function neither imported nor declared: Java reports it against the rule's generated class. */
    private static final Pattern UNDEFINED_FUNCTION = Pattern.compile(
            "^The method (\\w+)\\((.*)\\) is undefined for the type Rule_\\w+$");
    private static final Pattern CANNOT_BE_RESOLVED = Pattern.compile("^(\\S+) cannot be resolved( to a variable)?$");

    /** Java compiler messages and the name in them to put the caret on. */
    private static final List<Pattern> NAMED_IN_JAVA_MESSAGE = List.of(
            Pattern.compile("^The method (\\w+)\\("),
            Pattern.compile("^unknown function (\\w+)\\("),
            Pattern.compile("^The constructor (\\w+)\\("),
            Pattern.compile("^Cannot invoke (\\w+)\\("),
            Pattern.compile("^The field \\w+\\.(\\w+)"),
            Pattern.compile("^([\\w$]+)[\\w$.]* cannot be resolved"),
            Pattern.compile("^Duplicate local variable ([\\w$]+)"),
            Pattern.compile("^The local variable ([\\w$]+) may not have been initialized"),
            Pattern.compile("^Syntax error on token \"([^\"]+)\""),
            Pattern.compile("^The operator (\\S+) is undefined"));

    private final Function<Resource, RuleFile> fileOf;

    CompileProblems(Function<Resource, RuleFile> fileOf) {
        this.fileOf = fileOf;
    }

    List<Found> translate(Iterable<KnowledgeBuilderResult> results) {
        List<KnowledgeBuilderResult> all = new ArrayList<>();
        results.forEach(all::add);
        Set<String> rulesWithConditionErrors = new HashSet<>();
        for (KnowledgeBuilderResult result : all) {
            if (result instanceof DescrBuildError error && !(result instanceof RuleBuildError)
                    && error.getParentDescr() instanceof RuleDescr rule) {
                rulesWithConditionErrors.add(rule.getName());
            }
        }
        // a type whose import failed is unknown in every rule of the file: the import is the one mistake
        Set<Map.Entry<RuleFile, String>> failedImports = new HashSet<>();
        for (KnowledgeBuilderResult result : all) {
            Matcher imported = result instanceof ImportError ? IMPORT.matcher(result.getMessage().strip()) : null;
            if (imported != null && imported.find()) {
                String target = imported.group(1);
                String simpleName = target.substring(target.lastIndexOf('.') + 1);
                failedImports.add(Map.entry(fileOf.apply(result.getResource()), simpleName));
            }
        }
        List<Found> found = new ArrayList<>();
        for (KnowledgeBuilderResult result : all) {
            if (result.getSeverity() == ResultSeverity.INFO) {
                continue;
            }
            RuleFile file = fileOf.apply(result.getResource());
            RuleProblem.Level level = result.getSeverity() == ResultSeverity.ERROR
                    ? RuleProblem.Level.ERROR : RuleProblem.Level.WARNING;
            if (result instanceof ParserError error) {
                parserError(file, error, level).ifPresent(p -> found.add(new Found(file, p)));
            } else if (result instanceof RuleBuildError error && error.getObject() instanceof Object[] javaProblems
                    && error.getDescr() instanceof RuleDescr rule && file != null) {
                boolean cascades = rulesWithConditionErrors.contains(rule.getName());
                for (Object javaProblem : javaProblems) {
                    if (javaProblem instanceof CompilationProblem problem) {
                        consequenceError(file, rule, problem, cascades, level).ifPresent(p -> found.add(new Found(file, p)));
                    }
                }
            } else if (result instanceof DescrBuildError error && file != null) {
                Matcher unknownType = UNKNOWN_TYPE.matcher(error.getMessage().strip());
                if (!(unknownType.find() && failedImports.contains(Map.entry(file, unknownType.group(1))))) {
                    found.add(new Found(file, conditionError(file, error, level)));
                }
            } else if (result instanceof ImportError && file != null) {
                found.add(new Found(file, importError(file, result.getMessage(), level)));
            } else {
                found.add(new Found(file, other(file, result, level)));
            }
        }
        if (found.stream().noneMatch(f -> f.problem().isError())) {
            // the compiler failed in a way none of the above tells: say what it said rather than nothing (a rule
            // base that is not made would otherwise fail later, unexplained)
            all.stream().filter(r -> r.getSeverity() == ResultSeverity.ERROR).findFirst().ifPresent(r -> {
                RuleFile file = fileOf.apply(r.getResource());
                found.add(new Found(file, other(file, r, RuleProblem.Level.ERROR)));
            });
        }
        return dropEchoes(found);
    }

    /** MVEL's message: {@code [Error: what]}, then {@code [Near : {... the text ....}]}. */
    private static final Pattern MVEL_NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. ?(.*?) ?\\.\\.\\.\\.}]");

    /**
     * The compiler itself failed on a rule's text: located at the text its message quotes, in the planner's files
     * first (a default rule's text compiles), else at the first planner file's first line.
     */
    static Found brokenCompiler(RuntimeException e, List<RuleFile> files) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Matcher what = MVEL_ERROR.matcher(message);
        String problem = what.find() ? what.group(1).strip() : message.lines().findFirst().orElse("").strip();
        Matcher near = MVEL_NEAR.matcher(message);
        String quoted = near.find() ? near.group(1).strip() : "";
        List<RuleFile> planners = files.stream().filter(f -> !f.fromDefaultPack()).toList();
        List<RuleFile> searched = planners.isEmpty() ? files : planners;
        for (RuleFile file : searched) {
            Optional<Location> at = quoted.isEmpty() ? Optional.empty() : file.findText(quoted);
            if (at.isPresent()) {
                return new Found(file, compilerProblem(at.get(), problem));
            }
        }
        return new Found(searched.get(0), compilerProblem(searched.get(0).atLine(1), problem));
    }

    private static RuleProblem compilerProblem(Location at, String problem) {
        return RuleProblem.error(at, "the rule compiler cannot read this: " + problem + ", expected Java it can"
                + " compile", "look for a string or a bracket left open in the consequence (after 'then')");
    }

    // ---------------------------------------------------------------------------------------------- parser

    private Optional<RuleProblem> parserError(RuleFile file, ParserError error, RuleProblem.Level level) {
        String message = error.getMessage().strip();
        if (message.equals("Parser returned a null Package")) {
            return Optional.empty();
        }
        if (message.startsWith("Duplicate rule name") && file != null && !file.fromDefaultPack()) {
            return Optional.empty(); // the planners' files are checked for duplicates across packages, with both places
        }
        int line = error.getRow();
        int column = error.getCol() + 1;
        Matcher prefix = PARSER_PREFIX.matcher(message);
        Matcher failure = PARSER_FAILURE.matcher(message);
        if (prefix.matches()) {
            line = Integer.parseInt(prefix.group(1));
            column = Integer.parseInt(prefix.group(2)) + 1;
            message = prefix.group(3).strip();
        } else if (failure.matches()) {
            // Drools's parser broke on this text rather than naming what it expected: say where, not its stack trace
            line = Integer.parseInt(failure.group(1));
            column = Integer.parseInt(failure.group(2)) + 1;
            String at = failure.group(3).equals("<eof>") ? "the end of the file" : "'" + failure.group(3) + "'";
            message = "the rule parser stops at " + at + ", expected a complete rule"
                    + " (balanced brackets and quotes, 'when', 'then' and 'end')";
        }
        if (file == null) {
            return Optional.of(new RuleProblem(level, new Location("", 0, 0), message, null));
        }
        String hint = missingEndHint(file, line);
        return Optional.of(new RuleProblem(level, file.at(line, column), message,
                hint != null ? hint : parenthesesHint(file, line)));
    }

    private static final Pattern RULE_START = Pattern.compile("^\\s*rule\\b");
    private static final Pattern END = Pattern.compile("^\\s*end\\s*(//.*)?$");

    /** A consequence runs until {@code end}: two {@code rule} lines with no {@code end} between mean one is missing. */
    private static String missingEndHint(RuleFile file, int line) {
        List<Integer> ruleLines = new ArrayList<>();
        for (int l = line - 1; l >= 1 && !END.matcher(file.line(l)).find(); l--) {
            if (RULE_START.matcher(file.line(l)).find()) {
                ruleLines.add(0, l);
            }
        }
        if (ruleLines.size() < 2) {
            return null;
        }
        return "the rule at line " + ruleLines.get(0) + " has no 'end' before the rule at line " + ruleLines.get(1)
                + " (a consequence runs until 'end')";
    }

    /** Most syntax errors in a condition are an unclosed parenthesis: say so when the lines before show one. */
    private static String parenthesesHint(RuleFile file, int line) {
        int balance = 0;
        int from = line;
        while (from > 1 && !file.line(from - 1).strip().matches("^(rule|when)\\b.*") && line - from < 10) {
            from--;
        }
        for (int l = from; l < line; l++) {
            for (char c : stripStrings(file.line(l)).toCharArray()) {
                balance += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        if (balance > 0) {
            return "a '(' opened above is not closed: check the parentheses of the condition before this line";
        }
        return null;
    }

    private static String stripStrings(String line) {
        return line.replaceAll("\"([^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
    }

    // ---------------------------------------------------------------------------------------------- conditions

    private RuleProblem conditionError(RuleFile file, DescrBuildError error, RuleProblem.Level level) {
        String rule = error.getParentDescr() instanceof RuleDescr r ? r.getName() : null;
        int line = error.getLine();
        int lastLine = lastConditionLine(file, error.getParentDescr(), line);
        String text = error.getMessage().strip();

        Matcher unknownType = UNKNOWN_TYPE.matcher(text);
        if (unknownType.find()) {
            String type = unknownType.group(1);
            Location location = file.find(type, line, lastLine).orElse(file.atLine(line));
            return new RuleProblem(level, location, inRule(rule, "unknown fact type '" + type + "'"), typeHint(file, type));
        }
        Matcher unknownField = UNKNOWN_FIELD.matcher(text);
        if (unknownField.find()) {
            String owner = unknownField.group(1);
            String field = unknownField.group(2);
            Optional<Class<?>> type = FactTypes.named(owner);
            String typeName = type.map(Class::getSimpleName).orElse(owner.substring(owner.lastIndexOf('.') + 1));
            Location location = file.find(field, line, lastLine).orElse(file.atLine(line));
            String hint = type.map(t -> FactTypes.didYouMean(field, FactTypes.members(t)) + FactTypes.membersOf(t)).orElse(null);
            return new RuleProblem(level, location, inRule(rule, "unknown field '" + field + "' of " + typeName), hint);
        }
        String message = text.lines().findFirst().orElse(text).replaceAll(":$", "");
        Matcher mvel = MVEL_ERROR.matcher(text);
        if (mvel.find()) {
            message = message + ": " + mvel.group(1);
        }
        return new RuleProblem(level, file.atLine(line), inRule(rule, message), null);
    }

    /** The last line a rule's conditions can be on (the line before {@code then}), to look for a name in. */
    private static int lastConditionLine(RuleFile file, BaseDescr parent, int line) {
        if (parent instanceof RuleDescr rule && rule.getConsequenceLine() > line) {
            return rule.getConsequenceLine();
        }
        return line + 10;
    }

    private static String typeHint(RuleFile file, String type) {
        Optional<Class<?>> inserted = FactTypes.inserted(type);
        if (inserted.isPresent()) {
            return "the planner inserts " + type + " facts: add 'import " + inserted.get().getCanonicalName() + ";'";
        }
        Optional<String> holder = FactTypes.holderOf(type);
        if (holder.isPresent()) {
            return type + " is not a fact of its own: " + holder.get();
        }
        List<String> known = new ArrayList<>(FactTypes.insertedNames());
        List<String> declared = file.parsed().map(p -> p.getTypeDeclarations().stream().map(t -> t.getTypeName()).toList())
                .orElse(List.of());
        known.addAll(declared);
        if (declared.contains(type)) {
            return type + " is declared in this file but did not compile: fix the file's other problems first";
        }
        return FactTypes.didYouMean(type, known) + "known fact types: " + String.join(", ", FactTypes.insertedNames())
                + (declared.isEmpty() ? "" : "; declared in this file: " + String.join(", ", declared));
    }

    // ---------------------------------------------------------------------------------------------- consequences

    private Optional<RuleProblem> consequenceError(RuleFile file, RuleDescr rule, CompilationProblem problem,
                                                   boolean ruleHasConditionErrors, RuleProblem.Level level) {
        String message = problem.getMessage().strip();
        int firstJavaLine = ConsequenceLines.firstJavaLine(rule.getConsequenceOffset());
        if (problem.getStartLine() < firstJavaLine) {
            if (message.startsWith("The import ") || message.startsWith("Only a type can be imported")) {
                return Optional.empty(); // the generated class's imports: the import itself is reported where it is written
            }
            return Optional.of(conditionJavaError(file, rule, message, level)); // an eval(...) condition's Java
        }
        if (ruleHasConditionErrors && CANNOT_BE_RESOLVED.matcher(message).matches()) {
            return Optional.empty(); // a binding the broken condition would have made
        }
        Matcher function = UNDEFINED_FUNCTION.matcher(message);
        if (function.find()) {
            String name = function.group(1);
            boolean importFailed = file.text().lines()
                    .anyMatch(l -> l.matches("^\\s*import\\s+function\\s+[\\w.]+\\." + Pattern.quote(name) + "\\s*;.*"));
            if (importFailed) {
                return Optional.empty(); // the function import is reported where it is written
            }
            message = "unknown function " + name + "(" + function.group(2) + ")";
        }
        int first = ConsequenceLines.firstLine(file.lines(), rule.getConsequenceLine());
        int line = ConsequenceLines.ruleFileLine(file.lines(), rule.getConsequenceLine(), rule.getConsequenceOffset(),
                problem.getStartLine());
        int last = file.rule(rule.getName()).map(RuleDescr::getEndLine).filter(l -> l >= first).orElse(line);
        int onLine = Math.max(first, Math.min(line, last));
        Location location = message.startsWith("Syntax error, insert ")
                ? file.at(onLine, file.line(onLine).stripTrailing().length() + 1) // what is missing goes at the end
                : file.atLine(onLine);
        for (Pattern named : NAMED_IN_JAVA_MESSAGE) {
            Matcher matcher = named.matcher(message);
            if (matcher.find()) {
                String name = matcher.group(1);
                location = file.find(name, onLine, onLine).or(() -> findText(file, name, onLine)).orElse(location);
                break;
            }
        }
        return Optional.of(new RuleProblem(level, location, inRule(rule.getName(), message), consequenceHint(message)));
    }

    /**
     * A Java error before the consequence: in the code Drools writes for the rule's {@code eval(...)} conditions, all
     * on one generated line, so it is located by the name the message gives among the rule's conditions.
     */
    private static RuleProblem conditionJavaError(RuleFile file, RuleDescr rule, String message, RuleProblem.Level level) {
        int last = Math.max(rule.getLine(), rule.getConsequenceLine() - 1);
        Location location = file.find("eval", rule.getLine(), last).orElse(file.atLine(rule.getLine()));
        for (Pattern named : NAMED_IN_JAVA_MESSAGE) {
            Matcher matcher = named.matcher(message);
            if (matcher.find()) {
                location = file.find(matcher.group(1), rule.getLine(), last).orElse(location);
                break;
            }
        }
        return new RuleProblem(level, location, inRule(rule.getName(), "in a condition: " + message),
                consequenceHint(message));
    }

    /** A name that is not a whole word (an operator, a token) on the line. */
    private static Optional<Location> findText(RuleFile file, String text, int line) {
        int index = file.line(line).indexOf(text);
        return index < 0 ? Optional.empty() : Optional.of(file.at(line, index + 1));
    }

    private static String consequenceHint(String message) {
        if (message.startsWith("unknown function ")) {
            String name = message.substring("unknown function ".length(), message.indexOf('('));
            return FactTypes.didYouMean(name, functionsOf(Findings.class))
                    + "a rule file calls the functions it imports, e.g. 'import function "
                    + Findings.class.getName() + ".finding;' (Findings offers " + String.join(", ", functionsOf(Findings.class))
                    + ")";
        }
        Matcher undefined = UNDEFINED_METHOD.matcher(message);
        if (undefined.find()) {
            String method = undefined.group(1);
            return FactTypes.named(undefined.group(2))
                    .map(t -> FactTypes.didYouMean(method, FactTypes.members(t)) + FactTypes.membersOf(t)
                            + " (in a consequence, call them as methods: name())")
                    .orElse(null);
        }
        if (message.endsWith("cannot be resolved to a type")) {
            String written = message.substring(0, message.indexOf(' '));
            // "ChronoUnit.DAYS cannot be resolved to a type": the type is the name before the member
            String type = written.contains(".") && Character.isUpperCase(written.charAt(0))
                    ? written.substring(0, written.indexOf('.')) : written;
            return FactTypes.inserted(type).or(() -> timeType(type)).map(t -> "add 'import " + t.getCanonicalName() + ";'")
                    .orElse(FactTypes.didYouMean(type, FactTypes.insertedNames()).isEmpty() ? null
                            : FactTypes.didYouMean(type, FactTypes.insertedNames()).strip());
        }
        return null;
    }

    /** A type of {@code java.time} or {@code java.time.temporal} by its simple name (dates in a rule's arithmetic). */
    private static Optional<Class<?>> timeType(String simpleName) {
        for (String pkg : List.of("java.time.", "java.time.temporal.")) {
            try {
                return Optional.of(Class.forName(pkg + simpleName, false, CompileProblems.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------- imports, rest

    private static RuleProblem importError(RuleFile file, String text, RuleProblem.Level level) {
        Matcher matcher = IMPORT.matcher(text.strip());
        if (!matcher.find()) {
            return new RuleProblem(level, file.atLine(1), text.strip(), null);
        }
        String target = matcher.group(1);
        Location location = file.findText(target).orElse(file.atLine(1));
        int dot = target.lastIndexOf('.');
        Optional<Class<?>> owner = dot < 0 ? Optional.empty() : FactTypes.named(target.substring(0, dot));
        boolean functionImport = file.line(location.line()).matches("^\\s*import\\s+function\\b.*");
        if (functionImport && owner.isPresent()) {
            List<String> functions = functionsOf(owner.get());
            String name = target.substring(dot + 1);
            return new RuleProblem(level, location, "cannot import function '" + target + "': "
                    + owner.get().getSimpleName() + " has no function '" + name + "'",
                    FactTypes.didYouMean(name, functions) + "functions of " + owner.get().getSimpleName() + ": "
                            + String.join(", ", functions));
        }
        Optional<String> moved = FactTypes.movedName(target);
        if (moved.isPresent()) {
            return new RuleProblem(level, location, "cannot import '" + target + "': no such class",
                    "it moved to " + moved.get() + ": change the line to '"
                            + file.line(location.line()).strip().replace(target, moved.get()) + "'");
        }
        String simpleName = target.substring(dot + 1);
        Optional<Class<?>> intended = FactTypes.inserted(simpleName)
                .or(() -> io.gigawatt.planner.input.Suggestions.closest(simpleName, FactTypes.insertedNames())
                        .flatMap(FactTypes::inserted));
        return new RuleProblem(level, location, "cannot import '" + target + "': no such class",
                intended.map(t -> "did you mean '" + t.getCanonicalName() + "'? ").orElse("")
                        + "the fact types are " + FactModel.INSERTED.stream().map(Class::getCanonicalName)
                        .reduce((a, b) -> a + ", " + b).orElse(""));
    }

    /** The public static methods of {@code owner}, by name: what a rule file can import as functions. */
    private static List<String> functionsOf(Class<?> owner) {
        return Arrays.stream(owner.getMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() == owner)
                .map(Method::getName).distinct().sorted().toList();
    }

    private static RuleProblem other(RuleFile file, KnowledgeBuilderResult result, RuleProblem.Level level) {
        String message = result.getMessage().strip().lines().findFirst().orElse("").replaceAll(":$", "");
        if (file == null) {
            return new RuleProblem(level, new Location("", 0, 0), message, null);
        }
        int line = result.getLines().length > 0 ? result.getLines()[0] : 0;
        return new RuleProblem(level, line > 0 ? file.atLine(line) : file.at(0, 0), message, null);
    }

    private static String inRule(String rule, String message) {
        return rule == null ? message : "rule \"" + rule + "\": " + message;
    }

    /**
     * The same mistake told several times (MVEL reports an unknown field once per expression it tries, and once more
     * without saying which) comes out once: the first of identical problems, and no vague "Unable to analyze
     * expression" where a precise problem stands on the same line.
     */
    private static List<Found> dropEchoes(List<Found> found) {
        List<Found> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Found f : found) {
            RuleProblem p = f.problem();
            boolean vague = p.message().toLowerCase(Locale.ROOT).contains("unable to analyze expression");
            boolean preciseOnSameLine = vague && found.stream().anyMatch(o -> o != f && o.file() == f.file()
                    && o.problem().location().line() == p.location().line()
                    && !o.problem().message().toLowerCase(Locale.ROOT).contains("unable to analyze expression"));
            if (!preciseOnSameLine && seen.add(p.location() + "|" + p.message())) {
                kept.add(f);
            }
        }
        return kept;
    }
}
