package io.gigawatt.planner.rules.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.DefaultPack;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleSource;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/planners/writing-rules.md cannot drift: its fact model and threshold tables are generated from the
 * classes, its worked example is the example files word for word, and that example works on Colossus.
 */
class WritingRulesGuideTest {

    private static final Path DOCS = Path.of("../docs/planners");
    private static final Path GUIDE = DOCS.resolve("writing-rules.md");
    private static final Path WATER_RULE = DOCS.resolve("examples/water-rules/water.dslr");
    private static final Path WATER_POLICY = DOCS.resolve("examples/water-policy.yaml");

    @Test
    void theFactModelAndThresholdTablesAreGeneratedFromTheCode() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        String expected = withBlock(withBlock(guide, "facts", FactModelMarkdown.facts()), "thresholds",
                FactModelMarkdown.thresholds());
        if (Boolean.getBoolean("gigawatt.updateDocs")) {
            Files.writeString(GUIDE, expected, StandardCharsets.UTF_8);
        }
        assertThat(guide).as("the guide's generated blocks; regenerate with -Dgigawatt.updateDocs=true")
                .isEqualTo(expected);
    }

    @Test
    void theWorkedExampleIsTheExampleFilesWordForWord() throws IOException {
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);

        assertThat(guide).contains(Files.readString(WATER_RULE, StandardCharsets.UTF_8));
        assertThat(guide).contains(Files.readString(WATER_POLICY, StandardCharsets.UTF_8));
    }

    @Test
    void thePlannersOwnRuleFromTheGuideWorksOnColossus() throws Exception {
        List<RuleSource> sources = new ArrayList<>(DefaultPack.sources());
        sources.add(new RuleSource(WATER_RULE.toString(), Files.readString(WATER_RULE, StandardCharsets.UTF_8)));
        RuleEngine rules = RuleEngine.compile(sources);
        var scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml"));

        Evaluation evaluation = rules.evaluate(new Planner().plan(scenario), PolicyReader.read(WATER_POLICY));

        List<Finding> water = evaluation.findings().stream()
                .filter(f -> f.rule().equals("Daily water use above the permit")).toList();
        assertThat(water).extracting(Finding::subject).containsExactly("Colossus 1", "Doubling");
        Finding first = water.get(0);
        assertThat(first.family()).isEqualTo("water");
        assertThat(first.severity()).isEqualTo(Severity.WARNING);
        // 136.425 MW of heat x 24 h x 1.8 L/kWh = 5,893,560 L = 5,893.56 m3 a day.
        assertThat(first.message()).isEqualTo("Colossus 1 rejects 136 MW of heat, which evaporates about 5,894 m3 "
                + "of water a day; the permit allows 3,785 m3.");
        assertThat(first.numbers().get("waterM3PerDay")).isCloseTo(5893.56, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(first.recommendation()).isEqualTo("closed-loop air-cooled chillers use about 0.2 L/kWh: 655 m3 a day");
    }

    /** {@code text} with the block between the markers named {@code name} replaced by {@code content}. */
    private static String withBlock(String text, String name, String content) {
        String start = "<!-- generated:" + name;
        String end = "<!-- end:" + name + " -->";
        int from = text.indexOf('\n', text.indexOf(start)) + 1;
        int to = text.indexOf(end);
        assertThat(text.indexOf(start)).as("the guide's %s block", name).isNotNegative();
        return text.substring(0, from) + content + text.substring(to);
    }
}
