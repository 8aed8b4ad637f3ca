package io.gigawatt.planner.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.units.Power;
import org.junit.jupiter.api.Test;

/** A GPU under a power cap, as every model reads it, and the throughput the cap leaves it. */
class PowerCapTest {

    private static final GpuModel H100 = CatalogueReader.loadDefault().gpus().get("H100");

    @Test
    void anH100CappedAt350WDrawsTheWattsCutLessAndSwingsOnlyUpToTheCap() {
        GpuModel capped = new PowerCap(H100, Power.watts(350)).capped();

        assertThat(capped.tdp().watts()).isEqualTo(350);
        assertThat(capped.itPerGpu().kw()).isCloseTo(1.275 - 0.350, within(1e-9));
        assertThat(capped.profile().compute().watts()).isEqualTo(350);
        assertThat(capped.profile().idle()).isEqualTo(H100.profile().idle());
        assertThat(capped.profile().swing().watts()).isEqualTo(350 - 122);
    }

    @Test
    void aCapAboveTheComputeLevelLeavesTheSwingAsItWas() {
        GpuModel capped = new PowerCap(H100, Power.watts(695)).capped();

        assertThat(capped.profile().compute()).isEqualTo(H100.profile().compute());
    }

    @Test
    void throughputFallsWithTheCapFromAllOfItAtTheTdpTo875ThousandthsAt600WOfAnH100() {
        assertThat(new PowerCap(H100, Power.watts(700)).throughputShare()).isEqualTo(1);
        assertThat(new PowerCap(H100, Power.watts(600)).throughputShare()).isCloseTo(0.875, within(1e-12));
        assertThat(new PowerCap(H100, Power.watts(350)).throughputShare()).isCloseTo(0.549, within(0.001));
        assertThat(PowerCap.floor(H100).watts()).isCloseTo(200, within(1e-9));
    }
}
