package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.guice.ScenarioScoped;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.siting.SiteComparison;
import io.gigawatt.planner.rules.siting.SiteEvaluation;
import io.gigawatt.planner.rules.siting.SiteEvaluator;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a siting scenario works on: the build plan, the candidate sites chosen from the example's site file (each
 * perhaps changed), and the comparison the planner made of them.
 */
@ScenarioScoped
public final class SitingWorld {

    static final Path PLAN = Path.of("..", "examples", "colossus-plan.yaml");
    static final Path SITES = Path.of("..", "examples", "colossus-sites.yaml");

    private static final Pattern DATE = Pattern.compile("- date: (\\d{4}-\\d{2}-\\d{2})");
    /** A candidate's grid section: from "    grid:" to the next key of the candidate. */
    private static final Pattern GRID = Pattern.compile("(?ms)^    grid:[^\\n]*\\n.*?(?=^    \\S|\\z)");

    private final SiteEvaluator evaluator;

    private String plan;
    private String header;
    /** Each candidate's text in the site file, from its "  - name:" line, by name in file order. */
    private final Map<String, String> candidates = new LinkedHashMap<>();
    private final List<String> changes = new ArrayList<>();
    private SiteComparison comparison;

    @Inject
    public SitingWorld(SiteEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    void startFrom(Path planFile) throws IOException {
        plan = Files.readString(planFile, StandardCharsets.UTF_8);
    }

    /** Keeps only the named candidates of the example's site file, in the order named. */
    void chooseSites(List<String> names) throws IOException {
        String text = Files.readString(SITES, StandardCharsets.UTF_8);
        int first = text.indexOf("  - name: ");
        header = text.substring(0, first);
        Map<String, String> all = new LinkedHashMap<>();
        for (String block : text.substring(first).split("(?m)(?=^  - name: )")) {
            String name = block.substring("  - name: ".length(), block.indexOf('\n')).strip();
            all.put(name, block.endsWith("\n") ? block : block + "\n");
        }
        for (String name : names) {
            assertThat(all).as("candidate sites of %s", SITES).containsKey(name);
            candidates.put(name, all.get(name));
        }
    }

    /** Changes one candidate's text; {@code description} names the change in error messages. */
    void change(String site, String description, UnaryOperator<String> edit) {
        assertThat(candidates).as("the chosen sites").containsKey(site);
        assertThat(comparison).as("changes come before the sites are compared").isNull();
        String before = candidates.get(site);
        String after = edit.apply(before);
        assertThat(after).as("%s at %s changes the site file", description, site).isNotEqualTo(before);
        candidates.put(site, after);
        changes.add(description);
    }

    /** The candidate's grid tranches {@code months} later, the power already on site unchanged. */
    static String gridLater(String candidate, int months) {
        Matcher grid = GRID.matcher(candidate);
        assertThat(grid.find()).as("a grid section in%n%s", candidate).isTrue();
        String shifted = DATE.matcher(grid.group())
                .replaceAll(m -> "- date: " + LocalDate.parse(m.group(1)).plusMonths(months));
        return candidate.substring(0, grid.start()) + shifted + candidate.substring(grid.end());
    }

    void compare() throws InputException {
        assertThat(candidates).as("candidate sites (a Given that names them)").isNotEmpty();
        comparison = evaluator.compare(PLAN.toString(), plan,
                SITES + (changes.isEmpty() ? "" : " with " + String.join(", ", changes)),
                header + String.join("", candidates.values()), null);
    }

    SiteComparison comparison() {
        assertThat(comparison).as("a comparison (the scenario needs a When that compares the sites)").isNotNull();
        return comparison;
    }

    SiteEvaluation at(String site) {
        assertThat(comparison().order()).as("the compared sites").contains(site);
        return comparison().at(site);
    }
}
