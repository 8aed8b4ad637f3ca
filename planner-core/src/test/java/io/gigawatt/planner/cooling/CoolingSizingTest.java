package io.gigawatt.planner.cooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.Catalogue;
import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.units.Power;
import org.junit.jupiter.api.Test;

class CoolingSizingTest {

    private final Catalogue catalogue = CatalogueReader.loadDefault();

    @Test
    void coolingCarriesTheItHeatPlusTheMarginInWholeUnits() {
        CoolingPlan plan = CoolingSizing.size(Power.mw(136.425),
                new Equipment.Cooling(catalogue.cooling().get("rental-chiller-480"), 0.1, 360));

        // 136.425 MW x 1.1 = 150.07 MW = 42,671 tons; / 480 tons = 88.9 -> 89 chillers.
        assertThat(plan.required().tonsOfRefrigeration()).isCloseTo(42_671, within(1.0));
        assertThat(plan.units()).isEqualTo(89);
        assertThat(plan.marketShare()).isCloseTo(89 / 360.0, within(1e-12));
    }

    @Test
    void ownedUnitsOrAnUnknownMarketHaveNoMarketShare() {
        Power heat = Power.mw(10);
        assertThat(CoolingSizing.size(heat, new Equipment.Cooling(catalogue.cooling().get("chiller-500"), 0, 360))
                .marketShare()).isNull();
        assertThat(CoolingSizing.size(heat, new Equipment.Cooling(catalogue.cooling().get("rental-chiller-480"), 0,
                null)).marketShare()).isNull();
    }
}
