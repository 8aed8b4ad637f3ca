package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.guice.ScenarioScoped;
import io.cucumber.java.Scenario;
import io.cucumber.java.Before;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gigawatt.planner.cli.Format;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.input.InputException;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The reports stakeholders read: the HTML page, held to the JSON report of the same evaluation. */
@ScenarioScoped
public final class ReportSteps {

    /** Pages written by the scenarios, for a look in a browser. */
    private static final Path PAGES = Path.of("target", "feature-reports");

    private final CampusWorld world;
    private String scenarioName;
    private Document page;
    private JsonNode json;

    @Inject
    public ReportSteps(CampusWorld world) {
        this.world = world;
    }

    @Before
    public void remember(Scenario scenario) {
        scenarioName = scenario.getName();
    }

    @When("the planner writes the HTML report")
    public void thePlannerWritesTheHtmlReport() throws InputException, IOException {
        world.evaluate();
        Report report = ReportBuilder.build(world.evaluation());
        String html = Format.HTML.render(report);
        Files.createDirectories(PAGES);
        Files.writeString(PAGES.resolve(scenarioName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".html"),
                html, StandardCharsets.UTF_8);
        page = Jsoup.parse(html);
        json = new ObjectMapper().readTree(Format.JSON.render(report));
    }

    @Then("the page opens with {string}")
    public void thePageOpensWith(String verdict) {
        Element first = page().selectFirst("main > *");
        assertThat(first.id()).isEqualTo("verdict");
        assertThat(first.selectFirst(".big").text()).isEqualTo(verdict);
    }

    @Then("the page groups its findings under {families}")
    public void thePageGroupsItsFindingsUnder(List<String> families) {
        assertThat(page().select("#findings .family h3").eachText().stream().map(t -> t.split(" ")[0]).toList())
                .containsExactlyElementsOf(families);
        assertThat(page().select("#findings tr.finding")).hasSize(json.get("findings").size());
    }

    @Then("the page draws demand against the supply stack, the timeline, cooling and the road to {string}")
    public void thePageDrawsCharts(String target) {
        assertThat(chartWords("chart-supply")).contains("Demand against the supply stack", "grid (firm)",
                "generators (at design ambient)", "batteries (for swings and trips)", "demand (facility power)");
        assertThat(chartWords("chart-timeline")).contains("When each phase is ready, and what holds it");
        assertThat(chartWords("chart-cooling")).contains("Cooling required against rented and owned capacity");
        assertThat(chartWords("chart-road-0")).contains("Road to " + target);
    }

    @Then("the power swing section says {string}")
    public void thePowerSwingSectionSays(String words) {
        assertThat(page().getElementById("swing").text()).contains(words);
    }

    @Then("every figure on the page equals the JSON report's")
    public void everyFigureEqualsTheJsonReports() {
        List<String> wrong = new ArrayList<>();
        for (Element figure : page().select("[data-json]")) {
            JsonNode value = json.at(figure.attr("data-json"));
            boolean same = figure.hasAttr("data-value")
                    ? !value.isMissingNode() && Double.parseDouble(figure.attr("data-value")) == value.asDouble()
                    : figure.text().equals(value.asText());
            if (!same) {
                wrong.add(figure.attr("data-json") + ": page " + figure.text() + ", JSON " + value);
            }
        }
        assertThat(page().select("[data-json]").size()).as("figures tied to the JSON report").isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    @Then("the page shows a grid share of {percent} for {phase}")
    public void thePageShowsAGridShareOf(double share, int phase) {
        Element figure = page().selectFirst("#phases [data-json=/phases/" + (phase - 1) + "/gridShare]");
        assertThat(Double.parseDouble(figure.attr("data-value"))).isCloseTo(share, org.assertj.core.data.Offset.offset(0.0005));
    }

    @Then("the page says {string}")
    public void thePageSays(String words) {
        assertThat(page().text()).contains(words);
    }

    private List<String> chartWords(String id) {
        Element figure = page().getElementById(id);
        assertThat(figure).as("the chart " + id).isNotNull();
        assertThat(figure.selectFirst("svg")).as("the SVG of " + id).isNotNull();
        return figure.select("svg text").eachText();
    }

    private Document page() {
        assertThat(page).as("an HTML report (the scenario needs a When that writes it)").isNotNull();
        return page;
    }
}
