package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.RuleSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The living documentation keeps up with the rule pack: every default rule family has a scenario that names one of
 * its rules, and every feature is written for stakeholders (tags to filter by, a description under its title,
 * {@code Rule:} blocks that hold its scenarios).
 */
class RuleFamiliesCoveredTest {

    private static final Path FEATURES = Path.of("src", "test", "resources", "features");

    private static Map<String, String> features;
    private static List<Rule> rules;

    private record Rule(String name, String family) {
    }

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(FEATURES)) {
            features = files.filter(f -> f.toString().endsWith(".feature")).sorted()
                    .collect(Collectors.toMap(f -> FEATURES.relativize(f).toString(), RuleFamiliesCoveredTest::text,
                            (a, b) -> a, java.util.LinkedHashMap::new));
        }
        rules = new ArrayList<>();
        // Read from the rule files as written (each rule's name, then its @family), without compiling the pack.
        Pattern rule = Pattern.compile("(?m)^rule \"([^\"]+)\"(?:(?!\nrule )[\\s\\S])*?@family\\(([a-z]+)\\)");
        for (RuleSource source : DefaultPack.sources()) {
            Matcher m = rule.matcher(source.text());
            while (m.find()) {
                rules.add(new Rule(m.group(1), m.group(2)));
            }
        }
    }

    @Test
    void everyDefaultRuleFamilyHasAScenarioThatNamesOneOfItsRules() {
        List<String> uncovered = new ArrayList<>();
        for (String family : DefaultPack.FAMILIES) {
            List<String> names = rules.stream().filter(r -> family.equals(r.family())).map(Rule::name).toList();
            assertThat(names).as("rules of the %s family", family).isNotEmpty();
            boolean named = features.values().stream().anyMatch(text -> names.stream()
                    .anyMatch(name -> text.contains("\"" + name + "\"")));
            if (!named) {
                uncovered.add(family + " (rules: " + String.join(", ", names) + ")");
            }
        }
        assertThat(uncovered).as("families without a Cucumber scenario naming one of their rules").isEmpty();
    }

    @Test
    void everyFeatureHasADescriptionAndKeepsItsScenariosInRuleBlocks() {
        assertThat(features).hasSizeGreaterThanOrEqualTo(DefaultPack.FAMILIES.size());
        assertThat(rules).extracting(Rule::family).containsAll(DefaultPack.FAMILIES);
        features.forEach((file, text) -> {
            List<String> all = text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            assertThat(all.get(0)).as("%s: tagged with its rule family, for readers to filter by", file).startsWith("@");
            List<String> lines = all.stream().dropWhile(l -> l.startsWith("@")).toList();
            assertThat(lines.get(0)).as(file).startsWith("Feature: ");
            assertThat(lines.get(1)).as("%s: a description for readers under the title", file)
                    .doesNotStartWith("Rule:").doesNotStartWith("Scenario").doesNotStartWith("Background:");
            int firstRule = indexOf(lines, "Rule: ");
            int firstScenario = indexOf(lines, "Scenario");
            assertThat(firstRule).as("%s has Rule: blocks", file).isPositive();
            assertThat(firstScenario).as("%s: scenarios sit inside Rule: blocks", file).isGreaterThan(firstRule);
        });
    }

    private static int indexOf(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
