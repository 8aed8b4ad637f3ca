package io.gigawatt.planner.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Node.MapNode;
import io.gigawatt.planner.input.YamlFiles;
import org.junit.jupiter.api.Test;

/** A value set in the tree is the value written in the file. */
class TreeEditTest {

    private static final String TEXT = """
            facility:
              pue: 1.3
            grid:
              tranches:
                - date: 2024-05-03
                  firmMw: 8
                - {date: 2024-08-01, firmMw: 50}
            """;

    private static Node tree(String text) throws InputException {
        return YamlFiles.read("s.yaml", text);
    }

    @Test
    void aSetValueIsTheValueWrittenInTheFile() throws InputException {
        TreeEdit.Result edit = TreeEdit.set(tree(TEXT), KeyPath.parse("grid.tranches[1].firmMw"), Value.of("120"));

        assertThat(edit.reshaped()).isNull();
        assertThat(edit.tree()).usingRecursiveComparison().ignoringFieldsMatchingRegexes(".*location.*", ".*Location.*")
                .isEqualTo(tree(TEXT.replace("firmMw: 50", "firmMw: 120")));
        Node pue = TreeEdit.set(tree(TEXT), KeyPath.parse("facility.pue"), Value.of("1.25")).tree();
        assertThat(pue).isEqualTo(tree(TEXT.replace("pue: 1.3", "pue: 1.25")));
    }

    @Test
    void aKeyTheFileLacksIsAddedAtItsMappingForTheLoaderToJudge() throws InputException {
        TreeEdit.Result edit = TreeEdit.set(tree(TEXT), KeyPath.parse("facility.overheadShare"), Value.of("0.05"));

        assertThat(edit.reshaped()).isEqualTo("facility.overheadShare");
        MapNode facility = (MapNode) ((MapNode) edit.tree()).entries().get("facility").value();
        assertThat(facility.entries()).containsKeys("pue", "overheadShare");
        assertThat(facility.entries().get("overheadShare").keyLocation()).isEqualTo(facility.location());

        TreeEdit.Result deeper = TreeEdit.set(tree(TEXT), KeyPath.parse("timeline.risk.draws"), Value.of("10"));
        assertThat(deeper.reshaped()).isEqualTo("timeline");
    }

    @Test
    void aMappingGivenOneValueIsLeftForTheLoaderToJudge() throws InputException {
        String spread = "economics:\n  gasPerMmbtu: {low: 2.7, likely: 4.0, high: 5.5}\n";

        TreeEdit.Result edit = TreeEdit.set(tree(spread), KeyPath.parse("economics.gasPerMmbtu"), Value.of("6"));

        assertThat(edit.reshaped()).isEqualTo("economics.gasPerMmbtu");
        assertThat(edit.tree()).isEqualTo(tree("economics:\n  gasPerMmbtu: 6\n"));
    }

    @Test
    void aPathIntoAValueOrPastAListIsRefusedWhereItGoesWrong() {
        assertThatThrownBy(() -> TreeEdit.set(tree(TEXT), KeyPath.parse("grid.tranches[2].firmMw"), Value.of("1")))
                .hasMessage("s.yaml:5:5: grid.tranches[2]: there is no item [2]: the list has 2 items, counted from [0]"
                        + " (a sweep changes values, it does not add items)");
        assertThatThrownBy(() -> TreeEdit.set(tree(TEXT), KeyPath.parse("grid.tranches"), Value.of("1")))
                .hasMessageContaining("grid.tranches: found a list, expected a single value to vary");
        assertThatThrownBy(() -> TreeEdit.set(tree(TEXT), KeyPath.parse("grid[0]"), Value.of("1")))
                .hasMessageContaining("grid: found a mapping, expected a list to take item [0] of");
        assertThatThrownBy(() -> TreeEdit.set(tree(TEXT), KeyPath.parse("extra.list[0]"), Value.of("1")))
                .hasMessageContaining("extra.list: not in the scenario, so it has no item [0]");
    }
}
