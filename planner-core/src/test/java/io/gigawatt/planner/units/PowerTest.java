package io.gigawatt.planner.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PowerTest {

    @Test
    void convertsBetweenTheUnitsPlannersUse() {
        assertThat(Power.mw(1.2).kw()).isCloseTo(1200, within(1e-9));
        assertThat(Power.kw(1275).mw()).isCloseTo(1.275, within(1e-12));
        assertThat(Power.watts(700).kw()).isCloseTo(0.7, within(1e-12));
        // A ton of refrigeration is 12,000 BTU/h = 3.517 kW of heat.
        assertThat(Power.tonsOfRefrigeration(480).mw()).isCloseTo(1.688, within(0.001));
        assertThat(Power.mw(3.51685).tonsOfRefrigeration()).isCloseTo(1000, within(1e-6));
    }

    @Test
    void readsInTheLargestFittingUnitWithThreeSignificantFigures() {
        assertThat(Power.mw(177.353)).hasToString("177 MW");
        assertThat(Power.mw(57.8)).hasToString("57.8 MW");
        assertThat(Power.mw(1200)).hasToString("1.2 GW");
        assertThat(Power.kw(1.275)).hasToString("1.28 kW");
        assertThat(Power.watts(700)).hasToString("700 W");
        assertThat(Power.ZERO).hasToString("0 MW");
        assertThat(Power.mw(2_400_000)).hasToString("2,400 GW");
        assertThat(Power.tonsOfRefrigeration(42_671.4).toTonsString()).isEqualTo("42,671 tons");
    }

    @Test
    void energyIsPowerOverTime() {
        Energy energy = Power.mw(150).over(Duration.ofHours(4));
        assertThat(energy.mwh()).isCloseTo(600, within(1e-9));
        assertThat(energy).hasToString("600 MWh");
        assertThat(Energy.mwh(21_600)).hasToString("21.6 GWh");
    }

    @Test
    void arithmeticAndComparisons() {
        Power facility = Power.mw(177);
        Power grid = Power.mw(50);
        assertThat(facility.minus(grid).mw()).isCloseTo(127, within(1e-9));
        assertThat(grid.shareOf(facility)).isCloseTo(0.2825, within(1e-4));
        assertThat(grid.shareOf(Power.ZERO)).isZero();
        assertThat(grid.minus(facility).atLeast(Power.ZERO)).isEqualTo(Power.ZERO);
        assertThat(facility.isAbove(grid)).isTrue();
        assertThat(grid.isBelow(facility)).isTrue();
    }

    @Test
    void refusesNonFiniteValues() {
        assertThatThrownBy(() -> Power.mw(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Energy.mwh(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Temperature.celsius(-300)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void temperatureCountsDegreesAboveARating() {
        assertThat(Temperature.celsius(35).degreesAbove(Temperature.celsius(15))).isEqualTo(20);
        assertThat(Temperature.celsius(10).degreesAbove(Temperature.celsius(15))).isZero();
    }

    @Test
    void percentagesAndCounts() {
        assertThat(Quantities.percent(0.2819)).isEqualTo("28.2%");
        assertThat(Quantities.percent(0.199)).isEqualTo("19.9%");
        assertThat(Quantities.percent(0.25)).isEqualTo("25%");
        assertThat(Quantities.count(1_000_000)).isEqualTo("1,000,000");
        assertThat(Quantities.format(0.86)).isEqualTo("0.86");
        assertThat(Quantities.format(-8)).isEqualTo("-8");
    }
}
