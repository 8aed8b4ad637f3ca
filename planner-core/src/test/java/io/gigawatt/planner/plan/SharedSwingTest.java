package io.gigawatt.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.scenario.Scenarios;
import io.gigawatt.planner.swing.AssessedAt;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Consecutive phases whose loads are within the scenario's tolerance share the swing simulation of the largest. */
class SharedSwingTest {

    /**
     * Four phases 0.5% apart, all on the grid, with a larger grid tranche in service from the third: Hall A and A+
     * on the first tranche, Hall B and B+ on the second.
     */
    private static final String FOUR_PHASES = """
            name: Four close phases
            site:
              name: Test site
              designAmbientC: 35
            facility:
              pue: 1.25
            grid:
              tranches:
                - date: 2025-01-01
                  firmMw: 20
                - date: 2025-05-01
                  firmMw: 30
            build:
              start: 2025-01-01
              milestones:
                - name: Hall A
                  date: 2025-04-01
                  add:
                    H100: 10000
                - name: Hall A+
                  date: 2025-04-15
                  add:
                    H100: 50
                - name: Hall B
                  date: 2025-05-15
                  add:
                    H100: 50
                - name: Hall B+
                  date: 2025-06-01
                  add:
                    H100: 50
            equipment:
              generators:
                model: smt-130
              batteries:
                model: megapack-2xl-4h
              cooling:
                model: rental-chiller-480
            workload:
              windowMinutes: 5
              jobs:
                - name: pretraining
                  share: 0.9
                  iterationSeconds: 4
                  computeDuty: 0.6
            utility:
              preset: SOUTHERN-COMPANY
              bandMaxShare: 0.2
            """;

    private static Scenario within(String percent) throws Exception {
        return Scenarios.load(FOUR_PHASES.replace("  windowMinutes: 5",
                "  windowMinutes: 5\n  shareSwingWithinPercent: " + percent));
    }

    @Test
    void phasesWithinTheToleranceTakeTheCountsAndFiguresOfTheLargestOnesSimulation() throws Exception {
        List<PhasePlan> own = new Planner().plan(within("0")).phases();

        List<PhasePlan> shared = new Planner().plan(within("2")).phases();

        assertThat(own.get(1).swing().battery().units()).isPositive();
        assertThat(own.get(0).swing().peakToTrough()).isNotEqualTo(own.get(1).swing().peakToTrough());
        assertSharesWith(shared.get(0), own.get(1));
        assertThat(shared.get(1).swing()).isEqualTo(own.get(1).swing());
        assertSharesWith(shared.get(2), own.get(3));
        assertThat(shared.get(3).swing()).isEqualTo(own.get(3).swing());
        // the battery bank the rest of the plan works with is the largest phase's count
        assertThat(shared.get(0).batteries().units()).isEqualTo(own.get(1).batteries().units());
    }

    private static void assertSharesWith(PhasePlan phase, PhasePlan largest) {
        SwingAssessment simulated = largest.swing();
        assertThat(phase.swing().assessedAt()).isEqualTo(new AssessedAt(largest.name(), largest.it(),
                largest.it().mw() / phase.it().mw() - 1));
        assertThat(phase.swing()).isEqualTo(simulated.sharedWith(phase.name(), phase.gpuCount(),
                phase.swing().assessedAt()));
        assertThat(phase.swing().battery()).isEqualTo(simulated.battery());
    }

    @Test
    void aGroupRunsOverConsecutivePhasesOfOneContextAndTheLargestIsSimulated() throws Exception {
        Scenario scenario = within("2");

        // Hall A+ and Hall B are 0.5% apart, but another grid tranche is in service for Hall B
        assertThat(simulatedFor(scenario, 0.02)).containsExactly(1, 1, 3, 3);
        // Hall A and Hall A+ are 0.5% apart: a tolerance below that keeps them apart
        assertThat(simulatedFor(scenario, 0.004)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void phasesJudgedUnderOtherLimitsDoNotShare() throws Exception {
        // as when a utility's limits apply from a size Hall A is below and Hall A+ above
        int[] simulated = simulatedFor(within("2"), 0.02, settings -> {
            List<SwingSettings> changed = new ArrayList<>(settings);
            changed.set(0, settings.get(0).withUtility(null));
            return changed;
        });

        assertThat(simulated).containsExactly(0, 1, 3, 3);
    }

    @Test
    void aToleranceOfZeroSimulatesEveryPhaseOnItsOwn() throws Exception {
        Scenario scenario = within("0");
        SwingModel model = new SwingModel();

        List<PhasePlan> phases = new Planner(model).plan(scenario).phases();

        assertThat(simulatedFor(scenario, 0)).containsExactly(0, 1, 2, 3);
        for (PhasePlan phase : phases) {
            assertThat(phase.swing().assessedAt()).isNull();
            assertThat(phase.swing()).isEqualTo(SwingPhases.simulate(new SwingModel(), scenario, phase).assessment());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"colossus", "texas", "two-halls"})
    void theExamplesPhasesAreFurtherApartThanTheDefaultAndEachIsSimulatedOnItsOwn(String example) throws Exception {
        Scenario scenario = new ScenarioLoader(CatalogueReader.loadDefault())
                .load(Path.of("../examples/" + example + ".yaml"));

        int[] simulated = simulatedFor(scenario, SwingSettings.DEFAULT_SHARE_WITHIN);

        assertThat(simulated).containsExactly(IntStream.range(0, simulated.length).toArray());
    }

    private static int[] simulatedFor(Scenario scenario, double within) {
        return simulatedFor(scenario, within, UnaryOperator.identity());
    }

    /** Which phase's simulation each phase takes, the phases judged under {@code judgedUnder} of their own settings. */
    private static int[] simulatedFor(Scenario scenario, double within,
                                      UnaryOperator<List<SwingSettings>> judgedUnder) {
        List<PhasePlan> phases = new Planner().plan(scenario.withSwing(null)).phases();
        List<PhaseSupply> supplies = phases.stream().map(p -> SwingPhases.supplyOf(scenario, p)).toList();
        // a scenario without a workload (two-halls) is judged under no swing settings
        List<SwingSettings> settings = phases.stream()
                .map(p -> scenario.swing() == null ? null : SwingPhases.settingsFor(scenario, p)).toList();
        return SwingGroups.simulatedFor(phases, supplies, judgedUnder.apply(settings), within);
    }
}
