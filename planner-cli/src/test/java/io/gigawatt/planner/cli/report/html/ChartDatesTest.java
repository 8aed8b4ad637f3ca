package io.gigawatt.planner.cli.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The charts' date axes tick on the first of Gregorian months, labelled with Gregorian years, whatever the locale. */
class ChartDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "th-TH", "ja-JP-u-ca-japanese", "ar-SA"})
    void monthTicksFallOnTheFirstOfGregorianMonths(String tag) {
        Locale machine = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            DateAxis axis = Charts.dateAxis(null);
            // an axis that starts on a tick: JFreeChart steps back a month there
            axis.setRange(Charts.millis("2025-08-01"), Charts.millis("2026-08-01"));
            axis.setTickUnit((DateTickUnit) axis.getStandardTickUnits()
                    .getCeilingTickUnit(new DateTickUnit(DateTickUnitType.MONTH, 4)));

            List<String> ticks = ticks(axis);

            assertThat(ticks).containsExactly("2025-08-01 Aug 2025", "2025-12-01 Dec 2025", "2026-04-01 Apr 2026");
        } finally {
            Locale.setDefault(machine);
        }
    }

    /** The ticks inside the axis's range: each one's date and label. */
    private static List<String> ticks(DateAxis axis) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            List<?> ticks = axis.refreshTicks(g, new AxisState(), new Rectangle2D.Double(0, 0, 1000, 300),
                    RectangleEdge.BOTTOM);
            return ticks.stream().map(DateTick.class::cast)
                    .filter(t -> axis.getRange().contains(t.getDate().getTime()))
                    .map(t -> LocalDate.ofInstant(Instant.ofEpochMilli(t.getDate().getTime()), ZoneOffset.UTC) + " "
                            + t.getText())
                    .toList();
        } finally {
            g.dispose();
        }
    }
}
