package io.gigawatt.planner.swing;

/**
 * The first minutes of a phase's simulation, as a report draws them: the campus load before the load-side
 * mitigations, what grid and generators carry once the batteries have taken their part, and the batteries' state of
 * charge (0-1). The same values as the first steps of {@link SwingModel#simulate}'s traces.
 */
public record SwingOpening(double stepSeconds, double[] loadBefore, double[] afterBatteries, double[] soc) {

    public int steps() {
        return loadBefore.length;
    }
}
