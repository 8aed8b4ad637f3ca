package io.gigawatt.planner.supply;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Temperature;
import org.junit.jupiter.api.Test;

class BatterySizingTest {

    private final Catalogue catalogue = CatalogueReader.loadDefault();
    private final BatteryModel megapack = catalogue.batteries().get("megapack-2xl-4h");

    @Test
    void theTrainingSwingSizesTheBankWhenItIsTheLargerDuty() {
        GeneratorFleet fleet = fleet(Power.mw(127));

        BatteryBank bank = BatterySizing.size(megapack, Power.mw(57.8), fleet);

        // 57.8 MW / 0.98 MW = 58.98 -> 59 packs.
        assertThat(bank.units()).isEqualTo(59);
        assertThat(bank.sizedBy()).isEqualTo("training swing");
        assertThat(bank.energy().mwh()).isCloseTo(59 * 3.9, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theLargestGeneratorSizesTheBankWhenItsTripIsTheLargerDuty() {
        GeneratorFleet fleet = fleet(Power.mw(127));

        BatteryBank bank = BatterySizing.size(megapack, Power.mw(5), fleet);

        // One SMT-130 at 35 C: 14.19 MW / 0.98 = 14.48 -> 15 packs.
        assertThat(bank.units()).isEqualTo(15);
        assertThat(bank.sizedBy()).isEqualTo("largest generator trip");
    }

    @Test
    void withoutGeneratorsOnlyTheSwingCounts() {
        BatteryBank bank = BatterySizing.size(megapack, Power.mw(0.98), fleet(Power.ZERO));

        assertThat(bank.largestTrip()).isEqualTo(Power.ZERO);
        assertThat(bank.units()).isEqualTo(1);
    }

    private GeneratorFleet fleet(Power need) {
        return GeneratorSizing.size(need, new Equipment.Generators(catalogue.generators().get("smt-130"), 1, 0.99,
                null, null), Temperature.celsius(35));
    }
}
