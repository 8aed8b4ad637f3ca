package io.gigawatt.planner.swing;

/**
 * Grid-forming battery dispatch over a campus trace. The sources (grid and generators, sharing every change in
 * proportion to their shares) follow a planned draw and the batteries supply the difference within milliseconds,
 * within their power and state-of-charge bounds; what they cannot supply, the grid and generators take at once, and
 * the limits judge it.
 *
 * <p>The plan uses what is known ahead ({@link Foresight}): from the load as the schedule makes it, a backward pass
 * finds at each step the band of draws from which every later step can still be met within the batteries' power
 * without changing faster than the tightest limit allows; the draw keeps to that band (to its centre when no draw
 * can), which centres it on the swing's range when the batteries are few and holds it through scheduled pauses,
 * climbing back before each resume. Within the band it aims at the known load's average over
 * {@value Foresight#AVERAGE_SECONDS} s, plus what brings the batteries back to the charge they started with by the window's
 * end (the charge short spread over the time left). A crash revises what is known when it happens; a generator trip
 * is not known ahead at all: the batteries pick up the tripped unit's output at once and hand it back to the
 * remaining generators at their ramp rate (keeping their load-step allowance for the swing); what the remaining units
 * cannot add at all, the batteries carry to the window's end.
 *
 * <p>Losses: charging stores all it takes; discharging {@code P} for {@code dt} drains {@code P dt / efficiency},
 * so energy in = energy out / efficiency + change of stored energy.
 */
public final class Dispatch {

    /** The charge short of the start is made up over the time left, but never faster than over this. */
    static final double BALANCE_SECONDS = 60;

    private Dispatch() {
    }

    /**
     * The traces of one dispatch, MW (battery positive when discharging) and state of charge 0-1.
     *
     * @param sources what grid and generators together must follow (the generators' trip deficit aside)
     * @param tripped whether the largest generator tripped in the window
     */
    public record Result(double[] grid, double[] generators, double[] battery, double[] soc, double[] sources,
                         double energyInMwh, double energyOutMwh, double storedStartMwh, double storedEndMwh,
                         boolean saturated, boolean tripped) {
    }

    /**
     * @param load      the campus trace, MW
     * @param foresight what is known of it ahead of each step
     * @param units     battery units (0 for none)
     * @param tripAt    the step the largest generator trips at, or -1 for none
     */
    public static Result run(double[] load, Foresight foresight, SupplySetup s, int units, int tripAt) {
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
        double[] low = new double[n];
        double[] high = new double[n];
        double[] aim = foresight.aim();
        if (capacity > 0) {
            plan(foresight, pMax, slope, low, high);
        }
        // Each step's charge depends on the last one's: the factors below are worked out once, so the chain from one
        // step to the next has multiplications only (divisions take several times as long). The same figures to
        // rounding.
        double dischargePerSoc = capacity * 3600 * efficiency / dt;
        double chargePerSoc = capacity * 3600 / dt;
        double socPerOut = dt / 3600 / efficiency / capacity;
        double socPerIn = dt / 3600 / capacity;
        int balanceSteps = (int) Math.round(BALANCE_SECONDS / dt);
        double drawn = n == 0 ? 0 : keep(aim[0], low[0], high[0], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        double in = 0;
        double out = 0;
        boolean saturated = false;
        for (int k = 0; k < n; k++) {
            double l = load[k];
            double draw = l;
            if (capacity > 0) {
                double want = aim[k] + (mid - soc) * chargePerSoc / Math.max(balanceSteps, n - k);
                draw = keep(want, low[k], high[k], drawn - slope, drawn + slope);
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
        return new Result(grid, gen, bat, socs, followed, in, out, mid * capacity, soc * capacity, saturated,
                tripAt >= 0);
    }

    /**
     * The draw nearest {@code want} within the slope's reach {@code [from, to]} and the band {@code [low, high]};
     * when the two do not meet (no draw keeps every later step within the batteries' power), the nearest the band's
     * centre within reach.
     */
    private static double keep(double want, double low, double high, double from, double to) {
        double lower = Math.max(low, from);
        double upper = Math.min(high, to);
        if (lower <= upper) {
            return Math.max(lower, Math.min(upper, want));
        }
        return Math.max(from, Math.min(to, 0.5 * (low + high)));
    }

    /**
     * For each step, the band of draws from which every later step of the known load stays within {@code power} of
     * the draw, changing at most {@code slope} a step ({@code low}, {@code high}: the backward pass over each
     * revision of what is known, from the window's end to the revision's start).
     */
    private static void plan(Foresight foresight, double power, double slope, double[] low, double[] high) {
        int n = low.length;
        for (int i = 0; i < foresight.from().length; i++) {
            double[] known = foresight.known()[i];
            int from = foresight.from()[i];
            int until = foresight.until(i, n);
            double up = Double.POSITIVE_INFINITY;
            double down = Double.NEGATIVE_INFINITY;
            for (int k = n - 1; k >= from; k--) {
                up = Math.min(known[k] + power, up + slope);
                down = Math.max(known[k] - power, down - slope);
                if (k < until) {
                    high[k] = up;
                    low[k] = down;
                }
            }
        }
    }
}
