package io.gigawatt.planner.rules;

import io.gigawatt.planner.cache.CacheFolder;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.plan.PhasePlan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;

/**
 * Compiled rule packs kept on disk, so that a planner who runs the same rules again does not wait for the DRL
 * compiler (1.5-2 s of a cold start: parser, MVEL, ECJ). An entry is found only by a key that hashes everything the
 * compiled packs depend on: every rule file's name and text (the default pack's and the planner's, in order), the
 * planner's own classes and Drools' (their jar's size and time, or each class file's contents in a build folder),
 * the Java version and this format. A planner who edits a rule changes the key, so an edited rule is compiled afresh;
 * an entry that is not exactly what was written (other key inside, truncated, corrupted: its checksum) is never
 * used. Only builds without errors are kept, with the problems they had (notes, warnings), so a cached build says
 * what the compiler said.
 *
 * <p>The launcher names its folder (beside the jar) in {@code PLANNER_RULE_CACHE}; the command line's {@code Main}
 * hands it to {@link RulesModule}. Without it nothing is cached. The {@link #KEPT} most recent entries are kept.
 */
public final class RulePackCache {

    /** How many entries are kept; older ones are deleted when a new one is written. */
    static final int KEPT = 32;

    private static final String MAGIC = "gigawatt-planner rule pack";
    /** Bump when the entry layout or what the key covers changes. */
    private static final int FORMAT = 2;

    /** The code the compiled packs refer to (fact types, functions, Drools itself), computed once per JVM. */
    private static volatile String code;

    private final CacheFolder entries;

    public RulePackCache(Path folder) {
        this.entries = new CacheFolder(folder, MAGIC, FORMAT, ".pack", KEPT);
    }

    public Path folder() {
        return entries.folder();
    }

    /** The entries, most recent first. */
    List<Path> entries() {
        return entries.entries();
    }

    /** The key of a build of {@code defaults} with {@code planners}: a SHA-256 over everything it depends on. */
    String key(List<RuleSource> defaults, List<RuleSource> planners) {
        return key(code(), defaults, planners);
    }

    /** The key with the code's fingerprint given (tests: other code, another key). */
    static String key(String code, List<RuleSource> defaults, List<RuleSource> planners) {
        return CacheFolder.key(out -> {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(Runtime.version().toString());
            out.writeUTF(code);
            for (List<RuleSource> sources : List.of(defaults, planners)) {
                out.writeInt(sources.size());
                for (RuleSource source : sources) {
                    CacheFolder.writeText(out, source.name());
                    CacheFolder.writeText(out, source.text());
                }
            }
        });
    }

    /** The build stored under {@code key}, with the given sources, or empty when there is none usable. */
    Optional<RuleBuild> read(String key, List<RuleSource> defaults, List<RuleSource> planners) {
        Optional<byte[]> entry = entries.read(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.get()))) {
            List<RuleFile> files = RuleFile.of(defaults, planners);
            List<RuleProblem> problems = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                RuleProblem.Level level = RuleProblem.Level.valueOf(in.readUTF());
                Location location = new Location(CacheFolder.readText(in), in.readInt(), in.readInt());
                String message = CacheFolder.readText(in);
                String hint = in.readBoolean() ? CacheFolder.readText(in) : null;
                problems.add(new RuleProblem(level, location, message, hint));
            }
            Map<String, RuleFile> replaced = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                replaced.put(CacheFolder.readText(in), files.get(in.readInt()));
            }
            KieBase kieBase = kieBase(in.readNBytes(in.readInt()));
            return Optional.of(new RuleBuild(files, problems, kieBase, replaced));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // written by other code: compiled afresh (and the entry written again)
            return Optional.empty();
        }
    }

    /**
     * The compiler's packages and the classes it declared ({@code declare} types), serialized before a rule base
     * is made of them; null when they cannot be (the build is then simply not cached).
     */
    static byte[] serialize(KnowledgeBuilder builder) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 19);
            try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
                Map<String, byte[]> declared = new LinkedHashMap<>();
                if (builder instanceof KnowledgeBuilderImpl impl
                        && impl.getRootClassLoader() instanceof ProjectClassLoader loader && loader.getStore() != null) {
                    declared.putAll(loader.getStore());
                }
                out.writeObject(declared);
                out.writeObject(new ArrayList<>(builder.getKnowledgePackages()));
            }
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Stores a build without errors under {@code key}, whole or not at all; a cache that cannot be written is skipped. */
    void write(String key, RuleBuild build, byte[] packs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(packs.length + 4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(build.problems().size());
            for (RuleProblem problem : build.problems()) {
                out.writeUTF(problem.level().name());
                CacheFolder.writeText(out, problem.location().file());
                out.writeInt(problem.location().line());
                out.writeInt(problem.location().column());
                CacheFolder.writeText(out, problem.message());
                out.writeBoolean(problem.hint() != null);
                if (problem.hint() != null) {
                    CacheFolder.writeText(out, problem.hint());
                }
            }
            out.writeInt(build.replaced().size());
            for (Map.Entry<String, RuleFile> entry : build.replaced().entrySet()) {
                CacheFolder.writeText(out, entry.getKey());
                out.writeInt(build.files().indexOf(entry.getValue()));
            }
            out.writeInt(packs.length);
            out.write(packs);
        } catch (IOException | RuntimeException e) {
            return; // an optimisation only: the rules were compiled and run all the same
        }
        entries.write(key, bytes.toByteArray());
    }

    /** The rule base of serialized packages: their declared classes defined first, as the packages refer to them. */
    @SuppressWarnings("unchecked")
    private static KieBase kieBase(byte[] packs) throws IOException, ClassNotFoundException {
        ClassLoader parent = RulePackCache.class.getClassLoader();
        try (DroolsObjectInputStream in = new DroolsObjectInputStream(new ByteArrayInputStream(packs), parent)) {
            Map<String, byte[]> declared = (Map<String, byte[]>) in.readObject();
            ProjectClassLoader loader = ProjectClassLoader.createProjectClassLoader(parent, declared);
            in.setClassLoader(loader);
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            InternalRuleBase base = RuleBaseFactory.newRuleBase(KieServices.get().newKieBaseConfiguration(null, loader));
            base.addPackages(packages);
            return KnowledgeBaseFactory.newKnowledgeBase(base);
        }
    }

    /**
     * What the packages were compiled against: the planner's classes (the fact types and functions rules import) and
     * Drools' own. A jar by its path, size and time (the launcher rebuilds it when a source changes); a build folder
     * (tests, an IDE) by every file's name and contents.
     */
    static String code() {
        String known = code;
        if (known == null) {
            known = CacheFolder.fingerprintOf(RuleEngine.class, PhasePlan.class, KnowledgeBuilderImpl.class,
                    InternalRuleBase.class, KiePackage.class, DroolsObjectInputStream.class);
            code = known;
        }
        return known;
    }
}
