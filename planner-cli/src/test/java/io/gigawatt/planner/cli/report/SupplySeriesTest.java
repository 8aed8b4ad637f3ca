package io.gigawatt.planner.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The supply series: every day of a short build, a sample of a long one that keeps the phases' dates. */
class SupplySeriesTest {

    @Test
    void colossusHasEveryDayFromTheBuildStartToTheDoubling() {
        SupplySeries series = ColossusReport.report().series();
        assertThat(series.stepDays()).isEqualTo(1);
        assertThat(series.days()).hasSize(213);
        SupplySeries.Day first = series.days().get(0);
        assertThat(first.date()).isEqualTo("2024-05-03");
        assertThat(first.gpus()).isZero();
        assertThat(first.gridShare()).isNull();
        SupplySeries.Day last = series.days().get(212);
        Report.Phase doubling = ColossusReport.report().phases().get(1);
        assertThat(last.date()).isEqualTo(doubling.date());
        assertThat(last.facilityMw()).isEqualTo(doubling.facilityMw());
        assertThat(last.gridShare()).isEqualTo(doubling.gridShare());
        assertThat(last.generatorsMw()).isEqualTo(doubling.generators().availableMw());
        assertThat(last.batteriesMw()).isEqualTo(doubling.batteries().mw());
    }

    @Test
    void aLongBuildIsSampledButKeepsEachPhasesDateAndTheLastDay() throws Exception {
        String text = Files.readString(ColossusReport.FILE, StandardCharsets.UTF_8)
                .replaceFirst("date: 2024-12-01", "date: 2027-12-01");
        Report report = ReportBuilder.build(ColossusReport.evaluator().evaluate("long build", text));

        SupplySeries series = report.series();
        long days = ChronoUnit.DAYS.between(LocalDate.parse("2024-05-03"), LocalDate.parse("2027-12-01")) + 1;
        assertThat(series.stepDays()).isEqualTo((int) Math.ceil(days / 400.0));
        assertThat(series.days().size()).isLessThanOrEqualTo(SupplySeriesBuilder.MOST_POINTS + 2);
        List<String> dates = series.days().stream().map(SupplySeries.Day::date).toList();
        assertThat(dates).contains("2024-05-03", "2024-09-02", "2027-12-01").isSorted();
        List<String> rows = series.tableRows().stream().map(SupplySeries.Day::date).toList();
        assertThat(rows).contains("2024-05-03", "2024-09-02", "2027-12-01");
        assertThat(rows.stream().filter(d -> d.endsWith("-01")).map(d -> LocalDate.parse(d).getMonthValue()).distinct())
                .as("a build over two years: a row each quarter").isSubsetOf(1, 4, 7, 8, 10, 12);
    }
}
