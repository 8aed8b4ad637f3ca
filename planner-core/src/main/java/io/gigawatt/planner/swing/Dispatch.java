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
        Untripped run = new Untripped(load, foresight, s, units);
        return tripAt < 0 ? run.whole() : run.trippedAt(tripAt);
    }

    /**
     * The dispatch of one count without a trip, run only as far as asked, and the same dispatch with the largest
     * generator tripping at a step. Until the trip the two are the same, step for step, so a trip takes on the
     * untripped steps before it and runs only those after: the trips the search tries at several moments share one
     * count's untripped steps, and the untripped dispatch is there for the count's figures. Each result is the one a
     * dispatch run from the start gives, bit for bit.
     */
    static final class Untripped {
        private final double[] load;
        private final double[] aim;
        private final SupplySetup s;
        private final double[] low;
        private final double[] high;
        private final double pMax;
        private final double capacity;
        private final double mid;
        private final Steps done;
        /** The draw at each step done, where a trip takes on from. */
        private final double[] draws;

        Untripped(double[] load, Foresight foresight, SupplySetup s, int units) {
            int n = load.length;
            this.load = load;
            this.aim = foresight.aim();
            this.s = s;
            SupplySetup.BatteryUnit unit = s.battery();
            this.pMax = units * unit.mw();
            this.capacity = units * unit.mwh();
            this.mid = 0.5 * (unit.socMin() + unit.socMax());
            this.low = new double[n];
            this.high = new double[n];
            if (capacity > 0) {
                plan(foresight, pMax, s.slopePerStep(), low, high);
            }
            double drawn = n == 0 ? 0
                    : keep(aim[0], low[0], high[0], Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            this.done = new Steps(n, mid, drawn);
            this.draws = new double[n];
        }

        /** The whole window without a trip. */
        Result whole() {
            advanceTo(load.length);
            return done.result(mid * capacity, capacity, false);
        }

        /** The whole window with the largest generator tripping at step {@code tripAt}. */
        Result trippedAt(int tripAt) {
            int from = Math.min(tripAt, load.length);
            advanceTo(from);
            Steps tripped = done.copyUntil(from, from == 0 ? mid : done.socs[from - 1],
                    from == 0 ? done.drawn0 : draws[from - 1], s.dt());
            run(tripped, from, load.length, tripAt, null);
            return tripped.result(mid * capacity, capacity, true);
        }

        private void advanceTo(int until) {
            if (done.count < until) {
                run(done, done.count, until, -1, draws);
            }
        }

        /** Steps {@code from} (the state after the step before it in {@code st}) until {@code until}. */
        private void run(Steps st, int from, int until, int tripAt, double[] drawsOut) {
            int n = load.length;
            double dt = s.dt();
            double g = s.grid().share();
            SupplySetup.BatteryUnit unit = s.battery();
            double efficiency = unit.efficiency();
            double socMin = unit.socMin();
            double socMax = unit.socMax();
            SupplySetup.GeneratorTrip generatorTrip = s.trip();
            double slope = s.slopePerStep();
            double[] grid = st.grid;
            double[] gen = st.gen;
            double[] bat = st.bat;
            double[] socs = st.socs;
            double[] followed = st.followed;
            // Each step's charge depends on the last one's: the factors below are worked out once, so the chain from
            // one step to the next has multiplications only (divisions take several times as long). The same figures
            // to rounding.
            double dischargePerSoc = capacity * 3600 * efficiency / dt;
            double chargePerSoc = capacity * 3600 / dt;
            double socPerOut = dt / 3600 / efficiency / capacity;
            double socPerIn = dt / 3600 / capacity;
            int balanceSteps = (int) Math.round(BALANCE_SECONDS / dt);
            double soc = st.soc;
            double drawn = st.drawn;
            double in = st.in;
            double out = st.out;
            int firstSaturated = st.firstSaturated;
            for (int k = from; k < until; k++) {
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
                if (firstSaturated < 0 && Math.abs(unserved) > 1e-9) {
                    firstSaturated = k;
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
                if (drawsOut != null) {
                    drawsOut[k] = draw;
                }
            }
            st.count = until;
            st.soc = soc;
            st.drawn = drawn;
            st.in = in;
            st.out = out;
            st.firstSaturated = firstSaturated;
        }
    }

    /** The traces of the steps done so far, and the state after the last of them. */
    private static final class Steps {
        final double[] grid;
        final double[] gen;
        final double[] bat;
        final double[] socs;
        final double[] followed;
        /** The draw before the first step. */
        final double drawn0;
        int count;
        double soc;
        double drawn;
        double in;
        double out;
        /** The first step whose load was not all served, or -1. */
        int firstSaturated = -1;

        private Steps(double[] grid, double[] gen, double[] bat, double[] socs, double[] followed, double drawn0) {
            this.grid = grid;
            this.gen = gen;
            this.bat = bat;
            this.socs = socs;
            this.followed = followed;
            this.drawn0 = drawn0;
        }

        Steps(int n, double soc, double drawn) {
            this(new double[n], new double[n], new double[n], new double[n], new double[n], drawn);
            this.soc = soc;
            this.drawn = drawn;
        }

        /**
         * A copy of the first {@code from} steps, with the state after them: the charge and draw of the last, the
         * energies summed again as the steps summed them (the same additions in the same order).
         */
        Steps copyUntil(int from, double soc, double drawn, double dt) {
            Steps copy = new Steps(prefix(grid, from), prefix(gen, from), prefix(bat, from), prefix(socs, from),
                    prefix(followed, from), drawn0);
            copy.count = from;
            copy.soc = soc;
            copy.drawn = drawn;
            for (int k = 0; k < from; k++) {
                double b = bat[k];
                if (b > 0) {
                    copy.out += b * dt / 3600;
                } else if (b < 0) {
                    copy.in += -b * dt / 3600;
                }
            }
            copy.firstSaturated = firstSaturated < from ? firstSaturated : -1;
            return copy;
        }

        /** An array of {@code x}'s length with its first {@code from} values. */
        private static double[] prefix(double[] x, int from) {
            double[] y = new double[x.length];
            System.arraycopy(x, 0, y, 0, from);
            return y;
        }

        Result result(double storedStart, double capacity, boolean tripped) {
            return new Result(grid, gen, bat, socs, followed, in, out, storedStart, soc * capacity,
                    firstSaturated >= 0, tripped);
        }
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
