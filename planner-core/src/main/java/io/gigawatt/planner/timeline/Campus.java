package io.gigawatt.planner.timeline;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.demand.DemandModel;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.targets.Target;
import java.util.Arrays;
import java.util.List;

/**
 * A campus made ready for the timeline: what each phase needs, when its GPUs are installed, the generator
 * table, permits and targets, all as plain numbers and epoch days. Built once; each draw of the Monte Carlo then
 * costs a few checks per phase.
 */
final class Campus {

    /** An epoch day that never comes. */
    static final long NEVER = Long.MAX_VALUE;
    /** A count of units with no limit. */
    static final long UNBOUNDED = Long.MAX_VALUE / 4;

    final CampusInputs inputs;
    final TimelineInput input;
    final List<PhaseNeed> phases;
    final long start;
    /** Each phase's date in the build plan (its GPUs delivered), and the day its GPUs are installed. */
    final long[] arrive;
    final long[] installed;
    final double[] gpuItWatts;
    final FleetTable fleet;
    final double unitOutputWatts;
    final double ratedWatts;
    final long generatorOrder;
    final long coolingOrder;
    final long[] permitDays;
    final double coolingUnitWatts;
    /** GPUs delivered by the end of each day from the build start to the last milestone. */
    private final double[] delivered;
    /** Each phase's planned generators and cooling units, {@link #UNBOUNDED} where the plan names none. */
    private final long[] plannedGenerators;
    private final long[] plannedCooling;

    Campus(CampusInputs inputs, List<PhaseNeed> phases) {
        this.inputs = inputs;
        this.input = inputs.timeline();
        this.phases = List.copyOf(phases);
        this.start = inputs.build().start().toEpochDay();
        int n = phases.size();
        arrive = new long[n];
        gpuItWatts = new double[n];
        plannedGenerators = new long[n];
        plannedCooling = new long[n];
        for (int i = 0; i < n; i++) {
            PhaseNeed phase = phases.get(i);
            arrive[i] = phase.date().toEpochDay();
            gpuItWatts[i] = phase.gpuIt().watts();
            plannedGenerators[i] = orUnbounded(phase.planned().generators());
            plannedCooling[i] = orUnbounded(phase.planned().cooling());
        }
        Equipment.Generators generators = inputs.equipment().generators();
        fleet = new FleetTable(generators, inputs.designAmbient());
        unitOutputWatts = fleet.unitOutput().watts();
        ratedWatts = generators.model().rated().watts();
        generatorOrder = input.orders().generators().toEpochDay();
        coolingOrder = input.orders().cooling().toEpochDay();
        permitDays = input.permits().stream().mapToLong(p -> p.date().toEpochDay()).toArray();
        coolingUnitWatts = inputs.equipment().cooling().model().capacity().watts();
        delivered = deliveries(inputs);
        installed = installDays(input.installation());
    }

    private static long orUnbounded(Integer units) {
        return units == null ? UNBOUNDED : units;
    }

    /** The scenario as written: every date as stated, lead times as catalogued, the scenario's PUE. */
    Draw asWritten() {
        return new Draw(inputs.grid().days(), 1,
                inputs.facility().pue(), 1,
                input.futureSupply().stream().mapToLong(o -> o.earliest().toEpochDay()).toArray());
    }

    /**
     * Tranche dates with a slip each for those after the build start (the connection the site starts with does
     * not slip); a tranche never comes before the one it follows.
     */
    long[] slippedTranches(double[] slipDays) {
        long[] days = inputs.grid().days();
        for (int i = 0; i < days.length; i++) {
            long day = days[i];
            if (day > start) {
                day += Math.round(slipDays[i]);
            }
            days[i] = i > 0 ? Math.max(day, days[i - 1] + 1) : day;
        }
        return days;
    }

    Supply supply(Draw draw) {
        double[] optionWatts = input.futureSupply().stream().mapToDouble(o -> o.firm().watts()).toArray();
        boolean[] servesPhases = new boolean[optionWatts.length];
        for (int i = 0; i < servesPhases.length; i++) {
            servesPhases[i] = input.futureSupply().get(i).servesPhases();
        }
        Equipment.Generators generators = inputs.equipment().generators();
        Equipment.Cooling cooling = inputs.equipment().cooling();
        Routes generatorRoutes = Routes.of(generators.model().leadTime(), generatorOrder, draw.leadTimeFactor(), true,
                generators.rentalMarketUnits());
        Routes coolingRoutes = Routes.of(cooling.model().leadTime(), coolingOrder, draw.leadTimeFactor(),
                cooling.model().rental(), cooling.rentalMarketUnits());
        long[] other = Arrays.copyOf(permitDays, permitDays.length + 1);
        other[permitDays.length] = start;
        return new Supply(inputs.grid().arrivingOn(draw.trancheDays()), draw.optionDays(), optionWatts, servesPhases,
                generatorRoutes, coolingRoutes, other, this::permitCap);
    }

    /** Facility power of phase {@code p} in a draw. */
    double facilityWatts(int p, Draw draw) {
        return inputs.facility().facilityWatts(gpuItWatts[p] * draw.gpuPowerFactor(), draw.pue());
    }

    /** Cooling units phase {@code p} needs in a draw: its IT heat plus the planner's margin, in whole units. */
    int coolingUnits(int p, Draw draw) {
        double it = inputs.facility().itWatts(gpuItWatts[p] * draw.gpuPowerFactor());
        return (int) Math.max(0, Math.ceil(it * (1 + inputs.equipment().cooling().margin()) / coolingUnitWatts - 1e-9));
    }

    /** The air permit's cap on units on {@code day}: the equipment's caps, changed by dated permits. */
    private long permitCap(long day) {
        Equipment.Generators generators = inputs.equipment().generators();
        Integer units = generators.permitCapUnits();
        var mw = generators.permitCapMw();
        for (int i = 0; i < permitDays.length; i++) {
            if (permitDays[i] <= day) {
                units = input.permits().get(i).generatorUnits();
                mw = input.permits().get(i).generatorMw();
            }
        }
        long cap = UNBOUNDED;
        if (units != null) {
            cap = units;
        }
        if (mw != null) {
            cap = Math.min(cap, (long) Math.floor(mw.watts() / ratedWatts + 1e-9));
        }
        return cap;
    }

    long plannedGenerators(int p) {
        return plannedGenerators[p];
    }

    long plannedCooling(int p) {
        return plannedCooling[p];
    }

    /** Generating units phase {@code p} may use on {@code day}: delivered, permitted and planned. */
    long generatorsUsable(int p, long day, Supply supply) {
        return generatorsUsable(p, day, supply.slot(day), supply);
    }

    private long generatorsUsable(int p, long day, int slot, Supply supply) {
        return Math.min(supply.generators.obtainable(day, false),
                Math.min(supply.permitCapIn(slot), plannedGenerators[p]));
    }

    /** Units the whole campus may run on {@code day}, for targets: delivered and permitted. */
    long generatorsUsable(long day, Supply supply) {
        return Math.min(supply.generators.obtainable(day, false), supply.permitCap(day));
    }

    boolean powered(int p, long day, Supply supply, Draw draw, boolean liftCaps) {
        return powered(p, day, supply.slot(day), supply, facilityWatts(p, draw), liftCaps);
    }

    /** With {@code day}'s slot ({@link Supply#slot}) and the phase's facility power in the draw. */
    private boolean powered(int p, long day, int slot, Supply supply, double facility, boolean liftCaps) {
        double need = facility - supply.gridIn(slot) - supply.phaseOptionsIn(slot);
        if (need <= 1e-6) {
            return true;
        }
        long usable = liftCaps ? supply.generators.obtainable(day, true) : generatorsUsable(p, day, slot, supply);
        return fleet.unitsForNeed(need) <= usable;
    }

    boolean cooled(int p, long day, Supply supply, Draw draw, boolean liftCaps) {
        return cooled(p, day, supply, coolingUnits(p, draw), liftCaps);
    }

    /** With the cooling units the phase needs in the draw. */
    private boolean cooled(int p, long day, Supply supply, int units, boolean liftCaps) {
        long usable = liftCaps ? supply.cooling.obtainable(day, true)
                : Math.min(supply.cooling.obtainable(day, false), plannedCooling[p]);
        return units <= usable;
    }

    /**
     * The first day from which phase {@code p} stays installed, powered and cooled, or {@link #NEVER}: checked on
     * its installation day and on every later day supply or a permit changes.
     */
    long readyDay(int p, Supply supply, Draw draw, long installedDay, boolean liftGenerators, boolean liftCooling) {
        // what the phase needs in this draw, worked out once for every day checked
        double facility = facilityWatts(p, draw);
        int coolingUnits = coolingUnits(p, draw);
        long[] events = supply.events;
        int first = supply.firstEventAfter(installedDay);
        long ready = NEVER;
        for (int i = events.length - 1; i >= first; i--) {
            // events[i] opens slot i + 1
            if (!ready(p, events[i], i + 1, supply, facility, coolingUnits, liftGenerators, liftCooling)) {
                return ready;
            }
            ready = events[i];
        }
        return ready(p, installedDay, first, supply, facility, coolingUnits, liftGenerators, liftCooling)
                ? installedDay : ready;
    }

    boolean ready(int p, long day, Supply supply, Draw draw, boolean liftGenerators, boolean liftCooling) {
        return ready(p, day, supply.slot(day), supply, facilityWatts(p, draw), coolingUnits(p, draw), liftGenerators,
                liftCooling);
    }

    private boolean ready(int p, long day, int slot, Supply supply, double facility, int coolingUnits,
                          boolean liftGenerators, boolean liftCooling) {
        return powered(p, day, slot, supply, facility, liftGenerators)
                && cooled(p, day, supply, coolingUnits, liftCooling);
    }

    /** Firm supply on {@code day}: grid, supply options and the permitted fleet's running units; infinite when unbounded. */
    double firmWatts(long day, Supply supply) {
        long usable = generatorsUsable(day, supply);
        double onSite = usable >= FleetTable.UNBOUNDED_UNITS ? Double.POSITIVE_INFINITY
                : fleet.maxRunning(usable) * unitOutputWatts;
        return supply.grid(day) + supply.options(day) + onSite;
    }

    /** The first day from which firm supply stays at or above {@code budgetWatts}, or {@link #NEVER}. */
    long closeDay(double budgetWatts, Supply supply) {
        long[] events = supply.events;
        int first = supply.firstEventAfter(start);
        long closes = NEVER;
        for (int i = events.length - 1; i >= first; i--) {
            if (firmWatts(events[i], supply) < budgetWatts - 1e-6) {
                return closes;
            }
            closes = events[i];
        }
        return firmWatts(start, supply) >= budgetWatts - 1e-6 ? start : closes;
    }

    /** Ready days of every phase and closing days of every target, for one draw. */
    long[] outcome(Draw draw) {
        Supply supply = supply(draw);
        List<Target> targets = inputs.targets();
        long[] days = new long[phases.size() + targets.size()];
        for (int p = 0; p < phases.size(); p++) {
            days[p] = readyDay(p, supply, draw, installed[p], false, false);
        }
        for (int t = 0; t < targets.size(); t++) {
            days[phases.size() + t] = closeDay(targets.get(t).facility().watts(), supply);
        }
        return days;
    }

    /**
     * The day crews finish each phase's GPUs: each day they install what has been delivered, at most their rate;
     * without an installation rate, on the day the GPUs are delivered.
     */
    long[] installDays(Installation installation) {
        long[] days = new long[phases.size()];
        if (installation == null) {
            return arrive.clone();
        }
        double rate = installation.gpusPerDay();
        double done = 0;
        int phase = 0;
        for (long day = start; phase < phases.size(); day++) {
            int index = (int) Math.min(day - start, delivered.length - 1);
            done = Math.min(delivered[index], done + (day == start ? 0 : rate));
            while (phase < phases.size() && done >= phases.get(phase).gpus() - 1e-6) {
                days[phase] = Math.max(day, arrive[phase]);
                phase++;
            }
        }
        return days;
    }

    private static double[] deliveries(CampusInputs inputs) {
        return DemandModel.installedDaily(inputs.build(), inputs.catalogue()).stream().mapToDouble(GpuMix::total).toArray();
    }
}
