package io.gigawatt.planner.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Area, gas and water: the quantities siting adds, and how reports write them. */
class SitingUnitsTest {

    @Test
    void anAcreIs43560SquareFeet() {
        assertThat(Area.acres(1).squareFeet()).isEqualTo(43_560);
        assertThat(Area.squareFeet(87_120).acres()).isEqualTo(2);
        assertThat(Area.squareFeet(93_780)).hasToString("93,780 sq ft");
        assertThat(Area.acres(11.0505).toAcresString()).isEqualTo("11.1 acres");
        assertThat(Area.acres(1).toAcresString()).isEqualTo("1 acre");
    }

    @Test
    void aTurbineBurnsItsOutputTimesItsHeatRate() {
        // 14.19 MW x 9,750 Btu/kWh x 24 h = 14,190 kW x 9,750 x 24 / 1e6 = 3,320.46 MMBtu a day.
        GasFlow flow = GasFlow.burning(Power.mw(14.19), 9_750);

        assertThat(flow.mmbtuPerDay()).isCloseTo(3_320.46, within(1e-9));
        assertThat(flow.times(9)).hasToString("29,884 MMBtu/day");
        assertThat(GasFlow.mmbtuPerDay(165)).hasToString("165 MMBtu/day");
    }

    @Test
    void coolingUsesWaterForEveryKwhOfHeat() {
        // 136.425 MW of heat all day at 0.2 L/kWh: 136,425 kW x 24 h x 0.2 L / 1,000 = 654.84 m3.
        WaterFlow water = WaterFlow.rejecting(Power.mw(136.425), 0.2);

        assertThat(water.m3PerDay()).isCloseTo(654.84, within(1e-9));
        assertThat(water).hasToString("655 m3/day");
        assertThat(water.times(1.1).isAbove(WaterFlow.m3PerDay(720))).isTrue();
    }
}
