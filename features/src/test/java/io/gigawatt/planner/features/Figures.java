package io.gigawatt.planner.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;

/**
 * How a figure in a feature is compared with the planner's: the way a reader compares it with the report.
 * A power matches within 1% (features write "177 MW" for 177.35 MW); a share matches to the whole percent,
 * as the report rounds it ("25%" for 24.7%).
 */
final class Figures {

    /** Relative tolerance for powers, in percent. */
    static final double POWER_TOLERANCE_PERCENT = 1.0;

    /** Absolute tolerance for shares: half a percentage point. */
    static final double SHARE_TOLERANCE = 0.005;

    private Figures() {
    }

    static void assertPower(String what, Power actual, Power stated) {
        assertThat(actual.watts())
                .as("%s: the planner has %s, the feature states %s (within %s%%)", what, actual, stated,
                        POWER_TOLERANCE_PERCENT)
                .isCloseTo(stated.watts(), withPercentage(POWER_TOLERANCE_PERCENT));
    }

    static void assertShare(String what, double actual, double stated) {
        assertThat(actual)
                .as("%s: the planner has %s (%.4f), the feature states %s", what, Quantities.percent(actual), actual,
                        Quantities.percent(stated))
                .isCloseTo(stated, within(SHARE_TOLERANCE));
    }
}
