package io.gigawatt.planner.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which inputs flip the verdict, told from rows that come in any order. */
class SweepSummaryTest {

    @Test
    void anInputFlipsTheVerdictWhereNeighbouringValuesDisagree() {
        Variants variants = new Variants(null, List.of(Axis.parse("units=1..4"), Axis.parse("mw=100,200")));
        SweepSummary summary = new SweepSummary(variants, List.of());
        // feasible from 3 units with 200 MW, never with 100 MW; the rows arrive backwards
        for (int i = variants.size() - 1; i >= 0; i--) {
            List<Value> values = variants.values(i);
            boolean feasible = Integer.parseInt(values.get(0).text()) >= 3 && values.get(1).text().equals("200");
            summary.add(new SweepLine(i + 1, variants.ranks(values), feasible ? SweepRow.FEASIBLE
                    : SweepRow.INFEASIBLE, List.of(), feasible ? List.of() : List.of("Too few units"), ""));
        }

        assertThat(summary.done()).isEqualTo(8);
        assertThat(summary.verdicts()).containsEntry(SweepRow.FEASIBLE, 2L).containsEntry(SweepRow.INFEASIBLE, 6L);
        assertThat(summary.errorRules()).containsExactly(java.util.Map.entry("Too few units", 6L));
        SweepSummary.Input units = summary.inputs().get(0);
        assertThat(units.lines()).isEqualTo(2);
        assertThat(units.flips()).singleElement().satisfies(flips -> {
            assertThat(flips.subject()).isEqualTo("verdict");
            assertThat(flips.linesThatFlip()).isEqualTo(1);
            assertThat(flips.flipPoints()).containsExactly(new SweepSummary.FlipPoint("2", "3", SweepRow.INFEASIBLE,
                    SweepRow.FEASIBLE, 1, List.of(), List.of("Too few units")));
        });
        SweepSummary.Input mw = summary.inputs().get(1);
        assertThat(mw.lines()).isEqualTo(4);
        assertThat(mw.flips().get(0).linesThatFlip()).isEqualTo(2);
        assertThat(summary.text()).contains("units (4 values)\n    the scenario: flips on 1 of 2 lines\n"
                + "      2 INFEASIBLE -> 3 FEASIBLE (1 line); clears \"Too few units\"");
    }

    @Test
    void invalidVariantsFlipNothing() {
        Variants variants = new Variants(null, List.of(Axis.parse("pue=0.5,1.3")));
        SweepSummary summary = new SweepSummary(variants, List.of("Phase 1"));
        summary.add(new SweepLine(1, variants.ranks(variants.values(0)), SweepRow.INVALID, List.of(), List.of(), ""));
        summary.add(new SweepLine(2, variants.ranks(variants.values(1)), SweepRow.FEASIBLE, List.of(), List.of(), ""));

        assertThat(summary.inputs().get(0).flipsAny()).isFalse();
        assertThat(summary.text()).contains("No input flips a verdict");
    }
}
