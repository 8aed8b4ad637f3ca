package io.gigawatt.planner.cli.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gigawatt.planner.cli.document.Unit;
import io.gigawatt.planner.cli.report.ColossusReport;
import io.gigawatt.planner.cli.Format;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.SwingTrace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Colossus HTML report, read with jsoup: every section and chart there, every figure equal to the JSON's. */
class HtmlReportTest {

    private static Report report;
    private static String html;
    private static Document page;
    private static JsonNode json;

    @BeforeAll
    static void render() {
        report = ColossusReport.report();
        html = Format.HTML.render(report);
        page = Jsoup.parse(html);
        json = ColossusReport.json(report);
    }

    @Test
    void everySectionIsThereInOrder() {
        List<String> ids = page.select("main > section, main > header").eachAttr("id");
        assertThat(ids).containsExactlyElementsOf(HtmlRenderer.SECTIONS);
        assertThat(page.title()).isEqualTo("Colossus, Memphis: INFEASIBLE");
        assertThat(page.getElementById("verdict").text()).contains("INFEASIBLE 3 errors, 14 warnings, 18 notes")
                .contains("Doubling (2024-12-01): infeasible. 200,000 GPUs draw 355 MW; the grid gives 14.1%;"
                        + " ready on 2026-08-15, 622 days after its GPUs.");
    }

    @Test
    void everyChartIsAnSvgDrawnByTheChartingLibraryWithItsSeries() {
        assertThat(legend("chart-supply")).contains("grid (firm)", "generators (at design ambient)",
                "batteries (for swings and trips)", "demand (facility power)", "grid share", "policy minimum 20%");
        assertThat(legend("chart-timeline")).contains("Colossus 1: GPUs, ready 2024-09-02",
                "Colossus 1: 37 x Tesla Megapack 2 XL, 4-hour (megapack-2xl-4h)",
                "Doubling: waits for grid, idle GPUs $4.48 bn", "Doubling: GPUs, ready 2026-08-15",
                "equipment on site after the phase's date");
        assertThat(legend("chart-costs")).contains("Cost by month: supply, and GPUs waiting for it", "grid",
                "generators", "batteries", "cooling", "GPUs waiting (idle)");
        assertThat(legend("chart-cooling")).contains("required (heat + margin)", "rented", "owned",
                "rentable fleet (estimate)", "Colossus 1 (24.7% of the fleet)", "Doubling (49.4% of the fleet)");
        assertThat(legend("chart-road-0")).contains("Road to 1.2 GW campus", "firm supply", "budget 1.2 GW",
                "target date 2027-06-30", "closes 2028-06-01", "P50 2029-03-27", "P90 2029-11-10",
                "needed at the catalogue's 1.64 kW per GPU: 1.64 GW");
        for (String id : List.of("chart-supply", "chart-timeline", "chart-costs", "chart-cooling", "chart-road-0")) {
            Element svg = page.getElementById(id).selectFirst("svg");
            assertThat(svg.attr("viewBox")).as(id).startsWith("0 0 " + Charts.WIDTH + " ");
            assertThat(svg.select("path, rect").size()).as("shapes drawn in %s", id).isGreaterThan(10);
        }
    }

    @Test
    void svgIdsAreUniqueAcrossThePage() {
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids.stream().filter(id -> ids.indexOf(id) != ids.lastIndexOf(id)).distinct().toList()).isEmpty();
    }

    @Test
    void everyFigureShownIsTheJsonReportsNumberInItsUnit() {
        Elements figures = page.select("[data-json]");
        assertThat(figures.size()).as("figures tied to the JSON").isGreaterThan(200);
        List<String> wrong = new ArrayList<>();
        for (Element figure : figures) {
            String pointer = figure.attr("data-json");
            JsonNode value = json.at(pointer);
            if (value.isMissingNode() || value.isNull()) {
                wrong.add(pointer + ": not in the JSON report");
            } else if (figure.hasAttr("data-value")) {
                double shown = Double.parseDouble(figure.attr("data-value"));
                String words = Unit.valueOf(figure.attr("data-unit").toUpperCase(Locale.ROOT)).words(value.asDouble());
                if (shown != value.asDouble() || !figure.text().equals(words)) {
                    wrong.add(pointer + ": page shows " + figure.text() + " (" + shown + "), JSON has " + value
                            + " (" + words + ")");
                }
            } else if (!figure.text().equals(value.asText())) {
                wrong.add(pointer + ": page shows " + figure.text() + ", JSON has " + value.asText());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyRowOfTheSupplyTableIsADayOfTheJsonSeries() {
        Elements rows = page.select("#data-supply tbody tr");
        assertThat(rows).hasSize(report.series().tableRows().size());
        JsonNode days = json.at("/series/days");
        assertThat(days.size()).isEqualTo(213);
        for (Element row : rows) {
            String pointer = row.selectFirst("[data-json]").attr("data-json");
            JsonNode day = json.at(pointer.substring(0, pointer.lastIndexOf('/')));
            assertThat(row.child(0).text()).isEqualTo(day.get("date").asText());
            assertThat(row.child(1).text()).isEqualTo(day.get("phase").asText());
        }
    }

    @Test
    void findingsAreGroupedByFamilyWithTheirRulesAndNumbers() {
        for (String family : List.of("grid", "generation", "storage", "cooling", "timeline", "targets")) {
            Element group = page.getElementById("family-" + family);
            long inJson = IntStream.range(0, json.get("findings").size())
                    .filter(i -> json.get("findings").get(i).get("family").asText().equals(family)).count();
            assertThat(group).as(family).isNotNull();
            assertThat(group.select("tr.finding")).as(family).hasSize((int) inJson);
        }
        Element permit = page.selectFirst("tr.finding[data-rule=Generator fleet above the air-permit unit cap]");
        assertThat(permit.text()).contains("error", "Doubling needs 26 x smt-130 but the air permit allows 15 units",
                "units 26", "permit cap units 15", "raise the permit to 26 units");
    }

    @Test
    void colossusDrawsTheSwingItsWorkloadSimulates() {
        assertThat(page.getElementById("swing").text()).contains("Training swing of Colossus 1")
                .doesNotContain("No swing simulation in this scenario.");
        assertThat(page.getElementById("chart-swing")).isNotNull();
    }

    @Test
    void aSwingTraceIsDrawnBeforeAndAfterMitigationWithTheBatteries() {
        SwingTrace trace = new SwingTrace("Colossus 1", "2 s at 90% / 2 s at 50%, 100 ms steps, Megapacks absorbing it",
                IntStream.range(0, 80).mapToObj(i -> new SwingTrace.Point(i * 0.1, (i / 20) % 2 == 0 ? 160 : 89,
                        130 + (i % 20) * 0.1, 0.5 + ((i / 20) % 2 == 0 ? -0.01 : 0.01) * (i % 20))).toList());
        Document swung = Jsoup.parse(Format.HTML.render(ColossusReport.withSwing(report, trace)));

        Element section = swung.getElementById("swing");
        assertThat(section.text()).doesNotContain("No swing simulation");
        assertThat(section.select("#chart-swing svg text").eachText()).contains("campus draw before mitigation",
                "grid sees after mitigation", "battery state of charge", "Training swing of Colossus 1, before and after"
                        + " mitigation");
        assertThat(section.select("#data-swing td").eachText()).containsSequence("before mitigation", "89 MW", "160 MW",
                "71 MW");
    }

    @Test
    void thePageNeedsNothingFromTheNetwork() {
        assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        assertThat(html).doesNotContain("url(http").doesNotContain("@import");
    }

    @Test
    void theSameReportGivesTheSameBytesWhateverTheMachinesLocaleAndTimeZone() {
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            // German numbers; Thai Buddhist, Japanese imperial and Arabic calendars and digits
            for (String tag : List.of("de-DE", "th-TH", "ja-JP-u-ca-japanese", "ar-SA")) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                assertThat(Format.HTML.render(report)).as(tag).isEqualTo(html);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(Format.HTML.render(ColossusReport.report())).isEqualTo(html);
    }

    @Test
    void theScaleSectionSetsTheCampusAgainstBrains() {
        assertThat(page.getElementById("scale").text())
                .contains("The 200,000 GPUs of Doubling draw 355 MW, as much as 17.7 million human brains (20 W each)")
                .contains("A day at full power uses 8.51 GWh")
                .contains("takes 6.43 days on these 200,000 GPUs and uses 54.7 GWh at the facility")
                .contains("1.2 GW campus: 1.2 GW, as much as 60 million brains");
    }

    /** The words drawn in a chart: title, legend, axis and marker labels. */
    @Test
    void aFindingsNumbersReadAsLabelsWithTheirUnits() {
        List<String> numbers = page.select("td.numbers").eachText();

        assertThat(numbers).contains("peak to trough 60.2 MW · largest ramp 528 MW/s"
                + " · swing energy in the band, before mitigation 96.1% · load peak to trough 60.2 MW");
        assertThat(String.join(" ", numbers)).contains("grid share 28.2% · grid power 50 MW")
                .doesNotContain("per second", "max ramp", "band share");
    }

    private static List<String> legend(String id) {
        Element figure = page.getElementById(id);
        assertThat(figure).as(id).isNotNull();
        return figure.select("svg text").eachText();
    }
}
