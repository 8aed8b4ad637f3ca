package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The default pack as a catalogue: every rule carries {@code @family}, {@code @severity} and {@code @doc}, sits in
 * the file of its family, and has a test that makes it fire and (where it has a threshold) a near-miss that must not.
 * A rule added to the pack without those tests fails here.
 */
class DefaultPackTest {

    /** The pack as a planner reads it: name, family, severity. */
    private static final Map<String, String> CATALOGUE = new LinkedHashMap<>();

    static {
        CATALOGUE.put("Grid share of a phase", "grid INFO");
        CATALOGUE.put("Grid share below the policy minimum", "grid WARNING");
        CATALOGUE.put("Generators carry the gap", "generation INFO");
        CATALOGUE.put("Generator fleet above the air-permit unit cap", "generation ERROR");
        CATALOGUE.put("Generator fleet above the air-permit capacity cap", "generation ERROR");
        CATALOGUE.put("Batteries for swings and trips", "storage INFO");
        CATALOGUE.put("Cooling for a phase", "cooling INFO");
        CATALOGUE.put("Cooling beyond the rental market", "cooling ERROR");
        CATALOGUE.put("Cooling takes a large share of the rental market", "cooling WARNING");
        CATALOGUE.put("Target within its power budget", "targets INFO");
        CATALOGUE.put("Target power budget too small for its GPUs", "targets ERROR");
    }

    /**
     * Rules whose condition is only that a phase exists ({@code PhasePlan()}, {@code PhasePlan( $c : cooling )}):
     * there is no threshold to miss, so their tests check instead that they speak once per phase and not about targets.
     */
    private static final Set<String> WITHOUT_THRESHOLD = Set.of("Grid share of a phase", "Cooling for a phase");

    private static final Pattern RULE_NAME = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"", Pattern.MULTILINE);

    private static KieBase pack;

    @BeforeAll
    static void compileDefaultPack() {
        // RuleEngine keeps its KieBase to itself; build one the same way to read the rules' metadata.
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId releaseId = services.newReleaseId("io.gigawatt.planner.test", "default-pack", "1.0.0");
        files.generateAndWritePomXML(releaseId);
        for (RuleSource source : DefaultPack.sources()) {
            files.write("src/main/resources/" + source.name(), source.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        assertThat(builder.getResults().getMessages(Message.Level.ERROR)).isEmpty();
        pack = services.newKieContainer(releaseId).getKieBase();
    }

    /** Rule name -> family, the family being the name of the file the rule is written in (grid.drl -> grid). */
    private static Map<String, String> rulesByFileFamily() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RuleSource source : DefaultPack.sources()) {
            String file = source.name().substring(source.name().lastIndexOf('/') + 1);
            Matcher matcher = RULE_NAME.matcher(source.text());
            while (matcher.find()) {
                String previous = rules.put(matcher.group(1), file.replace(".drl", ""));
                assertThat(previous).as("rule '%s' is defined twice", matcher.group(1)).isNull();
            }
        }
        return rules;
    }

    private static List<Rule> compiledRules() {
        List<Rule> rules = new ArrayList<>();
        for (KiePackage kiePackage : pack.getKiePackages()) {
            rules.addAll(kiePackage.getRules());
        }
        return rules;
    }

    @Test
    void theRuleFilesDefineTheElevenCataloguedRules() {
        assertThat(rulesByFileFamily().keySet()).containsExactlyInAnyOrderElementsOf(CATALOGUE.keySet());
        assertThat(compiledRules()).extracting(Rule::getName)
                .containsExactlyInAnyOrderElementsOf(rulesByFileFamily().keySet());
    }

    @Test
    void everyRuleHasFamilySeverityAndDocMetadata() {
        Map<String, String> fileFamilies = rulesByFileFamily();
        List<Rule> rules = compiledRules();
        assertThat(rules).hasSize(CATALOGUE.size());
        for (Rule rule : rules) {
            assertThat(rule.getMetaData()).as("metadata of '%s'", rule.getName())
                    .containsKeys("family", "severity", "doc");
            String family = RuleMetadata.family(rule);
            Severity severity = RuleMetadata.severity(rule);
            assertThat(family).as("@family of '%s'", rule.getName())
                    .isIn(DefaultPack.FAMILIES)
                    .isEqualTo(fileFamilies.get(rule.getName()));
            assertThat(family + " " + severity).as("family and severity of '%s'", rule.getName())
                    .isEqualTo(CATALOGUE.get(rule.getName()));
            assertThat(RuleMetadata.doc(rule)).as("@doc of '%s'", rule.getName())
                    .isNotBlank()
                    .endsWith(".")
                    .doesNotStartWith("\"");
        }
    }

    @Test
    void everyRuleHasAFiringTestAndANearMiss() throws Exception {
        Set<String> fired = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        for (Class<?> testClass : testClasses()) {
            for (Method method : testClass.getDeclaredMethods()) {
                Fires fires = method.getAnnotation(Fires.class);
                NearMiss nearMiss = method.getAnnotation(NearMiss.class);
                if (fires != null) {
                    fired.addAll(Arrays.asList(fires.value()));
                }
                if (nearMiss != null) {
                    missed.addAll(Arrays.asList(nearMiss.value()));
                }
            }
        }
        Set<String> pack = rulesByFileFamily().keySet();
        Set<String> withThreshold = pack.stream().filter(r -> !WITHOUT_THRESHOLD.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(fired).as("rules with a @Fires test").containsAll(pack);
        assertThat(missed).as("rules with a @NearMiss test").containsAll(withThreshold);
        assertThat(missed).as("rules without a threshold have no near-miss").doesNotContainAnyElementsOf(WITHOUT_THRESHOLD);
        assertThat(pack).as("rules named in the tests").containsAll(fired).containsAll(missed)
                .containsAll(WITHOUT_THRESHOLD);
    }

    /** The compiled test classes of this package, found beside this one. */
    private static List<Class<?>> testClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(DefaultPackTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packageName = DefaultPackTest.class.getPackageName();
        Path folder = root.resolve(packageName.replace('.', '/'));
        if (!Files.isDirectory(folder)) {
            fail("expected the test classes in a folder, found " + root);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simpleName = file.getFileName().toString().replace(".class", "");
                classes.add(Class.forName(packageName + "." + simpleName, false, DefaultPackTest.class.getClassLoader()));
            }
        }
        assertThat(classes).contains(GridRulesTest.class, CoolingRulesTest.class);
        return classes;
    }
}
