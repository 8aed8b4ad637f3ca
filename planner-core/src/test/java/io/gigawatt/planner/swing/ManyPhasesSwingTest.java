package io.gigawatt.planner.swing;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.ManyMilestones;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
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

        List<SwingAssessment> together = new SwingModel().assessAll(scenario.swing(), phases, SwingProgress.NONE);

        SwingModel alone = new SwingModel();
        for (int i = 0; i < phases.size(); i++) {
            assertThat(together.get(i)).isEqualTo(alone.simulate(scenario.swing(), phases.get(i)).assessment());
        }
        assertThat(together.stream().map(a -> a.battery().forLimits()).distinct()).hasSizeGreaterThan(10);
    }

    @Test
    void progressHearsOfEachPhaseOnceAndOfHowManyThereAre() throws Exception {
        Scenario scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml"));
        PhaseSupply first = SwingPhases.supplyOf(scenario, new Planner().plan(scenario.withSwing(null)).phases().get(0));
        List<Integer> heard = Collections.synchronizedList(new ArrayList<>());
        int phases = 2 * SwingModel.RUN + 3;

        new SwingModel().assessAll(scenario.swing(), Collections.nCopies(phases, first), (assessed, of) -> {
            assertThat(of).isEqualTo(phases);
            heard.add(assessed);
        });

        assertThat(heard).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, phases).boxed().toList());
    }
}
