package io.gigawatt.planner.input;

/**
 * The ranges of the quantities that more than one input reads (the scenario, a site file, the timeline, the swing
 * settings, the catalogue), declared once: a PUE or a figure in MW is checked, and described, alike wherever a
 * planner writes it.
 */
public final class Ranges {

    /** A power figure of a campus, a site, a permit or a supply option: up to 20 GW. */
    public static final Range MW = Range.of(0, 20_000, "a number of MW");
    public static final Range PUE = Range.of(1.0, 3.0, "a PUE");
    /** An air temperature: a site's design ambient, the temperature a machine is rated up to. */
    public static final Range CELSIUS = Range.of(-50, 60, "degrees C");
    /** Generator units a permit allows. */
    public static final Range PERMIT_UNITS = Range.wholeNumber(0, 10_000, "a whole number of units");
    public static final Range GPUS_PER_RACK = Range.wholeNumber(1, 1_000, "a whole number of GPUs per rack");

    private Ranges() {
    }
}
