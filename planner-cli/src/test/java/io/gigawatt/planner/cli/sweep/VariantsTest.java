package io.gigawatt.planner.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node.ScalarType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How --vary and a variants file become the numbered variants of a sweep. */
class VariantsTest {

    private static List<String> values(String spec) {
        return Axis.parse(spec).values().stream().map(Value::written).toList();
    }

    @Test
    void rangesGiveEvenlySpacedValuesBothEndsIncluded() {
        assertThat(values("equipment.generators.permitCapUnits=15..40:count=26")).hasSize(26).startsWith("15", "16")
                .endsWith("40");
        assertThat(values("facility.pue=1.1..1.5:count=5")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
        assertThat(values("facility.overheadShare=0..1:count=4")).containsExactly("0", "0.333333333333", "0.666666666667",
                "1");
        assertThat(values("grid.tranches[1].firmMw=50..150:count=11")).containsExactly("50", "60", "70", "80", "90",
                "100", "110", "120", "130", "140", "150");
        assertThat(values("a=3..1")).containsExactly("3", "2", "1");
        assertThat(values("a=-2..2")).containsExactly("-2", "-1", "0", "1", "2");
        assertThat(values("a=7..9:count=1")).containsExactly("7");
        assertThat(values("grid.tranches[2].date=2025-05-15..2025-11-15:count=3")).containsExactly("2025-05-15", "2025-08-15",
                "2025-11-15");
        assertThat(values("d=2025-01-30..2025-02-02")).containsExactly("2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02");
    }

    @Test
    void aStepSaysHowFarApartTheValuesAre() {
        // the README's 25 MW apart, not 25 values 10.417 MW apart
        assertThat(values("equipment.generators.permitCapMw=150..400:step=25")).hasSize(11)
                .startsWith("150", "175", "200").endsWith("400");
        assertThat(values("facility.pue=1.1..1.5:step=0.1")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
        assertThat(values("a=0..10:step=4")).containsExactly("0", "4", "8");
        assertThat(values("a=10..0:step=4")).containsExactly("10", "6", "2");
        assertThat(values("d=2025-05-15..2025-07-15:step=30")).containsExactly("2025-05-15", "2025-06-14",
                "2025-07-14");
    }

    @Test
    void listsAreReadAsYamlReadsAValue() {
        Axis axis = Axis.parse("equipment.generators.model = smt-130, titan-130 ,'15', 15");
        assertThat(axis.key().text()).isEqualTo("equipment.generators.model");
        assertThat(axis.values()).extracting(Value::text).containsExactly("smt-130", "titan-130", "15", "15");
        assertThat(axis.values()).extracting(Value::type)
                .containsExactly(ScalarType.TEXT, ScalarType.TEXT, ScalarType.TEXT, ScalarType.NUMBER);
        assertThat(Axis.parse("a=2024-12-01").values().get(0).type()).isEqualTo(ScalarType.TEXT);
    }

    @Test
    void aMistakeInAVarySaysWhatWasExpected() {
        assertThatThrownBy(() -> Axis.parse("facility.pue")).hasMessageContaining("expected KEY=FROM..TO[:count=N|:step=S]");
        assertThatThrownBy(() -> Axis.parse("facility.pue=1.1..1.5")).hasMessage("facility.pue: '1.1..1.5': say how"
                + " far apart the values between two decimal numbers are, as in 1.1..1.5:step=0.1 or 1.1..1.5:count=5");
        assertThatThrownBy(() -> Axis.parse("a=1..x")).hasMessageContaining("expected FROM..TO[:count=N|:step=S] with two"
                + " numbers");
        assertThatThrownBy(() -> Axis.parse("a=1..5:4")).hasMessage("a: '1..5:4': ':4' could be a number of values or a"
                + " step, expected 1..5:count=4 (4 values) or 1..5:step=4 (every 4)");
        assertThatThrownBy(() -> Axis.parse("a=1..5:count=many")).hasMessageContaining("'many' after 'count=' is not a"
                + " number of values");
        assertThatThrownBy(() -> Axis.parse("a=1..5:step=-1")).hasMessageContaining("'-1' after 'step=' is not a step");
        assertThatThrownBy(() -> Axis.parse("a=1..5:by=2")).hasMessageContaining("'by=' after ':', expected count=N or"
                + " step=S");
        assertThatThrownBy(() -> Axis.parse("d=2025-01-01..2025-02-01:step=1.5")).hasMessageContaining("expected whole"
                + " days");
        assertThatThrownBy(() -> Axis.parse("a=1..5:count=0")).hasMessageContaining("0 values, expected 1 to 1,000,000");
        assertThatThrownBy(() -> Axis.parse("a=0..1:step=0.000000000000000001")).hasMessageContaining("values,"
                + " expected at most 1,000,000");
        assertThatThrownBy(() -> Axis.parse("a=1..5000000")).hasMessageContaining("5,000,000 values, expected at most");
        assertThatThrownBy(() -> Axis.parse("a=1,,2")).hasMessageContaining("an empty value");
        assertThatThrownBy(() -> Axis.parse("a={x: 1}")).hasMessageContaining("is a mapping, expected a single value");
        assertThatThrownBy(() -> Axis.parse("grid..firmMw=1")).hasMessageContaining("is not a scenario path");
        assertThatThrownBy(() -> Axis.parse("grid.tranches[x].firmMw=1")).hasMessageContaining("[x] is not a list index");
    }

    @Test
    void pathsAreReadAsTheLoaderWritesThem() {
        KeyPath path = KeyPath.parse("timeline.futureSupply[2].slipDays.high");
        assertThat(path.segments()).extracting(KeyPath.Segment::key).containsExactly("timeline", "futureSupply", null,
                "slipDays", "high");
        assertThat(path.prefix(3)).isEqualTo("timeline.futureSupply[2]");
        assertThat(KeyPath.parse("catalogue.generators.smt-130.unitMw").segments()).hasSize(4);
        assertThat(KeyPath.parse("a[0][1]").prefix(3)).isEqualTo("a[0][1]");
    }

    @Test
    void variantsAreNumberedAsNestedLoopsTheLastKeyFastest() {
        Variants variants = new Variants(null, List.of(Axis.parse("a=1..3"), Axis.parse("b=x,y")));

        assertThat(variants.size()).isEqualTo(6);
        assertThat(variants.keys()).extracting(KeyPath::text).containsExactly("a", "b");
        assertThat(List.of(0, 1, 2, 5)).extracting(i -> variants.values(i).toString())
                .containsExactly("[1, x]", "[1, y]", "[2, x]", "[3, y]");
        assertThat(variants.ranks(variants.values(5))).containsExactly(2, 1);
        assertThat(new Variants(null, List.of(Axis.parse("a=3..1"))).ordered(0)).containsExactly("3", "2", "1");

        assertThatThrownBy(() -> new Variants(null, List.of(Axis.parse("a=1"), Axis.parse("a=2"))))
                .hasMessageContaining("a: varied twice");
        assertThatThrownBy(() -> new Variants(null, List.of())).hasMessageStartingWith("nothing to vary");
        assertThatThrownBy(() -> new Variants(null, List.of(Axis.parse("a=1..1000"), Axis.parse("b=1..1001"))))
                .hasMessageContaining("more than 1,000,000 variants, expected at most 1,000,000");
    }

    @Test
    void aVariantsFileGivesRowsThatComeBeforeTheAxes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("variants.csv");
        Files.writeString(file, "\uFEFFa,b\n# a comment\n\n2,\"x, y\"\n10,\"say \"\"hi\"\"\"\n1,z\n");
        VariantTable table = VariantTable.read(file);
        Variants variants = new Variants(table, List.of(Axis.parse("c=5,6")));

        assertThat(variants.size()).isEqualTo(6);
        assertThat(variants.values(1).toString()).isEqualTo("[2, x, y, 6]");
        assertThat(variants.values(2).get(1).text()).isEqualTo("say \"hi\"");
        assertThat(variants.ordered(0)).as("numbers by value").containsExactly("1", "2", "10");
        assertThat(variants.ordered(1)).as("text as first given").containsExactly("x, y", "say \"hi\"", "z");
    }

    @Test
    void aBrokenVariantsFileIsReportedLineByLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("variants.csv");
        Files.writeString(file, "a,a\n1\n1,\"open\n");

        assertThatThrownBy(() -> VariantTable.read(file)).isInstanceOf(InputException.class)
                .hasMessage(file + ":1:3: a: a second column for this key, expected each key once\n"
                        + file + ":2:1: 1 values, expected 2, one per key of the header\n"
                        + file + ":3:8: a quoted value is not closed, expected a '\"' before the end of the line");
        Files.writeString(file, "# nothing\n");
        assertThatThrownBy(() -> VariantTable.read(file)).hasMessageContaining("no header");
        assertThatThrownBy(() -> VariantTable.read(dir.resolve("missing.csv"))).hasMessageEndingWith("no such file");
    }
}
