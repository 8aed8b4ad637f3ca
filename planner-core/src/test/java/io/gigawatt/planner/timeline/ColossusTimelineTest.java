package io.gigawatt.planner.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.GridTranche;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline of examples/colossus.yaml, and the model's promises checked on it: readiness found on the days
 * something changes equals a day-by-day check; a later tranche never makes a phase earlier; the same seed gives
 * the same Monte Carlo.
 */
class ColossusTimelineTest {

    private static Scenario colossus;
    private static CampusPlan plan;

    @BeforeAll
    static void plan() throws Exception {
        colossus = TimelineScenarios.colossus();
        plan = new Planner().plan(colossus);
    }

    @Test
    void colossusOneIsReadyOnItsDateAndTheDoublingWaitsForTheSecondSubstation() {
        PhaseTimeline one = plan.timeline().phases().get(0);
        assertThat(one.ready()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(one.heldBy()).extracting(Hold::constraint).containsExactly("GPU deliveries");

        // 355 MW less 150 MW of grid leaves 205 MW: 15 running SMT-130, 19 with spares, where the permit's 247 MW
        // allows 14 (15 x 16.5 MW = 247.5 MW). The second substation's 300 MW leaves 55 MW: 6 units.
        PhaseTimeline doubling = plan.timeline().phases().get(1);
        assertThat(doubling.ready()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(doubling.heldBy()).extracting(Hold::constraint).containsExactly("grid");
        assertThat(doubling.heldByText()).startsWith("the 300 MW grid tranche (second 150 MW substation");
        assertThat(doubling.alternatives()).extracting(Alternative::toString).containsExactly(
                "with 12 more smt-130 than the air permit allows (26 instead of 14): 2024-12-01",
                "with 5 more smt-130 than the air permit allows (19 instead of 14): 2025-05-15");
    }

    @Test
    void theTargetClosesWithTheThirdTvaTrancheAndTheMonteCarloPutsItLater() {
        TargetTimeline target = plan.timeline().targets().get(0);
        assertThat(target.closes()).isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(target.road()).last().satisfies(step -> {
            assertThat(step.change()).isEqualTo("+300 MW Third TVA tranche (grid)");
            assertThat(step.firm().mw()).isGreaterThanOrEqualTo(1200);
        });
        DateRange risk = target.risk();
        assertThat(risk.draws()).isEqualTo(2000);
        assertThat(risk.p10()).isAfterOrEqualTo(target.closes());
        assertThat(risk.p50()).isAfter(risk.p10()).isBefore(risk.p90());
        assertThat(risk.p90().getYear()).isBetween(2027, 2031);
        assertThat(plan.timeline().risk().tornado().get(0).input()).isEqualTo("Third TVA tranche slip (days)");
    }

    @Test
    void theSameSeedGivesTheSameMonteCarloAndAnotherSeedAnother() {
        List<PhaseNeed> needs = Planner.needs(colossus, plan.phases());
        MonteCarlo.Result first = TimelineModel.monteCarlo(colossus.timelineInputs(), needs, 500);
        MonteCarlo.Result again = TimelineModel.monteCarlo(colossus.timelineInputs(), needs, 500);
        Scenario reseeded = colossus.withTimeline(colossus.timeline().withSeed(7));
        MonteCarlo.Result other = TimelineModel.monteCarlo(reseeded.timelineInputs(), needs, 500);

        assertThat(again).isEqualTo(first);
        assertThat(other.targets()).isNotEqualTo(first.targets());
    }

    @Test
    void readinessFoundOnTheDaysSomethingChangesIsWhatADailyCheckFinds() {
        assertReadinessIsWhatADailyCheckFinds(colossus, Planner.needs(colossus, plan.phases()));
    }

    /** Each phase's ready day and each target's closing day, with the grid late by a few slips, checked day by day. */
    static void assertReadinessIsWhatADailyCheckFinds(Scenario scenario, List<PhaseNeed> needs) {
        Campus campus = new Campus(scenario.timelineInputs(), needs);
        for (int slip : new int[] {0, 31, 92, 200}) {
            double[] slips = new double[scenario.grid().size()];
            java.util.Arrays.fill(slips, slip);
            Draw asWritten = campus.asWritten();
            Draw draw = new Draw(campus.slippedTranches(slips), 1.2, 1.35, 1.05, asWritten.optionDays());
            Supply supply = campus.supply(draw);
            long horizon = Math.max(supply.events[supply.events.length - 1],
                    campus.installed[campus.installed.length - 1]) + 30;
            for (int p = 0; p < campus.phases.size(); p++) {
                long daily = Campus.NEVER;
                for (long day = horizon; day >= campus.installed[p]; day--) {
                    if (!campus.ready(p, day, supply, draw, false, false)) {
                        break;
                    }
                    daily = day;
                }
                assertThat(campus.readyDay(p, supply, draw, campus.installed[p], false, false))
                        .as("phase %d with the grid %d days late", p + 1, slip).isEqualTo(daily);
            }
            for (var target : scenario.targets()) {
                long daily = Campus.NEVER;
                for (long day = horizon; day >= campus.start; day--) {
                    if (campus.firmWatts(day, supply) < target.facility().watts() - 1e-6) {
                        break;
                    }
                    daily = day;
                }
                assertThat(campus.closeDay(target.facility().watts(), supply)).isEqualTo(daily);
            }
        }
    }

    @Test
    void aLaterGridTrancheNeverMakesAPhaseOrTheTargetEarlier() throws Exception {
        for (int tranche = 1; tranche < colossus.grid().size(); tranche++) {
            List<LocalDate> previous = null;
            for (int slip = 0; slip <= 600; slip += 25) {
                List<GridTranche> grid = new ArrayList<>(colossus.grid());
                GridTranche moved = grid.get(tranche);
                // delivered later, firm (the timeline counts a flexible tranche from the day it is delivered)
                LocalDate date = moved.from().plusDays(slip);
                if (tranche + 1 < grid.size() && !date.isBefore(grid.get(tranche + 1).from())) {
                    break;
                }
                grid.set(tranche, new GridTranche(date, moved.firm(), moved.note()));
                Scenario later = new Scenario(colossus.name(), colossus.file(), colossus.site(), colossus.facility(),
                        grid, colossus.build(), colossus.equipment(), colossus.targets(), colossus.catalogue(),
                        colossus.policyFile(), colossus.timeline().withDraws(1), colossus.swing(), colossus.economics(),
                        colossus.decisions(), colossus.curtailableShare());
                TimelinePlan timeline = new Planner().plan(later).timeline();
                List<LocalDate> dates = new ArrayList<>();
                timeline.phases().forEach(p -> dates.add(orNever(p.ready())));
                timeline.targets().forEach(t -> dates.add(orNever(t.closes())));
                if (previous != null) {
                    for (int i = 0; i < dates.size(); i++) {
                        assertThat(dates.get(i)).as("date %d with tranche %d %d days late", i, tranche, slip)
                                .isAfterOrEqualTo(previous.get(i));
                    }
                }
                previous = dates;
            }
        }
    }

    private static LocalDate orNever(LocalDate date) {
        return date == null ? LocalDate.MAX : date;
    }
}
