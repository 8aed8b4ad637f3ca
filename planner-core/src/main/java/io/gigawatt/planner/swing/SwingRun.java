package io.gigawatt.planner.swing;

/**
 * One phase's simulation with its traces, for export and plotting: the load before and after the load-side
 * mitigations, and the dispatch with the batteries in use.
 */
public record SwingRun(SwingAssessment assessment, double stepSeconds, double[] loadBefore, double[] load,
                       Dispatch.Result dispatch) {
}
