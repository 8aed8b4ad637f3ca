package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.ThresholdSpec;
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
 * The default pack as a catalogue. Two kinds of rule:
 * <ul>
 *   <li>judgements carry {@code @family}, {@code @severity} and {@code @doc}, sit in the file of their family, and
 *       have a test that makes them fire and (where they have a threshold) a near miss that must not;</li>
 *   <li>derivations ({@code @kind(derivation)}) carry {@code @family} and {@code @doc} but no {@code @severity}: they
 *       insert facts for other rules and make no finding, so no test can see them fire. Each is exercised through the
 *       judgements that read its fact, and those must have a firing test and a near miss.</li>
 * </ul>
 * Every threshold a rule reads must exist in the default policy. A rule added to the pack without all that fails here.
 */
class DefaultPackTest {

    /** The judgements as a planner reads them: name, family, severity. */
    private static final Map<String, String> JUDGEMENTS = new LinkedHashMap<>();

    static {
        JUDGEMENTS.put("Grid share of a phase", "grid INFO");
        JUDGEMENTS.put("Grid share below the policy minimum", "grid WARNING");
        JUDGEMENTS.put("Flexible tranches bring a phase forward", "grid INFO");
        JUDGEMENTS.put("Curtailment of a flexible tranche", "grid INFO");
        JUDGEMENTS.put("Curtailment costs GPU-hours above the policy", "grid WARNING");
        JUDGEMENTS.put("Nothing to ride a curtailment event with", "grid WARNING");
        JUDGEMENTS.put("Curtailment relief assumed above what the workload allows", "grid WARNING");
        JUDGEMENTS.put("Ride-through not declared under the grid code", "grid WARNING");
        JUDGEMENTS.put("Ride-through envelope not in the library", "grid INFO");
        JUDGEMENTS.put("A large load under the jurisdiction's law", "grid INFO");
        JUDGEMENTS.put("Backup generation to disclose under the jurisdiction's law", "grid WARNING");
        JUDGEMENTS.put("Storage by time scale of a phase", "storage INFO");
        JUDGEMENTS.put("An event without the storage that answers it", "storage WARNING");
        JUDGEMENTS.put("Grid draw beyond a filtered range the batteries do not hold", "storage ERROR");
        JUDGEMENTS.put("Generators carry the gap", "generation INFO");
        JUDGEMENTS.put("Generator fleet above the air-permit unit cap", "generation ERROR");
        JUDGEMENTS.put("Generator fleet above the air-permit capacity cap", "generation ERROR");
        JUDGEMENTS.put("Heat derates the generator fleet", "generation WARNING");
        JUDGEMENTS.put("Planned generators without N+k spares", "generation ERROR");
        JUDGEMENTS.put("Batteries for swings and trips", "storage INFO");
        JUDGEMENTS.put("Planned battery power below the largest generator trip", "storage ERROR");
        JUDGEMENTS.put("Planned batteries cannot absorb the training swing", "storage WARNING");
        JUDGEMENTS.put("Power swing of a phase", "storage INFO");
        JUDGEMENTS.put("Swing held within the limits by batteries", "storage INFO");
        JUDGEMENTS.put("Grid draw ramps faster than the utility allows", "storage ERROR");
        JUDGEMENTS.put("Grid draw swings beyond the utility's short-term range", "storage ERROR");
        JUDGEMENTS.put("Swing energy in the utility's critical band", "storage ERROR");
        JUDGEMENTS.put("Generators cannot follow the training swing", "storage ERROR");
        JUDGEMENTS.put("Planned batteries cannot hold the swing limits", "storage ERROR");
        JUDGEMENTS.put("Power floor burns energy", "storage WARNING");
        JUDGEMENTS.put("Cooling for a phase", "cooling INFO");
        JUDGEMENTS.put("Cooling beyond the rental market", "cooling ERROR");
        JUDGEMENTS.put("Cooling takes a large share of the rental market", "cooling WARNING");
        JUDGEMENTS.put("Planned cooling short of heat load plus margin", "cooling ERROR");
        JUDGEMENTS.put("Phase waits for the grid to reach the minimum share", "timeline WARNING");
        JUDGEMENTS.put("No grid tranche reaches the minimum share", "timeline WARNING");
        JUDGEMENTS.put("GPUs arrive before their power", "timeline ERROR");
        JUDGEMENTS.put("Earliest date of a phase", "timeline INFO");
        JUDGEMENTS.put("GPUs wait for power or cooling", "timeline WARNING");
        JUDGEMENTS.put("Phase never ready with the supply given", "timeline ERROR");
        JUDGEMENTS.put("Lead time longer than the time to the phase", "timeline WARNING");
        JUDGEMENTS.put("Rental generators take a large share of the market", "timeline WARNING");
        JUDGEMENTS.put("Target reached by its date", "timeline INFO");
        JUDGEMENTS.put("Target reached after its date", "timeline WARNING");
        JUDGEMENTS.put("No supply closes the target", "timeline WARNING");
        JUDGEMENTS.put("Target within its power budget", "targets INFO");
        JUDGEMENTS.put("Target power budget too small for its GPUs", "targets ERROR");
        JUDGEMENTS.put("Implied power per GPU far from the catalogue's", "targets WARNING");
        JUDGEMENTS.put("Cost of a phase", "economics INFO");
        JUDGEMENTS.put("Cost of waiting GPUs", "economics INFO");
        JUDGEMENTS.put("Waiting costs more than the remedy that ends it sooner", "economics WARNING");
        JUDGEMENTS.put("Rented fleet kept past its break-even with buying", "economics WARNING");
        JUDGEMENTS.put("Fuel is the largest share of a phase's cost", "economics WARNING");
        JUDGEMENTS.put("Cost per MWh far above the grid's", "economics WARNING");
        JUDGEMENTS.put("Site readiness for a phase", "siting INFO");
        JUDGEMENTS.put("Site carries a phase after its date", "siting ERROR");
        JUDGEMENTS.put("Site floor area short of the racks", "siting ERROR");
        JUDGEMENTS.put("Site land short of the on-site supply", "siting ERROR");
        JUDGEMENTS.put("Gas supply short of the turbines' full-load flow", "siting ERROR");
        JUDGEMENTS.put("Water supply short of the cooling's daily use", "siting ERROR");
        JUDGEMENTS.put("Air permit caps below the fleet", "siting ERROR");
        JUDGEMENTS.put("Site heat sinks the generator fleet", "siting WARNING");
    }

    /** The derivations: name and family. */
    private static final Map<String, String> DERIVATIONS = Map.of("Grid shortfall of a phase", "grid");

    /**
     * The judgements that read each derivation's fact: their firing tests and near misses are the derivation's
     * (GridRulesTest, TimelineRulesTest, and the policy's minimumGridShare in PolicyTest).
     */
    private static final Map<String, Set<String>> READERS = Map.of("Grid shortfall of a phase", Set.of(
            "Grid share below the policy minimum",
            "Phase waits for the grid to reach the minimum share",
            "No grid tranche reaches the minimum share"));

    /**
     * Rules whose condition is only that a phase exists ({@code PhasePlan()}, {@code PhasePlan( $c : cooling )},
     * {@code PhaseSiting( $p : phase )}, a {@code PhaseCost} in service):
     * there is no threshold to miss, so their tests check instead that they speak once per phase and not about targets.
     */
    private static final Set<String> WITHOUT_THRESHOLD = Set.of("Grid share of a phase", "Cooling for a phase",
            "Power swing of a phase", "Site readiness for a phase", "Cost of a phase");

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"(.*?)^end\\b",
            Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern CONDITIONS = Pattern.compile("^when\\b(.*?)^then\\b", Pattern.MULTILINE | Pattern.DOTALL);
    private static final Pattern THRESHOLD_READ = Pattern.compile("Threshold\\(\\s*name\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern LOGICAL_INSERT = Pattern.compile("insertLogical\\(\\s*new\\s+(\\w+)\\(");

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

    /** The text of each rule, from {@code rule "name"} to its {@code end}, by name, in file order. */
    private static Map<String, String> ruleTexts() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RuleSource source : DefaultPack.sources()) {
            Matcher matcher = RULE.matcher(source.text());
            while (matcher.find()) {
                String previous = rules.put(matcher.group(1), matcher.group(2));
                assertThat(previous).as("rule '%s' is defined twice", matcher.group(1)).isNull();
            }
        }
        return rules;
    }

    /** The conditions of a rule: its text between {@code when} and {@code then}. */
    private static String conditionsOf(String ruleText) {
        Matcher matcher = CONDITIONS.matcher(ruleText);
        assertThat(matcher.find()).as("a when ... then in %s", ruleText).isTrue();
        return matcher.group(1);
    }

    /** Rule name -> family, the family being the name of the file the rule is written in (grid.drl -> grid). */
    private static Map<String, String> rulesByFileFamily() {
        Map<String, String> rules = new LinkedHashMap<>();
        for (RuleSource source : DefaultPack.sources()) {
            String file = source.name().substring(source.name().lastIndexOf('/') + 1);
            Matcher matcher = RULE.matcher(source.text());
            while (matcher.find()) {
                rules.put(matcher.group(1), file.replace(".drl", ""));
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
    void theRuleFilesDefineTheCataloguedRules() {
        Set<String> catalogued = new TreeSet<>(JUDGEMENTS.keySet());
        catalogued.addAll(DERIVATIONS.keySet());

        assertThat(JUDGEMENTS).hasSize(62);
        assertThat(DERIVATIONS).hasSize(1);
        assertThat(ruleTexts().keySet()).hasSize(63).containsExactlyInAnyOrderElementsOf(catalogued);
        assertThat(compiledRules()).extracting(Rule::getName).containsExactlyInAnyOrderElementsOf(catalogued);
    }

    @Test
    void everyJudgementHasFamilySeverityAndDocMetadata() {
        Map<String, String> fileFamilies = rulesByFileFamily();
        List<Rule> judgements = compiledRules().stream().filter(r -> !RuleMetadata.isDerivation(r)).toList();
        assertThat(judgements).extracting(Rule::getName).containsExactlyInAnyOrderElementsOf(JUDGEMENTS.keySet());
        for (Rule rule : judgements) {
            assertThat(rule.getMetaData()).as("metadata of '%s'", rule.getName())
                    .containsKeys("family", "severity", "doc")
                    .doesNotContainKey("kind");
            String family = RuleMetadata.family(rule);
            Severity severity = RuleMetadata.severity(rule);
            assertThat(family).as("@family of '%s'", rule.getName())
                    .isIn(DefaultPack.FAMILIES)
                    .isEqualTo(fileFamilies.get(rule.getName()));
            assertThat(family + " " + severity).as("family and severity of '%s'", rule.getName())
                    .isEqualTo(JUDGEMENTS.get(rule.getName()));
            assertDoc(rule);
        }
    }

    @Test
    void everyDerivationHasFamilyAndDocButNoSeverity() {
        Map<String, String> fileFamilies = rulesByFileFamily();
        List<Rule> derivations = compiledRules().stream().filter(RuleMetadata::isDerivation).toList();
        assertThat(derivations).extracting(Rule::getName).containsExactlyInAnyOrderElementsOf(DERIVATIONS.keySet());
        for (Rule rule : derivations) {
            assertThat(rule.getMetaData()).as("metadata of '%s'", rule.getName())
                    .containsKeys("kind", "family", "doc")
                    .doesNotContainKey("severity");
            assertThat(RuleMetadata.family(rule)).as("@family of '%s'", rule.getName())
                    .isIn(DefaultPack.FAMILIES)
                    .isEqualTo(fileFamilies.get(rule.getName()))
                    .isEqualTo(DERIVATIONS.get(rule.getName()));
            assertDoc(rule);
        }
    }

    private static void assertDoc(Rule rule) {
        assertThat(RuleMetadata.doc(rule)).as("@doc of '%s'", rule.getName())
                .isNotBlank()
                .endsWith(".")
                .doesNotStartWith("\"");
    }

    @Test
    void aDerivationInsertsItsFactLogicallyAndMakesNoFinding() {
        Map<String, String> texts = ruleTexts();
        for (String derivation : DERIVATIONS.keySet()) {
            String text = texts.get(derivation);
            assertThat(LOGICAL_INSERT.matcher(text).find()).as("insertLogical in '%s'", derivation).isTrue();
            assertThat(text).as("'%s'", derivation).doesNotContain("finding(");
        }
        for (String judgement : JUDGEMENTS.keySet()) {
            assertThat(texts.get(judgement)).as("'%s'", judgement).contains("finding(kcontext").doesNotContain("insertLogical");
        }
    }

    @Test
    void everyJudgementHasAFiringTestAndANearMiss() throws Exception {
        Set<String> fired = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        annotatedRules(fired, missed);
        Set<String> withThreshold = JUDGEMENTS.keySet().stream().filter(r -> !WITHOUT_THRESHOLD.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(fired).as("judgements with a @Fires test").containsAll(JUDGEMENTS.keySet());
        assertThat(missed).as("judgements with a @NearMiss test").containsAll(withThreshold);
        assertThat(missed).as("rules without a threshold have no near-miss").doesNotContainAnyElementsOf(WITHOUT_THRESHOLD);
        assertThat(fired).as("derivations make no finding a test could see")
                .doesNotContainAnyElementsOf(DERIVATIONS.keySet());
        assertThat(missed).as("derivations make no finding a test could miss")
                .doesNotContainAnyElementsOf(DERIVATIONS.keySet());
        assertThat(JUDGEMENTS.keySet()).as("judgements named in the tests").containsAll(fired).containsAll(missed)
                .containsAll(WITHOUT_THRESHOLD);
    }

    /** The judgements that match a derivation's fact are the ones listed as its readers, and all are tested. */
    @Test
    void everyDerivationIsExercisedThroughTheJudgementsThatReadIt() throws Exception {
        Set<String> fired = new TreeSet<>();
        Set<String> missed = new TreeSet<>();
        annotatedRules(fired, missed);
        Map<String, String> texts = ruleTexts();
        for (String derivation : DERIVATIONS.keySet()) {
            Matcher insert = LOGICAL_INSERT.matcher(texts.get(derivation));
            assertThat(insert.find()).isTrue();
            Pattern readsFact = Pattern.compile("\\b" + insert.group(1) + "\\(");
            Set<String> readers = JUDGEMENTS.keySet().stream()
                    .filter(r -> readsFact.matcher(conditionsOf(texts.get(r))).find())
                    .collect(Collectors.toCollection(TreeSet::new));

            assertThat(readers).as("judgements reading the %s that '%s' inserts", insert.group(1), derivation)
                    .containsExactlyInAnyOrderElementsOf(READERS.get(derivation));
            assertThat(fired).as("readers of '%s' with a @Fires test", derivation).containsAll(readers);
            assertThat(missed).as("readers of '%s' with a @NearMiss test", derivation).containsAll(readers);
        }
    }

    @Test
    void everyThresholdARuleReadsIsInTheDefaultPolicy() {
        Set<String> defaults = PolicyReader.defaultThresholds().stream().map(ThresholdSpec::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Set<String>> readsByRule = new LinkedHashMap<>();
        ruleTexts().forEach((rule, text) -> {
            Matcher matcher = THRESHOLD_READ.matcher(conditionsOf(text));
            Set<String> names = new TreeSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            if (!names.isEmpty()) {
                readsByRule.put(rule, names);
            }
        });

        assertThat(readsByRule).as("rules reading a threshold").isNotEmpty();
        readsByRule.forEach((rule, names) -> assertThat(defaults)
                .as("thresholds '%s' reads, against the default policy", rule).containsAll(names));
        assertThat(readsByRule.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .as("default thresholds some rule reads").containsExactlyInAnyOrderElementsOf(defaults);
    }

    /** A planner who reads a rule's @doc learns which policy key moves it. */
    @Test
    void everyRuleThatReadsAThresholdNamesItInItsDoc() {
        Map<String, String> texts = ruleTexts();
        for (Rule rule : compiledRules()) {
            Matcher matcher = THRESHOLD_READ.matcher(conditionsOf(texts.get(rule.getName())));
            while (matcher.find()) {
                assertThat(RuleMetadata.doc(rule)).as("@doc of '%s'", rule.getName()).contains(matcher.group(1));
            }
        }
    }

    private static void annotatedRules(Set<String> fired, Set<String> missed) throws Exception {
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
        assertThat(classes).contains(GridRulesTest.class, CoolingRulesTest.class, TimelineRulesTest.class);
        return classes;
    }
}
