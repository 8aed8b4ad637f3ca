package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code planner compare A B} of two scenarios that differ in a price: the price, and what it changes in cost. */
class CompareCostsTest {

    private static final String COLOSSUS = "../examples/colossus.yaml";

    /** Colossus paying 6 a MMBtu for gas, every day, and renting its turbines dearer. */
    private static Path dearer(Path dir) throws IOException {
        String text = Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8);
        Path file = dir.resolve("dearer.yaml");
        Files.writeString(file, text.replace("gasPerMmbtu: {low: 2.7, likely: 4.0, high: 5.5}", "gasPerMmbtu: 6")
                + "catalogue:\n  generators:\n    smt-130:\n      rentPerMonth: 1000000\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void theCostsThatAPriceChangesAreListedWithTheirChange(@TempDir Path dir) throws IOException {
        Path dearer = dearer(dir);

        CliRun text = CliRun.of("compare", COLOSSUS, dearer.toString());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", COLOSSUS, dearer.toString(), "--format",
                "json").out());

        assertThat(text.exitCode()).isZero();
        assertThat(text.out())
                .contains("  economics, gas per MMBtu (low / likely / high): 2.7 / 4 / 5.5 -> 6 / 6 / 6\n")
                .contains("$825,000 a month to rent, upkeep $15/kW-year + $11/MWh, 25 years -> $1,300/kW + $300/kW to"
                        + " install, $1 M a month to rent")
                .contains("Costs, present values at the build start, in USD\n  campus, supply: $1.2 bn -> $1.26 bn"
                        + " (+$67.3 M)\n");
        assertThat(json.get("a").get("currency").asText()).isEqualTo("USD");
        List<String> rows = new ArrayList<>();
        for (JsonNode cost : json.get("costs")) {
            rows.add(cost.get("subject").asText() + " " + cost.get("what").asText());
            assertThat(cost.get("change").decimalValue()).as(cost.toString())
                    .isEqualByComparingTo(cost.get("b").decimalValue().subtract(cost.get("a").decimalValue()))
                    .isPositive();
        }
        // the waiting GPUs cost what they did: dearer fuel and rent change no date
        assertThat(rows).containsExactly("campus supply", "campus total", "Colossus 1 supply", "Doubling supply");
        // the phases' changes make the campus's, each rounded to the cent
        JsonNode costs = json.get("costs");
        assertThat(costs.get(2).get("change").decimalValue().add(costs.get(3).get("change").decimalValue()))
                .isCloseTo(costs.get(0).get("change").decimalValue(), within(new BigDecimal("0.02")));
    }

    @Test
    void thePageShowsTheCostsOfTheJson(@TempDir Path dir) throws IOException {
        Path dearer = dearer(dir);

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(CliRun.of("compare", COLOSSUS, dearer.toString(),
                "--format", "html").out());
        JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", COLOSSUS, dearer.toString(), "--format",
                "json").out());

        var figures = page.select("[data-json^=/costs/]");
        assertThat(figures).hasSize(3 * json.get("costs").size());
        for (var figure : figures) {
            assertThat(new BigDecimal(figure.attr("data-value"))).as(figure.attr("data-json"))
                    .isEqualByComparingTo(json.at(figure.attr("data-json")).decimalValue());
        }
        assertThat(page.text()).contains("campus supply $1.2 bn $1.26 bn $67.3 M");
    }

    @Test
    void aPlanThatWaitsLongerShowsWhatTheWaitCosts(@TempDir Path dir) throws IOException {
        Path late = dir.resolve("late-substation.yaml");
        Files.writeString(late, Files.readString(Path.of(COLOSSUS), StandardCharsets.UTF_8)
                .replace("- date: 2026-08-15", "- date: 2026-11-15"), StandardCharsets.UTF_8);

        JsonNode json = new ObjectMapper().readTree(CliRun.of("compare", COLOSSUS, late.toString(), "--format",
                "json").out());

        assertThat(json.get("costs")).anySatisfy(cost -> {
            assertThat(cost.get("subject").asText() + " " + cost.get("what").asText()).isEqualTo("Doubling waiting");
            assertThat(cost.get("change").decimalValue()).isPositive();
        });
    }
}
