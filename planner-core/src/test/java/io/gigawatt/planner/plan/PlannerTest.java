package io.gigawatt.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlannerTest {

    @Test
    void colossus() throws Exception {
        var scenario = new ScenarioLoader(CatalogueReader.loadDefault()).load(Path.of("../examples/colossus.yaml"));
        CampusPlan plan = new Planner().plan(scenario);
        plan.phases().forEach(System.out::println);
        plan.targets().forEach(System.out::println);
    }
}
