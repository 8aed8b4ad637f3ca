package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules written in the planners' vocabulary (.dslr): what they find, and where their mistakes are pointed at. */
class VocabularyTest {

    private static final Path EXAMPLE = Path.of("../docs/planners/examples/vocabulary-rules/generators.dslr");
    private static final String RULE = "Phase carried mostly by generators";

    private static RuleSource example() throws Exception {
        return new RuleSource("generators.dslr", Files.readString(EXAMPLE, StandardCharsets.UTF_8));
    }

    private static RuleSource edited(String from, String to) throws Exception {
        RuleSource example = example();
        assertThat(example.text()).contains(from);
        return new RuleSource(example.name(), example.text().replace(from, to));
    }

    @Test
    void theGuidesRuleInTheVocabularyFindsWhatItSays() throws Exception {
        RuleBuild build = RuleBuild.compile(DefaultPack.sources(), List.of(example()));
        assertThat(build.problems()).isEmpty();
        assertThat(build.catalogue()).filteredOn(r -> r.name().equals(RULE)).singleElement()
                .satisfies(rule -> assertThat(rule.file()).isEqualTo("generators.dslr"));

        // 100 MW facility: 21 MW of grid is above the 20% minimum; with 2 MW, 98 MW on site take more than 5 units
        Evaluation enoughGrid = evaluate(build.engine(), scenario().gridMw(21));
        Evaluation little = evaluate(build.engine(), scenario().gridMw(2));

        assertThat(findingsOf(enoughGrid, RULE)).isEmpty();
        assertThat(findingsOf(little, RULE)).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("Phase 1 gets only 2% of its 100 MW from the grid; ");
            assertThat(finding.recommendation()).startsWith("secure more firm grid by ");
            assertThat(finding.numbers()).containsKeys("gridShare", "facilityMw", "generators");
        });
    }

    @Test
    void theGuideShowsTheExampleWordForWord() throws Exception {
        assertThat(Files.readString(Path.of("../docs/planners/writing-rules.md"), StandardCharsets.UTF_8))
                .contains(example().text());
    }

    @Test
    void aMistakeInAConditionIsPointedAtThePlannersLineAndSentence() throws Exception {
        RuleBuild build = RuleBuild.compile(DefaultPack.sources(),
                List.of(edited("- whose generators.units is above 5", "- whose generators.unit is above 5")));

        assertThat(build.errors()).extracting(RuleProblem::toString).contains("generators.dslr:15:5: rule \"" + RULE
                + "\": unknown field 'unit' of GeneratorFleet");
    }

    @Test
    void aLineNoSentenceMatchesIsAnErrorWithTheNearestSentences() throws Exception {
        RuleBuild build = RuleBuild.compile(DefaultPack.sources(), List.of(edited("    a phase\n", "    a phse\n")));

        assertThat(build.errors()).extracting(RuleProblem::toString).containsExactly(
                "generators.dslr:13:5: \"a phse\" is not a sentence of the vocabulary");
        assertThat(build.errors().get(0).hint()).startsWith("sentences that come near: a phase");
    }

    @Test
    void aPlannersOwnVocabularyAddsSentences() throws Exception {
        RuleSource words = new RuleSource("words.dsl", "[when]- on less than a tenth of grid=gridShare < 0.1\n");
        RuleSource rule = edited("    - whose gridShare is below the minimum\n", "    - on less than a tenth of grid\n");

        RuleBuild build = RuleBuild.compile(DefaultPack.sources(), List.of(rule, words));

        assertThat(build.errors()).isEmpty();
        assertThat(findingsOf(evaluate(build.engine(), scenario().gridMw(2)), RULE)).hasSize(1);
        assertThat(findingsOf(evaluate(build.engine(), scenario().gridMw(11)), RULE)).isEmpty();
    }

    @Test
    void aLineOfAPlannersVocabularyThatIsNoSentenceIsAnError() throws Exception {
        RuleSource words = new RuleSource("words.dsl", "# our words\n[when]- on little grid=gridShare < 0.1\n"
                + "  [wen]- on less grid=gridShare < 0.2\n");

        RuleBuild build = RuleBuild.compile(DefaultPack.sources(), List.of(example(), words));

        assertThat(build.errors()).extracting(RuleProblem::toString).containsExactly("words.dsl:3:3: not a sentence of"
                + " the vocabulary: expected [when]sentence=condition or [then]sentence=action");
    }
}
