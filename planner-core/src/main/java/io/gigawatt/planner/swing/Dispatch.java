package io.gigawatt.planner.swing;

/**
 * Grid-forming battery dispatch over a campus trace. The sources (grid and generators, sharing every change in
 * proportion to their shares) follow a smooth draw: a one-minute low-pass of the load, nudged to bring the batteries
 * back to mid charge, and never changing faster than the tightest limit allows. The batteries supply the
 * difference within milliseconds, within their power and state-of-charge bounds; what they cannot supply, the
 * grid and generators take at once, and the limits judge it. When the largest generator trips, the batteries pick
 * up its output at once and hand it back to the remaining generators at their ramp rate (keeping their load-step
 * allowance for the swing); what the remaining units cannot add at all, the batteries carry to the window's end.
 *
 * <p>Losses: charging stores all it takes; discharging {@code P} for {@code dt} drains {@code P dt / efficiency},
 * so energy in = energy out / efficiency + change of stored energy.
 */
public final class Dispatch {

    /** The low-pass the sources' draw follows. */
    static final double SMOOTHING_SECONDS = 60;
    /** The state-of-charge correction: one full unit of charge error moves the draw by the bank's energy per hour. */
    static final double RECHARGE_SECONDS = 3600;

    private Dispatch() {
    }

    /**
     * The traces of one dispatch, MW (battery positive when discharging) and state of charge 0-1.
     *
     * @param sources what grid and generators together must follow (the generators' trip deficit aside)
     */
    public record Result(double[] grid, double[] generators, double[] battery, double[] soc, double[] sources,
                         double energyInMwh, double energyOutMwh, double storedStartMwh, double storedEndMwh,
                         boolean saturated) {
    }

    /**
     * @param load  the campus trace, MW
     * @param units battery units (0 for none)
     * @param trip  whether the largest generator trips at the load's peak
     */
    public static Result run(double[] load, SupplySetup s, int units, boolean trip) {
        int n = load.length;
        double dt = s.dt();
        double g = s.grid().share();
        SupplySetup.BatteryUnit unit = s.battery();
        double efficiency = unit.efficiency();
        double socMin = unit.socMin();
        double socMax = unit.socMax();
        SupplySetup.GeneratorTrip generatorTrip = s.trip();
        double[] grid = new double[n];
        double[] gen = new double[n];
        double[] bat = new double[n];
        double[] socs = new double[n];
        double[] followed = new double[n];
        double pMax = units * unit.mw();
        double capacity = units * unit.mwh();
        double mid = 0.5 * (socMin + socMax);
        double soc = mid;
        double slope = s.slopePerStep();
        int warmup = (int) Math.min(n, Math.max(1, Math.round(SMOOTHING_SECONDS / dt)));
        double drawn = 0;
        for (int k = 0; k < warmup; k++) {
            drawn += load[k];
        }
        drawn /= warmup;
        double lowPass = drawn;
        double alpha = Math.min(1, dt / SMOOTHING_SECONDS);
        // Each step's charge depends on the last one's: the factors below are worked out once, so the chain from one
        // step to the next has multiplications only (divisions take several times as long). The same figures to
        // rounding.
        double recharge = capacity * 3600 / RECHARGE_SECONDS;
        double dischargePerSoc = capacity * 3600 * efficiency / dt;
        double chargePerSoc = capacity * 3600 / dt;
        double socPerOut = dt / 3600 / efficiency / capacity;
        double socPerIn = dt / 3600 / capacity;
        int tripAt = trip && generatorTrip.mw() > 0 ? TraceStats.argMax(load) : -1;
        double in = 0;
        double out = 0;
        boolean saturated = false;
        for (int k = 0; k < n; k++) {
            double l = load[k];
            lowPass += alpha * (l - lowPass);
            double want = lowPass;
            if (capacity > 0) {
                want += (mid - soc) * recharge;
            }
            double draw = Math.max(drawn - slope, Math.min(drawn + slope, want));
            if (capacity <= 0) {
                draw = l;
            }
            double deficit = tripAt >= 0 && k >= tripAt ? generatorTrip.deficitAfter((k - tripAt) * dt) : 0;
            double wanted = l - draw + deficit;
            double b = 0;
            if (capacity > 0) {
                double dischargeRoom = Math.max(0, (soc - socMin) * dischargePerSoc);
                double chargeRoom = Math.max(0, (socMax - soc) * chargePerSoc);
                b = Math.max(-Math.min(pMax, chargeRoom), Math.min(Math.min(pMax, dischargeRoom), wanted));
            }
            double unserved = wanted - b;
            if (Math.abs(unserved) > 1e-9) {
                saturated = true;
            }
            double sources = draw + unserved;
            followed[k] = sources;
            grid[k] = g * sources;
            gen[k] = (1 - g) * sources - deficit;
            bat[k] = b;
            if (b > 0) {
                out += b * dt / 3600;
                soc -= b * socPerOut;
            } else if (b < 0) {
                in += -b * dt / 3600;
                soc += -b * socPerIn;
            }
            socs[k] = soc;
            drawn = draw;
        }
        return new Result(grid, gen, bat, socs, followed, in, out, mid * capacity, soc * capacity, saturated);
    }
}
