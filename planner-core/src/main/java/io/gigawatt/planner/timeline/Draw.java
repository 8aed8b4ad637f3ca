package io.gigawatt.planner.timeline;

/**
 * One set of values for the uncertain inputs: the dates grid tranches and supply options arrive (epoch days), a
 * factor on lead times, the PUE and a factor on GPU power. The scenario as written is one draw; the Monte Carlo
 * makes thousands.
 */
record Draw(long[] trancheDays, double leadTimeFactor, double pue, double gpuPowerFactor, long[] optionDays) {
}
