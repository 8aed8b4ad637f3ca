package io.gigawatt.planner.siting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.scenario.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {

    @Test
    void aPlanMayLeaveOutItsSiteAndGrid() throws InputException {
        Scenario plan = SitingFixtures.plan();

        assertThat(plan.name()).isEqualTo("Colossus build plan");
        assertThat(plan.build().milestones()).extracting(m -> m.name()).containsExactly("Colossus 1", "Doubling");
        assertThat(plan.targets()).singleElement().satisfies(t -> assertThat(t.gpus()).isEqualTo(1_000_000));
        assertThat(plan.equipment().generators().permitCapUnits()).isNull();
        assertThat(plan.site().name()).isEqualTo(PlanLoader.PLACEHOLDER_SITE);
    }

    @Test
    void aWholeScenarioIsAPlanToo() throws InputException {
        Scenario plan = SitingFixtures.planLoader().load(Path.of("../examples/colossus.yaml"));

        assertThat(plan.site().name()).isEqualTo("Former Electrolux factory, Paul R. Lowry Road");
        assertThat(plan.grid()).hasSize(4);
    }

    @Test
    void aBrokenPlanIsReportedWhereItIsBroken() {
        InputException e = catchThrowableOfType(InputException.class, () -> SitingFixtures.planLoader().load("plan.yaml",
                SitingFixtures.text(SitingFixtures.PLAN).replace("  pue: 1.3 ", "  peu: 1.3 ")));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "plan.yaml:8:3: facility.pue: missing, expected a PUE from 1 to 3",
                "plan.yaml:8:3: facility.peu: unknown key, did you mean 'pue'? expected one of: pue, overheadShare");
    }
}
