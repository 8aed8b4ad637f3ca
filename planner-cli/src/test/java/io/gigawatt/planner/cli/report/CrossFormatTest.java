package io.gigawatt.planner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gigawatt.planner.cli.Format;
import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Cell;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.report.html.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text, Markdown, JSON and HTML come from one report model: the same figures, written the same way, in each. */
class CrossFormatTest {

    private final Report report = ColossusReport.report();
    private final JsonNode json = ColossusReport.json(report);
    private final String text = Format.TEXT.render(report);
    private final String markdown = Format.MD.render(report);
    private final Document html = Jsoup.parse(Format.HTML.render(report));

    @Test
    void everySupplyRowOfTheTablesIsTheJsonSeriesDay() {
        List<SupplySeries.Day> rows = report.series().tableRows();
        assertThat(rows).extracting(SupplySeries.Day::date).contains("2024-05-03", "2024-08-01", "2024-09-02",
                "2024-10-01", "2024-12-01");
        for (SupplySeries.Day row : rows) {
            JsonNode day = dayOf(row.date());
            String mdRow = "| " + day.get("date").asText() + " | " + day.get("phase").asText() + " | "
                    + ReportWords.count(day.get("gpus").asLong()) + " | " + Unit.MW.words(day.get("itMw").asDouble())
                    + " | " + Unit.MW.words(day.get("facilityMw").asDouble()) + " | "
                    + Unit.MW.words(day.get("gridMw").asDouble()) + " | "
                    + Unit.MW.words(day.get("generatorsMw").asDouble()) + " | "
                    + Unit.MW.words(day.get("batteriesMw").asDouble()) + " | "
                    + ReportWords.percent(day.get("gridShare").isNull() ? null : day.get("gridShare").asDouble()) + " |";
            assertThat(markdown).contains(mdRow);
            assertThat(text).contains(String.format("  %-10s  %-14s %9s %9s %9s %10s %9s %6s%n", day.get("date").asText(),
                    day.get("phase").asText(), ReportWords.count(day.get("gpus").asLong()),
                    Unit.MW.words(day.get("facilityMw").asDouble()), Unit.MW.words(day.get("gridMw").asDouble()),
                    Unit.MW.words(day.get("generatorsMw").asDouble()), Unit.MW.words(day.get("batteriesMw").asDouble()),
                    ReportWords.percent(day.get("gridShare").isNull() ? null : day.get("gridShare").asDouble())));
            assertThat(html.select("#data-supply td:first-child").eachText()).contains(row.date());
        }
    }

    @Test
    void coolingCapacityIsTheSameInEveryFormat() {
        for (int i = 0; i < report.phases().size(); i++) {
            JsonNode cooling = json.at("/phases/" + i + "/cooling");
            String name = json.at("/phases/" + i + "/name").asText();
            String required = Unit.TONS.words(cooling.get("requiredTons").asDouble());
            String rented = Unit.TONS.words(cooling.get("rentedTons").asDouble());
            String share = ReportWords.percent(cooling.get("marketShare").asDouble());
            assertThat(text).contains(String.format("  %-12s required %s; rented %s", name, required, rented));
            assertThat(markdown).contains("| " + name + " | " + required + " | " + rented + " | 0 tons | ");
            assertThat(html.select("#data-cooling tr").get(i + 1).text()).contains(name, required, rented, share);
        }
        assertThat(json.at("/phases/1/cooling/rentalMarketTons").asDouble()).isEqualTo(172_800);
    }

    @Test
    void theScaleIsTheSameSentenceInEveryFormat() {
        Scale scale = report.scale();
        assertThat(json.at("/scale/brains").asLong()).isEqualTo(17_735_250);
        assertThat(json.at("/scale/facilityMw").asDouble()).isEqualTo(json.at("/phases/1/facilityMw").asDouble());
        assertThat(json.at("/scale/targets/0/brains").asLong()).isEqualTo(60_000_000);
        for (String sentence : List.of(ReportWords.brains(scale), ReportWords.day(scale), ReportWords.training(scale),
                ReportWords.target(scale.targets().get(0)))) {
            assertThat(text).contains(sentence);
            assertThat(markdown).contains(sentence);
            assertThat(html.getElementById("scale").text()).containsIgnoringCase(sentence);
        }
    }

    @Test
    void phaseFiguresAreTheSameInEveryFormat() {
        for (int i = 0; i < report.phases().size(); i++) {
            JsonNode p = json.at("/phases/" + i);
            String facility = Unit.MW.words(p.get("facilityMw").asDouble());
            String share = ReportWords.percent(p.get("gridShare").asDouble());
            assertThat(text).contains("facility " + facility).contains(share + " of facility power");
            assertThat(markdown).contains("| " + facility + " |").contains("| " + share + " |");
            assertThat(html.select("#phases tbody tr").get(i).text()).contains(facility, share,
                    ReportWords.count(p.get("gpuCount").asLong()));
        }
    }

    @Test
    void colossusCarriesItsSimulatedSwingInEveryFormat() {
        // Two minutes of Colossus 1 at the workload's 100 ms steps.
        assertThat(json.at("/swingTrace/phase").asText()).isEqualTo("Colossus 1");
        assertThat(json.at("/swingTrace/points")).hasSize(1200);
        assertThat(text).doesNotContain("no swing simulation in this scenario");
        assertThat(markdown).contains("## Power swing").doesNotContain("No swing simulation in this scenario.");
        assertThat(html.getElementById("chart-swing")).isNotNull();
    }

    @Test
    void aSwingTraceIsSummedUpAlikeInEveryFormat() {
        SwingTrace trace = new SwingTrace("Colossus 1", "square wave", IntStream.range(0, 40).mapToObj(i ->
                new SwingTrace.Point(i * 0.1, i % 20 < 10 ? 160 : 89, 125 + i % 3, i % 20 < 10 ? 0.45 : 0.55)).toList());
        Report swung = ColossusReport.withSwing(report, trace);
        JsonNode points = ColossusReport.json(swung).at("/swingTrace/points");
        assertThat(points).hasSize(40);
        assertThat(points.get(0).get("beforeMw").asDouble()).isEqualTo(160);
        assertThat(Format.TEXT.render(swung)).contains("Swing: Colossus 1, 40 points over 3.9 s",
                "before       89 MW to 160 MW (swing 71 MW)", "after        125 MW to 127 MW (swing 2 MW)",
                "battery      state of charge 45% to 55%");
        assertThat(Format.MD.render(swung)).contains("| before mitigation | 89 MW | 160 MW | 71 MW |",
                "| battery state of charge | 45% | 55% |  |");
        assertThat(Jsoup.parse(Format.HTML.render(swung)).select("#data-swing tr").eachText())
                .contains("before mitigation 89 MW 160 MW 71 MW", "after mitigation 125 MW 127 MW 2 MW");
    }

    @Test
    void aSectionABuilderAddsIsWrittenByEveryFormat() throws Exception {
        io.gigawatt.planner.cli.document.Document document = ReportDocument.build(report);
        List<Section> sections = new ArrayList<>(document.sections());
        sections.add(new Section().json("contacts", List.of("site lead")).add(new Block.Heading(2, "Contacts"))
                .add(new Block.Table(List.of("role", "name"), List.of(Cell.texts("site lead", "A. Planner")))));
        var more = new io.gigawatt.planner.cli.document.Document(document.title(), sections);

        assertThat(Format.TEXT.write(more)).contains("\nContacts\n  role       name\n  site lead  A. Planner\n");
        assertThat(Format.MD.write(more)).contains("## Contacts\n\n| role | name |\n|---|---|\n| site lead | A. Planner |");
        assertThat(new ObjectMapper().readTree(Format.JSON.write(more)).at("/contacts/0").asText())
                .isEqualTo("site lead");
        Element heading = Jsoup.parse(HtmlRenderer.render(report, more)).selectFirst("h2:containsOwn(Contacts)");
        assertThat(heading.nextElementSibling().select("td").eachText()).containsExactly("site lead", "A. Planner");
    }

    private JsonNode dayOf(String date) {
        for (JsonNode day : json.at("/series/days")) {
            if (day.get("date").asText().equals(date)) {
                return day;
            }
        }
        throw new AssertionError("no day " + date + " in the JSON series");
    }
}
