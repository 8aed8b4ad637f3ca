package io.gigawatt.planner.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.demand.DemandModel;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class TargetModelTest {

    @Test
    void aTargetCountsInTheMixOfTheLastMilestoneByDefault() throws InputException {
        Scenario scenario = Scenarios.small();

        TargetAssessment target = assess(scenario);

        // H100: 1.275 kW x 1.08 x PUE 1.25 = 1.72125 kW per GPU; 1M GPUs need 1,721 MW, within 2 GW.
        assertThat(target.facilityPerGpu().kw()).isCloseTo(1.72125, within(1e-9));
        assertThat(target.needed().mw()).isCloseTo(1721.25, within(1e-6));
        assertThat(target.impliedPerGpu().kw()).isCloseTo(2.0, within(1e-12));
        assertThat(target.reachable()).isTrue();
        assertThat(target.countedIn()).isEqualTo("the mix of the last milestone");
    }

    @Test
    void aTargetMayNameItsGpuAndItsPue() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL.replace("gpus: 1000000", "gpus: 1000000\n    gpuModel: GB200\n    pue: 1.1"));

        TargetAssessment target = assess(scenario);

        // GB200: 1.83 kW x 1.08 x 1.1 = 2.174 kW: 2.17 GW for 1M GPUs is beyond 2 GW; 919,946 fit.
        assertThat(target.facilityPerGpu().kw()).isCloseTo(2.17404, within(1e-9));
        assertThat(target.reachable()).isFalse();
        assertThat(target.gpusWithinBudget()).isEqualTo(919_946);
        assertThat(target.countedIn()).isEqualTo("GB200");
    }

    @Test
    void aBudgetEqualToTheNeedIsMetDespiteBinaryNoise() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL
                .replace("overheadShare: 0.08", "overheadShare: 0.1")
                .replace("pue: 1.25", "pue: 1.2")
                .replace("facilityMw: 2000", "facilityMw: 236.28")
                .replace("gpus: 1000000", "gpus: 100000\n    gpuModel: B200"));

        TargetAssessment target = assess(scenario);

        // 100,000 x 1.79 kW x 1.1 x 1.2 = 236.28 MW exactly on paper; in doubles a few nanowatts more.
        assertThat(target.needed().watts()).isGreaterThan(236.28e6);
        assertThat(target.reachable()).isTrue();
        assertThat(target.gpusWithinBudget()).isEqualTo(100_000);
    }

    private static TargetAssessment assess(Scenario scenario) {
        GpuMix lastMilestone = DemandModel.installedAfter(scenario.build(), scenario.catalogue(),
                scenario.build().milestones().size() - 1);
        return TargetModel.assess(scenario.targets().get(0), scenario.facility(), lastMilestone);
    }
}
