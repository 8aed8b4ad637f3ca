package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import io.gigawatt.planner.cache.CacheFolder;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiled packs come back from the cache only for exactly the rules, code and Java they were compiled from. */
class RulePackCacheTest {

    @TempDir
    Path folder;

    private static String ownRule(String name, String sentence) {
        return """
                package planner.own;

                import io.gigawatt.planner.plan.PhasePlan;
                import function io.gigawatt.planner.rules.Findings.finding;

                declare Seen phase : String end

                rule "%s"
                    @family(grid) @severity(WARNING) @doc("The planner's own statement.")
                when
                    $p : PhasePlan()
                then
                    insert(new Seen($p.name()));
                    insert(finding(kcontext, $p.name(), "%s " + $p.name()));
                end
                """.formatted(name, sentence);
    }

    private static CampusPlan colossus() throws Exception {
        return new Planner().plan(new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml")));
    }

    private static List<Finding> judge(RuleEngine engine, CampusPlan plan) {
        return engine.evaluate(plan, PolicyReader.defaultPolicy()).findings();
    }

    @Test
    void theDefaultPackFromTheCacheJudgesExactlyAsTheCompiledOne() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        RuleBuild compiled = RuleBuild.compile(DefaultPack.sources(), List.of(), cache);
        assertThat(cache.entries()).hasSize(1);
        String key = cache.key(DefaultPack.sources(), List.of());
        assertThat(cache.read(key, DefaultPack.sources(), List.of())).isPresent();

        RuleBuild cached = RuleBuild.compile(DefaultPack.sources(), List.of(), cache);

        assertThat(cached).isNotSameAs(compiled);
        assertThat(cached.problems()).isEqualTo(compiled.problems()).isEmpty();
        assertThat(cached.catalogue()).isEqualTo(compiled.catalogue());
        CampusPlan colossus = colossus();
        List<Finding> expected = judge(compiled.engine(), colossus);
        assertThat(expected).hasSize(35);
        assertThat(judge(cached.engine(), colossus)).isEqualTo(expected);
        for (ScenarioBuilder other : List.of(scenario(), scenario().gridMw(5), scenario().designAmbientC(45).pue(1.6))) {
            CampusPlan plan = new Planner().plan(other.load());
            assertThat(judge(cached.engine(), plan)).isEqualTo(judge(compiled.engine(), plan));
        }
    }

    @Test
    void anEditedRuleIsCompiledAfreshNeverTakenFromTheCache() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        CampusPlan plan = new Planner().plan(scenario().load());
        List<RuleSource> before = List.of(new RuleSource("mine.drl", ownRule("Mine", "Before:")));
        assertThat(judge(RuleBuild.compile(List.of(), before, cache).engine(), plan))
                .extracting(Finding::message).containsExactly("Before: Phase 1");
        assertThat(judge(RuleBuild.compile(List.of(), before, cache).engine(), plan))
                .extracting(Finding::message).containsExactly("Before: Phase 1");

        List<RuleSource> after = List.of(new RuleSource("mine.drl", ownRule("Mine", "After:")));
        assertThat(cache.key(List.of(), after)).isNotEqualTo(cache.key(List.of(), before));
        assertThat(judge(RuleBuild.compile(List.of(), after, cache).engine(), plan))
                .extracting(Finding::message).containsExactly("After: Phase 1");
        assertThat(cache.entries()).hasSize(2);

        // the same text under another name, or as a default file rather than a planner's, is another build
        assertThat(cache.key(List.of(), List.of(new RuleSource("yours.drl", ownRule("Mine", "Before:")))))
                .isNotEqualTo(cache.key(List.of(), before));
        assertThat(cache.key(before, List.of())).isNotEqualTo(cache.key(List.of(), before));
    }

    @Test
    void aRuleInTheVocabularyComesBackFromTheCacheAndAnEditedSentenceCompilesAfresh() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        CampusPlan plan = new Planner().plan(scenario().load()); // 40 MW of grid for 100 MW: a share of 0.4
        RuleSource rule = new RuleSource("mine.dslr", """
                package planner.own;

                rule "Little grid"
                    @family(grid) @severity(WARNING) @doc("The planner's own statement.")
                    @message("{phase} has little grid")
                when
                    a phase
                    - on little grid
                then
                    report the phase
                end
                """);
        List<RuleSource> before = List.of(rule, new RuleSource("words.dsl", "[when]- on little grid=gridShare < 0.5\n"));
        List<RuleSource> after = List.of(rule, new RuleSource("words.dsl", "[when]- on little grid=gridShare < 0.3\n"));

        RuleBuild compiled = RuleBuild.compile(List.of(), before, cache);
        RuleBuild cached = RuleBuild.compile(List.of(), before, cache);

        assertThat(cache.entries()).hasSize(1);
        assertThat(cached).isNotSameAs(compiled);
        assertThat(cached.catalogue()).isEqualTo(compiled.catalogue());
        assertThat(judge(cached.engine(), plan)).extracting(Finding::message).containsExactly("Phase 1 has little grid");
        assertThat(cache.key(List.of(), after)).isNotEqualTo(cache.key(List.of(), before));
        assertThat(judge(RuleBuild.compile(List.of(), after, cache).engine(), plan)).isEmpty();
    }

    @Test
    void aReplacedDefaultRuleAndItsNoteComeBackFromTheCache() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        List<RuleSource> planners = List.of(new RuleSource("mine.drl", ownRule("Grid share of a phase", "Mine:")));
        RuleBuild compiled = RuleBuild.compile(DefaultPack.sources(), planners, cache);
        RuleBuild cached = RuleBuild.compile(DefaultPack.sources(), planners, cache);

        assertThat(cache.entries()).hasSize(1);
        assertThat(cached.problems()).isEqualTo(compiled.problems()).singleElement()
                .satisfies(note -> assertThat(note.level()).isEqualTo(RuleProblem.Level.NOTE));
        assertThat(cached.replacedDefaults()).containsExactly("Grid share of a phase");
        assertThat(cached.catalogue()).isEqualTo(compiled.catalogue());
        CampusPlan colossus = colossus();
        assertThat(judge(cached.engine(), colossus)).isEqualTo(judge(compiled.engine(), colossus))
                .filteredOn(f -> f.rule().equals("Grid share of a phase")).extracting(Finding::message)
                .containsExactly("Mine: Colossus 1", "Mine: Doubling");
    }

    @Test
    void anEntryThatIsNotExactlyWhatWasWrittenIsNeverUsed() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        CampusPlan plan = new Planner().plan(scenario().load());
        List<RuleSource> a = List.of(new RuleSource("mine.drl", ownRule("Mine", "A:")));
        List<RuleSource> b = List.of(new RuleSource("mine.drl", ownRule("Mine", "B:")));
        RuleBuild.compile(List.of(), a, cache);
        Path entryOfA = folder.resolve(cache.key(List.of(), a) + ".pack");
        Path entryOfB = folder.resolve(cache.key(List.of(), b) + ".pack");
        assertThat(entryOfA).isRegularFile();

        // A's entry under B's name (a stale or misplaced file): its own key does not match, B is compiled
        Files.copy(entryOfA, entryOfB);
        assertThat(cache.read(cache.key(List.of(), b), List.of(), b)).isEmpty();
        assertThat(judge(RuleBuild.compile(List.of(), b, cache).engine(), plan)).extracting(Finding::message)
                .containsExactly("B: Phase 1");

        // a corrupted payload (one byte) fails its checksum; a truncated entry does not read
        byte[] bytes = Files.readAllBytes(entryOfA);
        bytes[bytes.length - 100] ^= 0x5a;
        Files.write(entryOfA, bytes);
        assertThat(cache.read(cache.key(List.of(), a), List.of(), a)).isEmpty();
        Files.write(entryOfA, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(cache.read(cache.key(List.of(), a), List.of(), a)).isEmpty();
        assertThat(judge(RuleBuild.compile(List.of(), a, cache).engine(), plan)).extracting(Finding::message)
                .containsExactly("A: Phase 1");
        assertThat(cache.read(cache.key(List.of(), a), List.of(), a)).as("written again").isPresent();

        // garbage does not read either
        Files.writeString(entryOfA, "not a rule pack");
        assertThat(cache.read(cache.key(List.of(), a), List.of(), a)).isEmpty();
    }

    @Test
    void theKeyCoversTheCodeTheRulesWereCompiledAgainst() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        List<RuleSource> a = List.of(new RuleSource("mine.drl", ownRule("Mine", "A:")));

        assertThat(RulePackCache.code()).hasSize(64).isEqualTo(RulePackCache.code());
        assertThat(cache.key(List.of(), a)).hasSize(64).isEqualTo(new RulePackCache(folder.resolve("other")).key(List.of(), a))
                .isEqualTo(RulePackCache.key(RulePackCache.code(), List.of(), a));
        assertThat(RulePackCache.key("other code", List.of(), a)).isNotEqualTo(cache.key(List.of(), a));

        // the code: a build folder by every file's contents, a jar by its size and time
        Path classes = Files.createDirectories(folder.resolve("classes/io/gigawatt"));
        Files.writeString(classes.resolve("PhasePlan.class"), "one");
        Path jar = folder.resolve("drools.jar");
        Files.writeString(jar, "jar");
        List<Path> places = List.of(folder.resolve("classes"), jar);
        String before = CacheFolder.fingerprint(places);
        assertThat(CacheFolder.fingerprint(places)).isEqualTo(before);
        Files.writeString(classes.resolve("PhasePlan.class"), "two");
        String recompiled = CacheFolder.fingerprint(places);
        assertThat(recompiled).isNotEqualTo(before);
        Files.writeString(classes.resolve("Finding.class"), "new");
        assertThat(CacheFolder.fingerprint(places)).isNotEqualTo(recompiled);
        String withNewClass = CacheFolder.fingerprint(places);
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1000));
        assertThat(CacheFolder.fingerprint(places)).as("a rebuilt jar").isNotEqualTo(withNewClass);
    }

    @Test
    void aBuildWithErrorsIsNotCached() {
        RulePackCache cache = new RulePackCache(folder);
        RuleBuild broken = RuleBuild.compile(List.of(), List.of(new RuleSource("broken.drl", "rule \"Broken\" when then")), cache);

        assertThat(broken.hasErrors()).isTrue();
        assertThat(cache.entries()).isEmpty();
    }

    @Test
    void theRulesModuleCompilesTheDefaultPackOnceIntoTheFolderItIsGiven() {
        Injector injector = Guice.createInjector(new RulesModule(folder));

        assertThat(injector.getInstance(RuleEngine.class)).isSameAs(injector.getInstance(RuleEngine.class));
        assertThat(new RulePackCache(folder).entries()).hasSize(1);
        assertThat(Guice.createInjector(new RulesModule()).getInstance(Key.get(new TypeLiteral<Optional<RulePackCache>>() { })))
                .as("no folder, no cache").isEmpty();
    }

    @Test
    void aConsequenceThatThrowsIsLocatedTheSameFromTheCache() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        String divides = """
                package planner.own;

                import io.gigawatt.planner.plan.PhasePlan;

                rule "Divides by nothing"
                    @family(grid) @severity(INFO) @doc("Throws.")
                when
                    $p : PhasePlan()
                then
                    int zero = 0;
                    System.out.println(1 / zero);
                end
                """;
        List<RuleSource> planners = List.of(new RuleSource("divides.drl", divides));
        CampusPlan plan = new Planner().plan(scenario().load());
        RuleEngine compiled = RuleBuild.compile(List.of(), planners, cache).engine();
        RuleEngine cached = RuleBuild.compile(List.of(), planners, cache).engine();

        RuleConsequenceException fresh = catchThrowableOfType(RuleConsequenceException.class,
                () -> compiled.evaluate(plan, PolicyReader.defaultPolicy()));
        RuleConsequenceException again = catchThrowableOfType(RuleConsequenceException.class,
                () -> cached.evaluate(plan, PolicyReader.defaultPolicy()));

        assertThat(fresh.getMessage()).contains("divides.drl:11");
        assertThat(again.getMessage()).isEqualTo(fresh.getMessage());
    }

    @Test
    void onlyTheMostRecentEntriesAreKept() throws Exception {
        RulePackCache cache = new RulePackCache(folder);
        RuleBuild.compile(List.of(), List.of(new RuleSource("mine.drl", ownRule("Mine", "A:"))), cache);
        Path entry = cache.entries().get(0);
        for (int i = 0; i < RulePackCache.KEPT + 3; i++) {
            Files.copy(entry, folder.resolve("old-" + i + ".pack"), StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(folder.resolve("old-" + i + ".pack"),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        RuleBuild.compile(List.of(), List.of(new RuleSource("mine.drl", ownRule("Mine", "B:"))), cache);

        assertThat(cache.entries()).hasSize(RulePackCache.KEPT).contains(entry)
                .doesNotContain(folder.resolve("old-0.pack"));
    }
}
