package io.gigawatt.planner.timeline;

/**
 * The uncertain inputs of a scenario and how to draw them. Each spread is null when the input is taken as
 * certain. The same seed and draws give the same figures, run after run.
 *
 * @param gridSlipDays    days each grid tranche after the build start may come late (drawn per tranche)
 * @param leadTimeFactor  a factor on every lead time (drawn once per draw: suppliers slip together)
 * @param pue             the facility's PUE
 * @param gpuPowerFactor  a factor on every GPU's IT power
 */
public record Risk(long seed, int draws, Spread gridSlipDays, Spread leadTimeFactor, Spread pue,
                   Spread gpuPowerFactor) {

    public static final int DEFAULT_DRAWS = 1000;

    public Risk {
        if (draws < 1) {
            throw new IllegalArgumentException("a Monte Carlo needs at least one draw, got " + draws);
        }
    }

    public Risk withDraws(int count) {
        return new Risk(seed, count, gridSlipDays, leadTimeFactor, pue, gpuPowerFactor);
    }

    public Risk withSeed(long value) {
        return new Risk(value, draws, gridSlipDays, leadTimeFactor, pue, gpuPowerFactor);
    }
}
