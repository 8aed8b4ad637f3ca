package io.gigawatt.planner.swing;

import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Ramp;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Large-load limits utilities publish or propose (docs/equipment-figures.md, utilities' limits), by name, so a scenario can write
 * {@code utility: {preset: ERCOT-2026}}. Most are proposals: check the current text before relying on one.
 * Each keeps to the limits the swing model judges (ramp over a window, range within a window, band share).
 */
public enum UtilityPreset {

    SOUTHERN_COMPANY("SOUTHERN-COMPANY", Ramp.mwPerMinute(20), Duration.ofMinutes(1), null, null,
            "Southern Company: ramp <= 20 MW/min for loads >= 50 MW; https://arxiv.org/abs/2601.12686 (Table 1)"),
    ERCOT_2026("ERCOT-2026", null, null, Power.mw(10), Duration.ofSeconds(5),
            "ERCOT (proposed 2026): <= 10 MW peak-to-peak in any rolling 5 s; https://www.ercot.com/files/docs/2026/06/19/ERCOT-LCL-Power-Variation-Limit-Discussion_fin.pdf"),
    CAISO_2026("CAISO-2026", Ramp.mwPerMinute(20), Duration.ofMinutes(10), null, null,
            "CAISO (straw 2026): average ramp <= 20 MW/min over a rolling 10 min; https://stakeholdercenter.caiso.com/InitiativeDocuments/Large-Load-Technical-Requirements-Straw-Proposal-Jun-15-2026.pdf"),
    IESO("IESO", Ramp.mwPerMinute(20), Duration.ofMinutes(1), Power.mw(5), Duration.ofSeconds(15),
            "IESO (Ontario): <= 20 MW/min and <= 5 MW in any 15 s; IESO large computational load requirements v3.0"),
    ATC("ATC", Ramp.mwPerSecond(0.5), Duration.ofSeconds(1), Power.mw(25), Duration.ofSeconds(5),
            "ATC (Wisconsin): changes at < 0.5 MW/s, < 25 MW over 5 s; quoted in the CAISO straw proposal");

    private final String label;
    private final Ramp ramp;
    private final Duration rampWindow;
    private final Power range;
    private final Duration rangeWindow;
    private final String source;

    UtilityPreset(String label, Ramp ramp, Duration rampWindow, Power range, Duration rangeWindow, String source) {
        this.label = label;
        this.ramp = ramp;
        this.rampWindow = rampWindow;
        this.range = range;
        this.rangeWindow = rangeWindow;
        this.source = source;
    }

    /** The name a scenario writes: "ERCOT-2026". */
    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    public UtilityLimits limits() {
        return new UtilityLimits(label, ramp, rampWindow == null ? UtilityLimits.DEFAULT_RAMP_WINDOW : rampWindow,
                range, rangeWindow == null ? UtilityLimits.DEFAULT_RANGE_WINDOW : rangeWindow,
                UtilityLimits.DEFAULT_BAND_LOW_HZ, UtilityLimits.DEFAULT_BAND_HIGH_HZ, null);
    }

    public static Optional<UtilityPreset> named(String label) {
        return Arrays.stream(values()).filter(p -> p.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(UtilityPreset::label).toList();
    }
}
