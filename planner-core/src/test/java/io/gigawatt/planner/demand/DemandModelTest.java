package io.gigawatt.planner.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Scenarios;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemandModelTest {

    @Test
    void facilityPowerIsGpuPowerPlusOverheadTimesPue() throws InputException {
        Scenario scenario = Scenarios.small();
        GpuMix mix = DemandModel.installedAfter(scenario.build(), scenario.catalogue(), 0);

        // 10,000 x 1.275 kW = 12.75 MW of GPUs; +8% halls = 13.77 MW IT; x 1.25 = 17.2125 MW.
        assertThat(mix.total()).isEqualTo(10_000);
        assertThat(scenario.facility().it(mix.gpuItPower()).mw()).isCloseTo(13.77, within(1e-9));
        assertThat(scenario.facility().facility(mix.gpuItPower()).mw()).isCloseTo(17.2125, within(1e-9));
    }

    @Test
    void gpusArriveAtAnEvenPaceUntilTheirMilestone() throws InputException {
        Scenario scenario = Scenarios.small();

        // 100 days from 2025-01-01 to 2025-04-11.
        assertThat(DemandModel.installedOn(scenario.build(), scenario.catalogue(), LocalDate.of(2025, 1, 1)).total()).isZero();
        assertThat(DemandModel.installedOn(scenario.build(), scenario.catalogue(), LocalDate.of(2025, 2, 20)).total()).isCloseTo(5_000, within(1e-9));
        assertThat(DemandModel.installedOn(scenario.build(), scenario.catalogue(), LocalDate.of(2025, 4, 11)).total()).isEqualTo(10_000);
        assertThat(DemandModel.installedOn(scenario.build(), scenario.catalogue(), LocalDate.of(2026, 1, 1)).total()).isEqualTo(10_000);
    }

    @Test
    void dailyLoadRunsFromTheStartToTheLastMilestoneWithTheGridOfEachDay() throws InputException {
        Scenario scenario = Scenarios.small();
        List<DailyLoad> days = DemandModel.daily(scenario.build(), scenario.catalogue(), scenario.facility(),
                scenario.gridSupply());

        assertThat(days).hasSize(101);
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(days.get(49).grid().mw()).isEqualTo(5);
        assertThat(days.get(50).grid().mw()).isEqualTo(10);
        // Day 49: 4,900 GPUs -> 8.434 MW facility, less 5 MW of grid.
        assertThat(days.get(49).onSiteNeed().mw()).isCloseTo(4_900 * 1.275e-3 * 1.08 * 1.25 - 5, within(1e-9));
        assertThat(days.get(1).onSiteNeed().mw()).isZero();
    }

    @Test
    void laterMilestonesAddToTheEarlierOnes() throws InputException {
        Scenario scenario = Scenarios.load(Scenarios.SMALL.replace("""
                        H100: 10000
                """, """
                        H100: 10000
                    - name: Hall B
                      date: 2025-05-11
                      add:
                        H100: 2000
                        GB200: 3000
                """));

        GpuMix both = DemandModel.installedAfter(scenario.build(), scenario.catalogue(), 1);
        assertThat(both.byModelId()).containsEntry("H100", 12_000L).containsEntry("GB200", 3_000L);
        assertThat(DemandModel.installedOn(scenario.build(), scenario.catalogue(), LocalDate.of(2025, 4, 26)).byModelId())
                .containsEntry("H100", 11_000L).containsEntry("GB200", 1_500L);
    }
}
