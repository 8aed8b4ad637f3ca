package io.gigawatt.planner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hard score grades how far a plan is from passing, so the search can climb toward plans that pass. */
class ScoringTest {

    private static final LocalDate START = LocalDate.of(2024, 5, 3);
    private static final Scoring EARLIEST = new Scoring(null, Goal.earliest(), START);

    private static Outcome failing(int errors, long hardness) {
        return new Outcome(errors, List.of("Generator fleet above the air-permit unit cap"), START.plusDays(800),
                Money.of(1e9), hardness);
    }

    private static Finding permit(double units) {
        return new Finding("Generator fleet above the air-permit unit cap", "generation", Severity.ERROR,
                "Doubling needs " + units + " x smt-130", "Doubling", Map.of("units", units, "permitCapUnits", 15.0),
                null);
    }

    @Test
    void aFindingIsAsFarFromPassingAsTheLogRatioOfItsFigureAndItsLimit() {
        assertThat(Judge.distance(permit(26))).isCloseTo(Math.log(26 / 15.0), within(1e-12));
        assertThat(Judge.distance(permit(16))).isLessThan(Judge.distance(permit(19)));
        assertThat(Judge.distance(new Finding("A planner's own rule", "water", Severity.ERROR, "too thirsty", "Hall",
                Map.of(), null))).isEqualTo(1);
    }

    @Test
    void aPlanNearerToPassingScoresBetterThoughItBreaksOneRuleMoreByAHair() {
        // 26 and 429 MW against the permit's 15 units and 247 MW, against 16 and 264 MW with a ramp just over its limit
        long farther = Math.round(100 * Math.log(26 / 15.0)) + Math.round(100 * Math.log(429 / 247.0));
        long nearer = Math.round(100 * Math.log(16 / 15.0)) + Math.round(100 * Math.log(264 / 247.0)) + 1;

        assertThat(EARLIEST.score(failing(3, nearer))).isGreaterThan(EARLIEST.score(failing(2, farther)));
        assertThat(Scoring.feasible(EARLIEST.score(failing(1, 1)), Goal.earliest())).isFalse();
    }
}
