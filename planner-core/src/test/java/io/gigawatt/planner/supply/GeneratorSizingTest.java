package io.gigawatt.planner.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import org.junit.jupiter.api.Test;

class GeneratorSizingTest {

    private final GeneratorModel smt130 = CatalogueReader.loadDefault().generators().get("smt-130");
    private final Temperature memphisSummer = Temperature.celsius(35);

    @Test
    void derateSetsHowManyUnitsRun() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.mw(127.353), choice(1, 0.99), memphisSummer);

        // 16.5 MW x 86% = 14.19 MW each at 35 C: 127.353 / 14.19 = 8.97 -> 9 running.
        assertThat(fleet.unitOutput().mw()).isCloseTo(14.19, within(1e-9));
        assertThat(fleet.running()).isEqualTo(9);
    }

    @Test
    void sparesCoverForcedOutagesWithThePlannersConfidence() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.mw(127.353), choice(1, 0.99), memphisSummer);

        // 10 units: P(>= 9 of 10 up at 95%) = 0.914; 11: 0.985; 12: 0.998 >= 0.99.
        assertThat(fleet.units()).isEqualTo(12);
        assertThat(fleet.spares()).isEqualTo(3);
        assertThat(fleet.availabilityConfidence()).isCloseTo(0.9978, within(1e-4));
        assertThat(fleet.rated().mw()).isCloseTo(198, within(1e-9));
        assertThat(GeneratorSizing.probabilityAtLeast(9, 11, 0.95)).isCloseTo(0.9848, within(1e-4));
    }

    @Test
    void countsTheUnitsTheHeatCosts() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.mw(127.353), choice(1, 0.99), memphisSummer);

        // At 15 C a unit gives its full 16.5 MW: 127.353 / 16.5 = 7.7 -> 8 running; 8 + N+1 spare and the
        // availability criterion give 11 (P(>= 8 of 11 up) = 0.9985); at 35 C the fleet is 12.
        assertThat(fleet.unitsAtRating()).isEqualTo(11);
        assertThat(fleet.unitsLostToHeat()).isEqualTo(1);
    }

    @Test
    void neverFewerSparesThanTheRedundancyAsked() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.mw(127.353), choice(5, 0.5), memphisSummer);

        assertThat(fleet.spares()).isEqualTo(5);
    }

    @Test
    void noGapNeedsNoGenerators() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.ZERO, choice(1, 0.99), memphisSummer);

        assertThat(fleet.units()).isZero();
        assertThat(fleet.rated()).isEqualTo(Power.ZERO);
    }

    @Test
    void anExactFitNeedsNoExtraRunningUnit() {
        GeneratorFleet fleet = GeneratorSizing.size(Power.mw(14.19 * 4), choice(0, 0.5), memphisSummer);

        assertThat(fleet.running()).isEqualTo(4);
    }

    private Equipment.Generators choice(int redundancy, double confidence) {
        return new Equipment.Generators(smt130, redundancy, confidence, null, null);
    }
}
