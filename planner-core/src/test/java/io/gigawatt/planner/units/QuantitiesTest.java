package io.gigawatt.planner.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void countsAreGroupedByThousandsExactlyAsTheFormatterGroupsThem() {
        long[] edges = {0, 1, -1, 12, 999, -999, 1000, -1000, 9999, 100_000, 999_999, 1_000_000, -1_234_567,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1};
        for (long value : edges) {
            assertThat(Quantities.count(value)).as("%d", value).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            long value = random.nextLong() >> random.nextInt(64);
            assertThat(Quantities.count(value)).as("%d", value).isEqualTo(String.format(Locale.ROOT, "%,d", value));
        }
    }

    @Test
    void tonsAreWrittenExactlyAsTheFormatterWritesThem() {
        SplittableRandom random = new SplittableRandom(11);
        double[] edges = {0, 0.5, 1.5, 2.5, 999.5, 1000.5, 42_700.49999999999, 12_345.5, 0.49999999999999994};
        for (double tons : edges) {
            assertThat(Power.tonsOfRefrigeration(tons).toTonsString()).as("%s", tons)
                    .isEqualTo(String.format(Locale.ROOT, "%,.0f tons", Power.tonsOfRefrigeration(tons).tonsOfRefrigeration()));
        }
        for (int i = 0; i < 10_000; i++) {
            Power power = Power.mw(random.nextDouble() * Math.pow(10, random.nextInt(6)));
            assertThat(power.toTonsString()).isEqualTo(String.format(Locale.ROOT, "%,.0f tons", power.tonsOfRefrigeration()));
        }
    }

    @Test
    void reportFiguresRoundHalvesUpOnTheirShortestDecimalWhateverTheirSize() {
        assertThat(Quantities.round(1.2345, 3)).isEqualTo(1.235);
        assertThat(Quantities.round(2.675, 2)).isEqualTo(2.68);
        assertThat(Quantities.round(-2.5, 0)).isEqualTo(-3.0);
        assertThat(Quantities.round(0.28192441606405, 4)).isEqualTo(0.2819);
        assertThat(Double.toString(Quantities.round(-0.0001, 3))).isEqualTo("0.0");
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(7);
            double value = switch (i % 4) {
                // exact halves and their neighbours, where a shortcut would go wrong
                case 0 -> (random.nextLong(-2_000_000, 2_000_000) + 0.5) / Math.pow(10, decimals);
                case 1 -> Math.nextUp((random.nextLong(0, 2_000_000) + 0.5) / Math.pow(10, decimals));
                case 2 -> random.nextDouble(-1, 1) * Math.pow(10, random.nextInt(12));
                default -> Math.round(random.nextDouble(0, 1e9)) / Math.pow(10, random.nextInt(10));
            };
            double expected = new java.math.BigDecimal(Double.toString(value))
                    .setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
            // as strings: what reports write, and "-0.0" differs from "0.0"
            assertThat(Double.toString(Quantities.round(value, decimals))).as("%s to %d places", value, decimals)
                    .isEqualTo(Double.toString(expected));
        }
    }

    @Test
    void largeFiguresKeepTheirSeparators() {
        assertThat(Quantities.format(1275.4)).isEqualTo("1,275");
        assertThat(Quantities.format(-2_400_000)).isEqualTo("-2,400,000");
        assertThat(Quantities.format(177.353)).isEqualTo("177");
        assertThat(Quantities.format(0.2819)).isEqualTo("0.282");
    }

    @Test
    void figuresPastALongsDigitsAreWrittenWithAPowerOfTen() {
        assertThat(Quantities.format(1e30)).isEqualTo("1e30");
        assertThat(Quantities.format(-9.223372036854775808e18)).isEqualTo("-9.22e18");
        assertThat(Quantities.format(99999999999999999999.0)).isEqualTo("1e20");
        assertThat(Quantities.format(Double.MAX_VALUE)).isEqualTo("1.8e308");
        assertThat(Quantities.format(9.007199254740991e15)).isEqualTo("9,007,199,254,740,991");
    }
}
