package io.gigawatt.planner.catalogue;

import io.gigawatt.planner.units.Power;
import java.time.Duration;

/**
 * A GPU's own power smoothing (NVML power smoothing on Blackwell and later,
 * https://docs.nvidia.com/deploy/nvml-api/group__nvmlPowerSmoothing.html): while a job runs the GPU holds its power
 * at least at a floor, and its power moves no faster than the ramp rates, burning power on the way down and holding
 * back compute on the way up. The figures are the profile's parameters as a scenario sets them.
 *
 * @param floorShare         the floor as a share of the GPU's power limit (NVML's percent floor, over 100)
 * @param rampUpWattsPerSecond   the fastest the power rises
 * @param rampDownWattsPerSecond the fastest it falls
 * @param rampDownHysteresis how long the power holds before it starts to fall (NVML's ramp-down hysteresis)
 */
public record PowerSmoothing(double floorShare, double rampUpWattsPerSecond, double rampDownWattsPerSecond,
                             Duration rampDownHysteresis) {

    /** The floor of a GPU whose power limit is {@code limit}. */
    public Power floor(Power limit) {
        return limit.times(floorShare);
    }

    /**
     * {@code w}, one GPU's power over one iteration sampled every {@code dt} seconds and repeating, as the smoothing
     * lets it move: in place, after as many passes over the iteration as the smoothed power needs to repeat too.
     */
    public void smooth(double[] w, double dt) {
        double up = rampUpWattsPerSecond * dt;
        double down = rampDownWattsPerSecond * dt;
        double hold = rampDownHysteresis.toNanos() / 1e9;
        double[] target = w.clone();
        double level = target[target.length - 1];
        double below = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            double start = level;
            for (int i = 0; i < target.length; i++) {
                below = target[i] < level ? below + dt : 0;
                if (target[i] > level) {
                    level = Math.min(target[i], level + up);
                } else if (below > hold) {
                    level = Math.max(target[i], level - down);
                }
                w[i] = level;
            }
            if (Math.abs(level - start) < 1e-9) {
                return;
            }
        }
    }

    /** Passes over the iteration before the smoothed power is taken as repeating. */
    private static final int MAX_PASSES = 20;
}
