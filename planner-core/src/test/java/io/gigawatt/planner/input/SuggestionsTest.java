package io.gigawatt.planner.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void suggestsTheNearestNameForATypo() {
        assertThat(Suggestions.closest("firmMW", List.of("date", "firmMw", "note"))).contains("firmMw");
        assertThat(Suggestions.closest("H1000", List.of("H100", "H200", "B200"))).contains("H100");
        assertThat(Suggestions.closest("smt130", List.of("smt-130", "titan-350"))).contains("smt-130");
    }

    @Test
    void suggestsNothingForAWordFarFromEveryName() {
        assertThat(Suggestions.closest("cooling", List.of("date", "firmMw", "note"))).isEmpty();
    }

    @Test
    void editDistance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
