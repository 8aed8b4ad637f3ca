package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A reader of the Colossus report learns on its first screen what blocks the plan, before any detail. */
class WhatBlocksThePlanTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";

    /** What a terminal shows before the reader scrolls. */
    private static final int FIRST_SCREEN = 25;

    @Test
    void theTerminalsFirstScreenHasEveryErrorAndTheLongestDelays() {
        CliRun run = CliRun.of("evaluate", COLOSSUS);

        assertThat(run.exitCode()).isEqualTo(3);
        List<String> screen = run.out().lines().limit(FIRST_SCREEN).toList();
        assertThat(screen.get(3)).isEqualTo("What blocks the plan: 3 errors; 3 of 14 warnings: those that put a date"
                + " back furthest, at most 3; the rest are in the details");
        assertThat(screen.subList(4, 10)).extracting(line -> line.substring(0, 11)).containsExactly(
                "  ERROR    ", "  ERROR    ", "  ERROR    ", "  WARNING  ", "  WARNING  ", "  WARNING  ");
        assertThat(screen.get(4)).contains("Doubling needs 429 MW of rated generation")
                .contains("-> raise the permit to 429 MW");
        assertThat(screen.get(6)).startsWith("  ERROR    1.2 GW campus implies 1.2 kW per GPU");
        // the longest wait first, with the date the priced remedy brings and its cost
        assertThat(screen.get(7)).contains("wait 622 days for power or cooling")
                .endsWith("(ready 2025-05-15, costs $318 M at present value)");
        assertThat(screen.get(8)).contains("337 days after its 2027-06-30 date");
        assertThat(screen.get(9)).contains("leans on on-site generation for 165 days");
        assertThat(screen.get(11)).startsWith("Phase 1: Colossus 1");
    }

    @Test
    void jsonSaysWhichFindingsBlockAndWhy() throws IOException {
        JsonNode blocking = new ObjectMapper().readTree(CliRun.of("evaluate", COLOSSUS, "--format", "json").out())
                .get("blocking");

        assertThat(blocking.get("warnings").asInt()).isEqualTo(14);
        assertThat(blocking.get("warningsShown").asInt()).isEqualTo(3);
        assertThat(blocking.get("lines").findValuesAsText("severity"))
                .containsExactly("ERROR", "ERROR", "ERROR", "WARNING", "WARNING", "WARNING");
        assertThat(blocking.get("lines").findValues("delayDays").subList(3, 6)).extracting(JsonNode::asInt)
                .containsExactly(622, 337, 165);
        JsonNode wait = blocking.get("lines").get(3);
        assertThat(wait.get("remedyReady").asText()).isEqualTo("2025-05-15");
        assertThat(wait.get("remedyCost").asDouble()).isEqualTo(318030546.33);
    }

    @Test
    void pagesOpenWithTheBlockersBeforeThePhases() {
        String markdown = CliRun.of("evaluate", COLOSSUS, "--format", "md").out();
        assertThat(markdown.indexOf("## What blocks the plan")).isPositive().isLessThan(markdown.indexOf("## Phases"));
        assertThat(markdown.lines().filter(l -> l.startsWith("| ERROR |")).limit(3))
                .allMatch(l -> markdown.indexOf(l) < markdown.indexOf("## Phases"));

        Element blocking = Jsoup.parse(CliRun.of("evaluate", COLOSSUS, "--format", "html").out())
                .selectFirst("main > section");
        assertThat(blocking.id()).isEqualTo("blocking");
        assertThat(blocking.select("tbody tr").eachText()).hasSize(6).first().asString()
                .startsWith("ERROR Doubling Doubling needs 429 MW");
    }

    @Test
    void withinAFamilyErrorsComeFirstThenWarningsThenNotes() {
        Element page = Jsoup.parse(CliRun.of("evaluate", COLOSSUS, "--format", "html").out()).body();
        for (Element family : page.select("#findings .family")) {
            assertThat(family.select("tr.finding .badge").eachText()).as(family.id()).isSortedAccordingTo(SEVERITY);
        }
        assertThat(page.select("#family-generation tr.finding .badge").eachText()).startsWith("error", "error");

        List<String> rows = CliRun.of("evaluate", COLOSSUS, "--format", "md").out().lines()
                .dropWhile(l -> !l.equals("## Findings")).filter(l -> l.startsWith("| ") && !l.startsWith("| severity"))
                .toList();
        assertThat(rows).hasSize(35);
        List<String> generation = rows.stream().filter(r -> r.contains("| generation |")).map(r -> r.split(" \\| ")[0])
                .toList();
        assertThat(generation).startsWith("| ERROR", "| ERROR").isSortedAccordingTo(SEVERITY);
    }

    /** ERROR, WARNING, INFO in any case and wrapping, as the formats write them. */
    private static final java.util.Comparator<String> SEVERITY = java.util.Comparator.comparingInt(s -> {
        String word = s.replace("|", "").trim().toLowerCase(java.util.Locale.ROOT);
        return word.startsWith("error") ? 0 : word.startsWith("warn") ? 1 : 2;
    });
}
