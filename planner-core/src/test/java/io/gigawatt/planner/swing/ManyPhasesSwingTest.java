package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.ManyMilestones;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many phases at once: each battery search starts from the phase before's counts and finds what a full one does. */
class ManyPhasesSwingTest {

    @Test
    void phasesSearchedFromThePhaseBeforeHaveTheAssessmentsOfSearchesOnTheirOwn() throws Exception {
        // the example's GPUs added in 30 steps: two runs of phases, the second starting without a hint
        Scenario scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load("colossus-many.yaml",
                ManyMilestones.of(Path.of("../examples/colossus.yaml"), SwingModel.RUN + 5, 1));
        List<PhaseSupply> phases = new Planner().plan(scenario.withSwing(null)).phases().stream()
                .map(p -> SwingPhases.supplyOf(scenario, p)).toList();

        List<SwingAssessment> together = new SwingModel().assessAll(scenario.swing(), phases);

        SwingModel alone = new SwingModel();
        for (int i = 0; i < phases.size(); i++) {
            assertThat(together.get(i)).isEqualTo(alone.simulate(scenario.swing(), phases.get(i)).assessment());
        }
        assertThat(together.stream().map(a -> a.battery().forLimits()).distinct()).hasSizeGreaterThan(10);
    }
}
