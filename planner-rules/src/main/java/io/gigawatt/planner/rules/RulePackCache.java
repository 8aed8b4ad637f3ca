package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.plan.PhasePlan;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * <p>The launcher turns it on with {@code -Dgigawatt.planner.ruleCache=DIR} (a folder beside the jar); without the
 * property nothing is cached. The {@link #KEPT} most recent entries are kept.
 */
public final class RulePackCache {

    /** The system property naming the cache's folder. */
    public static final String PROPERTY = "gigawatt.planner.ruleCache";

    /** How many entries are kept; older ones are deleted when a new one is written. */
    static final int KEPT = 32;

    private static final String MAGIC = "gigawatt-planner rule pack";
    /** Bump when the entry layout or what the key covers changes. */
    private static final int FORMAT = 1;
    private static final String SUFFIX = ".pack";

    /** The code the compiled packs refer to (fact types, functions, Drools itself), computed once per JVM. */
    private static volatile String code;

    private final Path folder;

    public RulePackCache(Path folder) {
        this.folder = folder;
    }

    /** The cache named by {@link #PROPERTY}, or null when it is not set (or set to {@code off}). */
    public static RulePackCache configured() {
        String dir = System.getProperty(PROPERTY);
        return dir == null || dir.isBlank() || dir.equals("off") ? null : new RulePackCache(Path.of(dir));
    }

    public Path folder() {
        return folder;
    }

    /** The entries, most recent first. */
    List<Path> entries() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing(RulePackCache::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The key of a build of {@code defaults} with {@code planners}: a SHA-256 over everything it depends on. */
    String key(List<RuleSource> defaults, List<RuleSource> planners) {
        return key(code(), defaults, planners);
    }

    /** The key with the code's fingerprint given (tests: other code, another key). */
    static String key(String code, List<RuleSource> defaults, List<RuleSource> planners) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(Runtime.version().toString());
            out.writeUTF(code);
            for (List<RuleSource> sources : List.of(defaults, planners)) {
                out.writeInt(sources.size());
                for (RuleSource source : sources) {
                    write(out, source.name());
                    write(out, source.text());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The build stored under {@code key}, with the given sources, or empty when there is none usable. */
    Optional<RuleBuild> read(String key, List<RuleSource> defaults, List<RuleSource> planners) {
        Path file = folder.resolve(key + SUFFIX);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !key.equals(in.readUTF())) {
                return Optional.empty();
            }
            List<RuleFile> files = new ArrayList<>();
            defaults.forEach(s -> files.add(new RuleFile(s, true)));
            planners.forEach(s -> files.add(new RuleFile(s, false)));
            List<RuleProblem> problems = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                RuleProblem.Level level = RuleProblem.Level.valueOf(in.readUTF());
                Location location = new Location(read(in), in.readInt(), in.readInt());
                String message = read(in);
                String hint = in.readBoolean() ? read(in) : null;
                problems.add(new RuleProblem(level, location, message, hint));
            }
            Map<String, RuleFile> replaced = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                replaced.put(read(in), files.get(in.readInt()));
            }
            byte[] checksum = in.readNBytes(in.readInt());
            byte[] packs = in.readNBytes(in.readInt());
            if (!Arrays.equals(checksum, sha256().digest(packs)) || in.read() != -1) {
                return Optional.empty();
            }
            KieBase kieBase = kieBase(packs);
            touch(file);
            return Optional.of(new RuleBuild(files, problems, kieBase, replaced));
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // not what was written, or written by other code: compiled afresh (and the entry written again)
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
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(key);
                out.writeInt(build.problems().size());
                for (RuleProblem problem : build.problems()) {
                    out.writeUTF(problem.level().name());
                    write(out, problem.location().file());
                    out.writeInt(problem.location().line());
                    out.writeInt(problem.location().column());
                    write(out, problem.message());
                    out.writeBoolean(problem.hint() != null);
                    if (problem.hint() != null) {
                        write(out, problem.hint());
                    }
                }
                out.writeInt(build.replaced().size());
                for (Map.Entry<String, RuleFile> entry : build.replaced().entrySet()) {
                    write(out, entry.getKey());
                    out.writeInt(build.files().indexOf(entry.getValue()));
                }
                byte[] checksum = sha256().digest(packs);
                out.writeInt(checksum.length);
                out.write(checksum);
                out.writeInt(packs.length);
                out.write(packs);
            }
            Files.move(temp, folder.resolve(key + SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            prune();
        } catch (IOException | RuntimeException e) {
            // an optimisation only: the rules were compiled and run all the same
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // left behind: a .tmp file is never read
                }
            }
        }
    }

    /** Keeps the {@link #KEPT} most recently used entries. */
    private void prune() throws IOException {
        List<Path> entries = entries();
        for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
            Files.deleteIfExists(old);
        }
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
            Set<Path> places = new LinkedHashSet<>();
            for (Class<?> type : List.of(RuleEngine.class, PhasePlan.class, KnowledgeBuilderImpl.class,
                    InternalRuleBase.class, KiePackage.class, DroolsObjectInputStream.class)) {
                place(type).ifPresent(places::add);
            }
            known = fingerprint(places);
            code = known;
        }
        return known;
    }

    /** A SHA-256 of {@code places}: a jar by its path, size and time, a folder by every file's name and contents. */
    static String fingerprint(Collection<Path> places) {
        MessageDigest sha = sha256();
        try (DataOutputStream out = new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha))) {
            for (Path place : places) {
                write(out, place.toString());
                if (Files.isDirectory(place)) {
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(place)) {
                        files = walk.filter(Files::isRegularFile).sorted().toList();
                    }
                    for (Path file : files) {
                        write(out, place.relativize(file).toString());
                        byte[] content = Files.readAllBytes(file);
                        out.writeInt(content.length);
                        out.write(content);
                    }
                } else {
                    out.writeLong(Files.size(place));
                    out.writeLong(Files.getLastModifiedTime(place).to(TimeUnit.NANOSECONDS));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Optional<Path> place(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // only the pruning order suffers
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void write(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 1 << 24) {
            throw new IOException("not a rule pack entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
