package io.gigawatt.planner.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Time windows over the build's days: the stretches a rule matches for "for more than N days" and the like. */
class BuildDaysTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** Days of 100 MW of facility from START, the grid's firm megawatts on each day as given (0 MW of facility: none). */
    private static BuildDays days(double... gridMw) {
        List<DailyLoad> days = new ArrayList<>();
        for (int i = 0; i < gridMw.length; i++) {
            Power facility = Power.mw(gridMw[i] < 0 ? 0 : 100);
            days.add(new DailyLoad(START.plusDays(i), 1000, facility, facility, Power.mw(Math.max(0, gridMw[i]))));
        }
        List<Milestone> phases = List.of(new Milestone("Hall 1", START.plusDays(2), Map.of(), null),
                new Milestone("Hall 2", START.plusDays(5), Map.of(), null));
        return new BuildDays(days, phases);
    }

    @Test
    void stretchesBelowALevelAreTheRunsOfConsecutiveDaysNumberedInDateOrder() {
        BuildDays build = days(5, 8, 50, 9, 9, 9, 60);

        assertThat(build.below("gridShare", 0.10)).containsExactly(
                new Stretch(1, "Hall 1", START, START.plusDays(1), 2, 0.05, 0.08),
                new Stretch(2, "Hall 2", START.plusDays(3), START.plusDays(5), 3, 0.09, 0.09));
        assertThat(build.above("gridShare", 0.10)).extracting(Stretch::from, Stretch::days)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(START.plusDays(2), 1L),
                        org.assertj.core.groups.Tuple.tuple(START.plusDays(6), 1L));
    }

    @Test
    void aDayWithoutLoadHasNoGridShareAndEndsAStretch() {
        BuildDays build = days(5, -1, 5);

        assertThat(build.below("gridShare", 0.10)).extracting(Stretch::days).containsExactly(1L, 1L);
    }

    @Test
    void betweenCutsTheDaysToAWindowBothEndsIncluded() {
        BuildDays build = days(5, 5, 5, 5, 5).between("2025-01-02", "2025-01-04");

        assertThat(build.count()).isEqualTo(3);
        assertThat(build.below("gridShare", 0.10)).singleElement()
                .satisfies(s -> assertThat(s.from()).isEqualTo(START.plusDays(1)))
                .satisfies(s -> assertThat(s.days()).isEqualTo(3));
    }

    @Test
    void aSeriesThatDoesNotExistIsNamedWithTheOnesThatDo() {
        assertThatThrownBy(() -> days(5).below("gridshare", 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no daily series 'gridshare'; the series are gridShare, gpus, itMw, facilityMw, gridMw,"
                        + " onSiteNeedMw");
    }

    @Test
    void theGridShareIsTheReportsShareOfTheDay() {
        assertThat(new DailyLoad(START, 1, Power.mw(80), Power.mw(100), Power.mw(25)).gridShare()).isEqualTo(0.25);
        assertThat(new DailyLoad(START, 1, Power.mw(80), Power.mw(100), Power.mw(150)).gridShare()).isEqualTo(1.0);
        assertThat(new DailyLoad(START, 0, Power.ZERO, Power.ZERO, Power.mw(150)).gridShare()).isNull();
    }
}
