package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.rules.policy.Policy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * One compilation of the default pack and a planner's rule files, with everything a planner needs to hear about
 * it: each problem located in the planner's files ({@link RuleProblem}), the catalogue of the rules that would run,
 * and, when nothing is wrong, the {@link RuleEngine}.
 *
 * <p>How the two sets combine: a planner's rule with the same name as a default rule replaces it, whatever package
 * the planner's file declares (the default rule is taken out of the pack's text before compiling, its lines kept);
 * two rules of the same name among the planner's files are an error, as is a planner's rule without
 * {@code @family}, {@code @severity} (ERROR, WARNING or INFO) and {@code @doc}, since findings take their family and
 * severity from them. Problems in the default pack's own files are reported only when the planner's files have
 * none (they then explain a failure nothing else would).
 */
public final class RuleBuild {

    /** The metadata every planner rule needs, in the order the diagnostics name them. */
    private static final List<String> METADATA = List.of("family", "severity", "doc");

    private final List<RuleFile> files;
    private final List<RuleProblem> problems;
    private final KieBase kieBase;
    /** Default rules replaced by a planner rule of the same name -> the planner's rule file. */
    private final Map<String, RuleFile> replaced;
    /** The thresholds the planner's rules read by name, found on first use. */
    private volatile List<ThresholdReads.Read> thresholdReads;

    RuleBuild(List<RuleFile> files, List<RuleProblem> problems, KieBase kieBase, Map<String, RuleFile> replaced) {
        this.files = files;
        this.problems = problems;
        this.kieBase = kieBase;
        this.replaced = replaced;
    }

    /** Compiles {@code defaults} (the default pack, or nothing) with a planner's {@code planners} files. */
    public static RuleBuild compile(List<RuleSource> defaults, List<RuleSource> planners) {
        return compile(defaults, planners, builder -> { });
    }

    /**
     * As {@link #compile(List, List)}, through {@code cache} (null: none): rules compiled before from the same text,
     * with the same code and Java, come back from it without compiling; a new build without errors goes into it.
     * What a cached build says is what the compiler said: its problems (notes, warnings), its catalogue, its engine.
     */
    public static RuleBuild compile(List<RuleSource> defaults, List<RuleSource> planners, RulePackCache cache) {
        if (cache == null) {
            return compile(defaults, planners);
        }
        String key = cache.key(defaults, planners);
        Optional<RuleBuild> cached = cache.read(key, defaults, planners);
        if (cached.isPresent()) {
            return cached.get();
        }
        byte[][] packs = new byte[1][];
        RuleBuild build = compile(defaults, planners, builder -> packs[0] = RulePackCache.serialize(builder));
        if (packs[0] != null && !build.hasErrors()) {
            cache.write(key, build, packs[0]);
        }
        return build;
    }

    /** Compiles; {@code compiled} sees the compiler without errors before the rule base is made of its packages. */
    private static RuleBuild compile(List<RuleSource> defaults, List<RuleSource> planners,
                                     java.util.function.Consumer<KnowledgeBuilder> compiled) {
        List<RuleFile> files = RuleFile.of(defaults, planners);
        List<CompileProblems.Found> found = new ArrayList<>();
        planners.stream().filter(s -> Vocabulary.isVocabulary(s.name())).flatMap(s -> Vocabulary.problems(s).stream())
                .forEach(problem -> found.add(new CompileProblems.Found(null, problem)));

        Map<String, RuleFile> plannerRules = plannerRuleNames(files, found);
        Map<String, RuleFile> replaced = new LinkedHashMap<>();
        Map<RuleFile, String> texts = new IdentityHashMap<>();
        for (RuleFile file : files) {
            texts.put(file, file.fromDefaultPack() && !plannerRules.isEmpty()
                    ? withoutReplacedRules(file, plannerRules, replaced, found) : file.text());
            if (!file.fromDefaultPack()) {
                file.unknownSentences().forEach(unknown -> found.add(new CompileProblems.Found(file,
                        RuleProblem.error(file.atLine(unknown.line()), "\"" + unknown.text()
                                + "\" is not a sentence of the vocabulary", "sentences that come near: "
                                + String.join("; ", unknown.nearest())))));
                checkMetadata(file, found);
                checkNoExit(file, found);
                if (file.parsed().isPresent() && file.rules().isEmpty()) {
                    found.add(new CompileProblems.Found(file, new RuleProblem(RuleProblem.Level.WARNING, file.atLine(1),
                            "the file declares no rules", null)));
                }
            }
        }

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        CompositeKnowledgeBuilder batch = builder.batch();
        Map<Resource, RuleFile> byResource = new IdentityHashMap<>();
        for (RuleFile file : files) {
            Resource resource = ResourceFactory.newByteArrayResource(texts.get(file).getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.name());
            byResource.put(resource, file);
            batch.add(resource, ResourceType.DRL);
        }
        try {
            batch.build();
        } catch (RuntimeException e) {
            // Drools's compiler broke on a planner's text instead of reporting it (MVEL throws on a string cut off in
            // a consequence, say): one located problem, and no rule base
            found.add(CompileProblems.brokenCompiler(e, files));
            return new RuleBuild(files, ordered(files, found), null, replaced);
        }
        found.addAll(new CompileProblems(resource -> fileOf(resource, byResource)).translate(
                builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)));
        if (!builder.hasErrors()) {
            compiled.accept(builder);
        }
        KieBase kieBase = builder.hasErrors() ? null : builder.newKieBase();
        if (kieBase != null) {
            found.addAll(SentenceCheck.check(files, kieBase, replaced.keySet()));
        }
        return new RuleBuild(files, ordered(files, found), kieBase, replaced);
    }

    private static RuleFile fileOf(Resource resource, Map<Resource, RuleFile> byResource) {
        if (resource == null) {
            return null;
        }
        RuleFile file = byResource.get(resource);
        if (file != null) {
            return file;
        }
        // Drools may hand back a copy of the resource: find it by name, the planner's files first.
        List<RuleFile> named = byResource.values().stream().filter(f -> f.name().equals(resource.getSourcePath())).toList();
        return named.stream().filter(f -> !f.fromDefaultPack()).findFirst().orElse(named.isEmpty() ? null : named.get(0));
    }

    /** Rule name -> planner's file, reporting a name used twice among the planner's files. */
    private static Map<String, RuleFile> plannerRuleNames(List<RuleFile> files, List<CompileProblems.Found> found) {
        Map<String, RuleFile> names = new LinkedHashMap<>();
        for (RuleFile file : files) {
            if (file.fromDefaultPack()) {
                continue;
            }
            for (RuleDescr rule : file.rules()) {
                RuleFile first = names.putIfAbsent(rule.getName(), file);
                if (first != null) {
                    RuleDescr earlier = first.rules().stream().filter(r -> r.getName().equals(rule.getName())).findFirst()
                            .orElseThrow();
                    names.put(rule.getName(), first);
                    found.add(new CompileProblems.Found(file, RuleProblem.error(nameOf(file, rule),
                            "rule \"" + rule.getName() + "\" is defined twice: first at " + nameOf(first, earlier),
                            "give each rule its own name: a rule replaces the default rule of the same name, so two"
                                    + " rules of one name would leave it unclear which one runs")));
                }
            }
        }
        return names;
    }

    /**
     * The default file's text with the rules a planner replaces blanked out (newlines kept, so lines stay put),
     * noting each replacement at the planner's rule.
     */
    private static String withoutReplacedRules(RuleFile file, Map<String, RuleFile> plannerRules,
                                               Map<String, RuleFile> replaced, List<CompileProblems.Found> found) {
        char[] text = file.text().toCharArray();
        for (RuleDescr rule : file.rules()) {
            RuleFile planner = plannerRules.get(rule.getName());
            if (planner == null) {
                continue;
            }
            for (int i = Math.max(0, rule.getStartCharacter()); i < Math.min(text.length, rule.getEndCharacter() + 1); i++) {
                if (text[i] != '\n' && text[i] != '\r') {
                    text[i] = ' ';
                }
            }
            replaced.put(rule.getName(), planner);
            RuleDescr plannerRule = planner.rule(rule.getName()).orElseThrow();
            found.add(new CompileProblems.Found(planner, new RuleProblem(RuleProblem.Level.NOTE, nameOf(planner, plannerRule),
                    "rule \"" + rule.getName() + "\" replaces the default rule of the same name (" + file.name() + ":"
                            + rule.getLine() + ")", null)));
        }
        return new String(text);
    }

    private static void checkMetadata(RuleFile file, List<CompileProblems.Found> found) {
        for (RuleDescr rule : file.rules()) {
            AnnotationDescr kind = rule.getAnnotation("kind");
            boolean derivation = kind != null && unquoted(String.valueOf(kind.getSingleValue())).equals("derivation");
            // a derivation inserts facts, not findings: it needs no severity
            List<String> missing = METADATA.stream().filter(key -> rule.getAnnotation(key) == null)
                    .filter(key -> !(derivation && key.equals("severity"))).toList();
            if (!missing.isEmpty()) {
                found.add(new CompileProblems.Found(file, RuleProblem.error(nameOf(file, rule),
                        "rule \"" + rule.getName() + "\" has no " + missing.stream().map(k -> "@" + k)
                                .collect(Collectors.joining(", ")),
                        "findings take their family and severity from the rule's metadata; write them after the"
                                + " name, e.g. @family(grid) @severity(WARNING) @doc(\"What the rule checks.\")")));
            }
            AnnotationDescr severity = rule.getAnnotation("severity");
            if (severity != null) {
                String value = unquoted(String.valueOf(severity.getSingleValue()));
                boolean known = java.util.Arrays.stream(Severity.values())
                        .anyMatch(s -> s.name().equals(value.toUpperCase(Locale.ROOT)));
                if (!known) {
                    Location location = file.find("@severity", rule.getLine(), rule.getConsequenceLine())
                            .orElse(nameOf(file, rule));
                    found.add(new CompileProblems.Found(file, RuleProblem.error(location,
                            "rule \"" + rule.getName() + "\" has @severity(" + value + ")",
                            "expected one of ERROR (makes the scenario infeasible), WARNING, INFO")));
                }
            }
        }
    }

    /** A call that ends the JVM, or reaches what does ({@code Runtime.getRuntime().halt}), written in Java. */
    private static final Pattern ENDS_THE_PLANNER = Pattern.compile(
            "(?<![\\w$])(?:java\\s*\\.\\s*lang\\s*\\.\\s*)?(System\\s*\\.\\s*exit|Runtime\\s*\\.\\s*getRuntime)\\s*\\(");
    private static final Pattern STRING_OR_COMMENT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//.*$");

    /**
     * Refuses a call of {@code System.exit} or {@code Runtime.getRuntime()} where it is written: a rule that ended the
     * planner would end it with the rule's exit code and no word (exit 0 for an infeasible scenario). A check of the
     * text (strings and line comments left out), so not proof against a rule that hides the call; the planner's
     * shutdown hook names a rule that gets to {@code System.exit} anyway.
     */
    private static void checkNoExit(RuleFile file, List<CompileProblems.Found> found) {
        for (int line = 1; line <= file.lines().size(); line++) {
            Matcher code = STRING_OR_COMMENT.matcher(file.line(line));
            StringBuilder blanked = new StringBuilder();
            while (code.find()) {
                code.appendReplacement(blanked, " ".repeat(code.group().length()));
            }
            code.appendTail(blanked);
            Matcher call = ENDS_THE_PLANNER.matcher(blanked);
            if (call.find()) {
                int at = line;
                String called = call.group(1).replaceAll("\\s", "");
                String who = file.rules().stream().filter(r -> r.getLine() <= at && at <= r.getEndLine()).findFirst()
                        .map(r -> "rule \"" + r.getName() + "\"").orElse("the file");
                found.add(new CompileProblems.Found(file, RuleProblem.error(file.at(line, call.start() + 1),
                        who + " calls " + called + ": rules may not end the planner",
                        "say what is wrong with a finding instead: insert(finding(kcontext, ...)) in a rule of"
                                + " @severity(ERROR) makes the scenario infeasible")));
            }
        }
    }

    private static String unquoted(String text) {
        String stripped = text.strip();
        return stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")
                ? stripped.substring(1, stripped.length() - 1) : stripped;
    }

    /** A rule's name where it is written ({@code rule "Name"}), for diagnostics about the rule as a whole. */
    private static Location nameOf(RuleFile file, RuleDescr rule) {
        int index = file.line(rule.getLine()).indexOf('"' + rule.getName() + '"');
        return index >= 0 ? file.at(rule.getLine(), index + 1) : file.atLine(rule.getLine());
    }

    /**
     * In file order, then by line and column; problems in the default pack are left out when the planner's files have
     * errors of their own.
     */
    private static List<RuleProblem> ordered(List<RuleFile> files, List<CompileProblems.Found> found) {
        boolean plannerErrors = found.stream().anyMatch(f -> f.file() != null && !f.file().fromDefaultPack()
                && f.problem().isError());
        return found.stream()
                .filter(f -> !plannerErrors || f.file() == null || !f.file().fromDefaultPack())
                .sorted(Comparator.comparingInt((CompileProblems.Found f) -> f.file() == null ? files.size() : files.indexOf(f.file()))
                        .thenComparingInt(f -> f.problem().location().line())
                        .thenComparingInt(f -> f.problem().location().column()))
                .map(CompileProblems.Found::problem)
                .toList();
    }

    /** Every problem: errors, warnings and notes, in file order. */
    public List<RuleProblem> problems() {
        return problems;
    }

    public List<RuleProblem> errors() {
        return problems.stream().filter(RuleProblem::isError).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(RuleProblem::isError);
    }

    /** Whether Drools built the rules (there may still be metadata errors; the catalogue is then available). */
    public boolean compiled() {
        return kieBase != null;
    }

    /** The planner's files compiled. */
    public int plannerFiles() {
        return (int) files.stream().filter(f -> !f.fromDefaultPack()).count();
    }

    /** The rules in the planner's files (counted by their {@code rule} lines in a file that does not parse). */
    public int plannerRules() {
        return files.stream().filter(f -> !f.fromDefaultPack()).mapToInt(RuleFile::ruleCount).sum();
    }

    /** The rule engine; only when there is no error. */
    public RuleEngine engine() {
        if (hasErrors()) {
            throw new IllegalStateException("the rules do not compile:\n" + errors().stream().map(RuleProblem::toString)
                    .collect(Collectors.joining("\n")));
        }
        return new RuleEngine(kieBase, this);
    }

    /**
     * The rules that run, in file order (the default pack's files, then the planner's) and, within a file, in the
     * order written; a default rule a planner replaces is left out, its replacement marked. Only when compiled.
     */
    public List<RuleInfo> catalogue() {
        if (kieBase == null) {
            throw new IllegalStateException("the rules do not compile");
        }
        List<RuleInfo> catalogue = new ArrayList<>();
        for (RuleFile file : files) {
            for (RuleDescr descr : file.rules()) {
                if (file.fromDefaultPack() && replaced.containsKey(descr.getName())) {
                    continue;
                }
                Rule rule = kieBase.getRule(file.packageName(), descr.getName());
                if (rule != null) {
                    catalogue.add(new RuleInfo(rule.getName(), metadata(() -> RuleMetadata.family(rule)),
                            metadata(() -> RuleMetadata.severity(rule)), metadata(() -> RuleMetadata.doc(rule)),
                            file.name(), !file.fromDefaultPack() && replaced.containsKey(rule.getName()),
                            RuleMetadata.isDerivation(rule)));
                }
            }
        }
        return catalogue;
    }

    private static <T> T metadata(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    /** The file a compiled rule is written in (for run-time errors), if known. */
    Optional<RuleFile> fileOf(String packageName, String ruleName) {
        for (int i = files.size() - 1; i >= 0; i--) {
            RuleFile file = files.get(i);
            if (Objects.equals(file.packageName(), packageName) && file.rule(ruleName).isPresent()
                    && !(file.fromDefaultPack() && replaced.containsKey(ruleName))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * Each threshold the planner's rules read by name that {@code policy} does not set, located where the name is
     * written: such a rule would never fire.
     */
    public List<RuleProblem> unsetThresholds(Policy policy) {
        List<ThresholdReads.Read> reads = thresholdReads;
        if (reads == null) {
            reads = files.stream().filter(f -> !f.fromDefaultPack()).flatMap(f -> ThresholdReads.of(f).stream()).toList();
            thresholdReads = reads;
        }
        List<RuleProblem> unset = new ArrayList<>();
        for (ThresholdReads.Read read : reads) {
            if (!policy.thresholds().containsKey(read.name())) {
                unset.add(RuleProblem.error(read.location(), (read.rule() == null ? "" : "rule \"" + read.rule() + "\": ")
                        + "the policy sets no threshold '" + read.name() + "', so the rule would never fire",
                        FactTypes.didYouMean(read.name(), List.copyOf(policy.thresholds().keySet()))
                                + "a threshold of your own goes under 'custom:' in a policy file, given with --policy"
                                + " FILE or named in the scenario (policy: FILE)"));
            }
        }
        return unset;
    }

    /** {@code file:line} of a rule's failure ({@link RuleExecutionException#where}) at the line's first character. */
    public Location locate(String where) {
        Matcher fileLine = Pattern.compile("^(.*):(\\d+)$").matcher(where);
        String name = fileLine.matches() ? fileLine.group(1) : where;
        int line = fileLine.matches() ? Integer.parseInt(fileLine.group(2)) : 1;
        return files.stream().filter(f -> f.name().equals(name)).findFirst().map(f -> f.atLine(line))
                .orElse(new Location(name, line, 1));
    }

    /** The file a rule that runs is written in, by the rule's name alone (a planner's file first). */
    Optional<RuleFile> fileOf(String ruleName) {
        for (int i = files.size() - 1; i >= 0; i--) {
            RuleFile file = files.get(i);
            if (file.rule(ruleName).isPresent() && !(file.fromDefaultPack() && replaced.containsKey(ruleName))) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /** The names of the rules in every file, the planner's first (to tell which rule a generated class is of). */
    List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            files.get(i).rules().forEach(rule -> names.add(rule.getName()));
        }
        return names;
    }

    /** The rule files compiled, the default pack's first (for the cache). */
    List<RuleFile> files() {
        return files;
    }

    /** Replaced default rule -> the planner's file that replaces it (for the cache). */
    Map<String, RuleFile> replaced() {
        return replaced;
    }

    /** The names of the default rules the planner's files replace. */
    public Set<String> replacedDefaults() {
        return Set.copyOf(replaced.keySet());
    }
}
