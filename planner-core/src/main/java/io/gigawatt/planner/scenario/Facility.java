package io.gigawatt.planner.scenario;

/**
 * @param pue           facility power over IT power (cooling, power conversion, lighting)
 * @param overheadShare networking, storage and CPU halls, as a share of the GPUs' IT power
 */
public record Facility(double pue, double overheadShare) {
}
