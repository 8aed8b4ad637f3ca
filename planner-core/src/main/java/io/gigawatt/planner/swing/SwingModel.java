package io.gigawatt.planner.swing;

import io.gigawatt.planner.catalogue.BatteryModel;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Ramp;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The power-swing model of one phase: builds the campus trace from the workload, judges it against the utility's
 * and the generators' limits, and sizes the batteries by search: the fewest units of the scenario's model that
 * keep every limit, and the fewest that also ride through a trip of the largest generator.
 */
@Singleton
public final class SwingModel {

    /** The search gives up beyond this many battery units. */
    static final int MAX_UNITS = 100_000;
    private static final double TOLERANCE = 1e-9;

    /**
     * How long the report's chart of a phase's swing runs (enough for a few iterations and a checkpoint's edge): the
     * opening of every simulation is remembered with its assessment, so the report draws it without simulating again.
     */
    public static final double OPENING_SECONDS = 120;

    /**
     * The campus traces of recent phases, by workload, GPUs, facility power and mitigations: variants of a scenario
     * that change only how a phase is supplied (grid, generators, batteries, the utility's limits) share them.
     * Few, as a trace of a long window at a fine step is large.
     */
    private final Remembered<List<Object>, CampusTraces> traces = Remembered.last(4);
    /**
     * Assessments (with their opening) of recent phases, by swing settings and supply, as many as fit
     * {@value #OUTCOME_BYTES} bytes. An opening is three traces of two minutes: 29 KB at 100 ms steps, so about 2,900
     * are kept, 288 KB at the finest 10 ms, about 290. A sweep's variants go through its supplies again and again
     * (each value of the fastest key, for each value of the others): 500 supplies of Colossus's two phases, which the
     * last 256 did not hold, so every variant searched its batteries again.
     */
    private final Remembered<List<Object>, Outcome> outcomes = new Remembered<>(OUTCOME_BYTES, Outcome::bytes);
    static final long OUTCOME_BYTES = 80L << 20;
    /** Where outcomes are also kept between runs, or null. */
    private final SwingCache disk;

    /** A model that remembers recent phases in memory only. */
    @Inject
    public SwingModel() {
        this.disk = null;
    }

    private SwingModel(SwingCache disk) {
        this.disk = disk;
    }

    /** A model that also keeps its outcomes in {@code folder} between runs ({@link SwingCache}). */
    public static SwingModel keepingOutcomesIn(Path folder) {
        return new SwingModel(new SwingCache(folder));
    }

    /** An assessment and the opening of the run it came from. */
    record Outcome(SwingAssessment assessment, SwingOpening opening) {

        /** About what it holds: the opening's three traces, and a kilobyte for the assessment. */
        long bytes() {
            return 1024 + 3L * Double.BYTES * opening.steps();
        }
    }

    /**
     * The phase's swing, judged and with its batteries sized. Deterministic (seeded): the same settings and phase
     * give the same assessment, so recent ones are remembered for sweeps that re-plan.
     */
    public SwingAssessment assess(SwingSettings settings, PhaseSupply phase) {
        return outcome(settings, phase, null, disk).assessment();
    }

    /**
     * The phases' swings, as {@link #assess} judges each, in their order. Runs of {@value #RUN} phases are simulated
     * on all cores, each phase's battery search starting from the counts of the phase before it in its run (phases
     * that grow one after another need about as many units as the one before): the same assessments, with a
     * third of the dispatches. The runs are cut by position, not by thread, so which search starts where is fixed.
     * More phases than the disk cache keeps are not kept there: they would push each other out before a run again
     * read them, and each entry written costs a look through the folder. {@code progress} hears of each phase done.
     */
    public List<SwingAssessment> assessAll(SwingSettings settings, List<PhaseSupply> phases, SwingProgress progress) {
        SwingCache kept = phases.size() <= SwingCache.KEPT ? disk : null;
        SwingAssessment[] found = new SwingAssessment[phases.size()];
        AtomicInteger assessed = new AtomicInteger();
        IntStream.range(0, (phases.size() + RUN - 1) / RUN).parallel().forEach(run -> {
            SwingBattery hint = null;
            for (int i = run * RUN; i < Math.min(phases.size(), (run + 1) * RUN); i++) {
                found[i] = outcome(settings, phases.get(i), hint, kept).assessment();
                hint = found[i].battery();
                progress.assessed(assessed.incrementAndGet(), phases.size());
            }
        });
        return List.of(found);
    }

    /** Phases whose searches start from the one before (see {@link #assessAll}). */
    static final int RUN = 25;

    /** The first {@value #OPENING_SECONDS} seconds of the run {@link #assess} judged (less for a shorter window). */
    public SwingOpening opening(SwingSettings settings, PhaseSupply phase) {
        return outcome(settings, phase, null, disk).opening();
    }

    private Outcome outcome(SwingSettings settings, PhaseSupply phase, SwingBattery hint, SwingCache disk) {
        // the GPUs' order matters (each model draws its jitter in turn), and map equality ignores it
        List<Object> key = List.of(settings, phase, List.copyOf(phase.gpus().entrySet()));
        return outcomes.get(key, () -> {
            Optional<String> diskKey = disk == null ? Optional.empty() : disk.key(settings, phase);
            Optional<Outcome> kept = diskKey.flatMap(k -> disk.read(k, settings, phase));
            if (kept.isPresent()) {
                return kept.get();
            }
            SwingRun run = simulate(settings, phase, hint);
            Outcome outcome = new Outcome(run.assessment(), openingOf(run));
            diskKey.ifPresent(k -> disk.write(k, outcome));
            return outcome;
        });
    }

    static SwingOpening openingOf(SwingRun run) {
        int steps = (int) Math.min(run.load().length, Math.round(OPENING_SECONDS / run.stepSeconds()));
        double[] afterBatteries = new double[steps];
        for (int k = 0; k < steps; k++) {
            afterBatteries[k] = run.load()[k] - run.dispatch().battery()[k];
        }
        return new SwingOpening(run.stepSeconds(), Arrays.copyOf(run.loadBefore(), steps), afterBatteries,
                Arrays.copyOf(run.dispatch().soc(), steps));
    }

    /**
     * What the workload makes of the phase's GPUs, whatever supplies them: the load before and after the load-side
     * mitigations, the power floor's cost, and the load's spectrum and usual departure from its one-minute average.
     */
    record CampusTraces(double[] before, double[] load, Foresight foresight, double floorMwh, double floorShare,
                        Spectrum spectrumBefore, UsualDeparture usualDeparture) {
    }

    /**
     * The load's {@link #usualDeparture}, worked out when a search without a hint first needs it for its guess (a
     * percentile of the whole window: as long as a dispatch).
     */
    static final class UsualDeparture {
        private final double[] load;
        private final double dt;
        private Double value;

        UsualDeparture(double[] load, double dt) {
            this.load = load;
            this.dt = dt;
        }

        synchronized double get() {
            if (value == null) {
                value = usualDeparture(load, dt);
            }
            return value;
        }
    }

    CampusTraces traces(Workload workload, Map<GpuModel, Long> gpus, Power facilityPower,
                               Mitigations mitigations) {
        List<Object> key = List.of(workload, List.copyOf(gpus.entrySet()), facilityPower, mitigations);
        return traces.get(key, () -> {
            double dt = workload.stepSeconds();
            double facility = facilityPower.mw();
            double[] crashes = crashes(workload);
            // the load as it happens, then as the schedule had it before each crash (what the dispatch foresees)
            List<List<Job>> schedules = new ArrayList<>();
            schedules.add(workload.jobs());
            for (int i = 0; i < crashes.length; i++) {
                double earlier = i == 0 ? Double.NEGATIVE_INFINITY : crashes[i - 1];
                schedules.add(workload.jobs().stream().map(j -> j.crashAt() == null
                        || j.crashAt().toNanos() / 1e9 <= earlier ? j : j.withCrashAt(null)).toList());
            }
            Mitigations shaping = mitigations.shapesLoad() ? mitigations : Mitigations.none();
            double[][] shaped = CampusLoad.traces(workload, schedules, gpus, facility, shaping);
            double[] load = shaped[0];
            double[] before = mitigations.shapesLoad() ? CampusLoad.trace(workload, gpus, facility, Mitigations.none())
                    : load;
            double floorMwh = 0;
            double floorShare = 0;
            if (mitigations.powerFloor() != null) {
                Mitigations noFloor = mitigations.withoutFloor();
                double[] withoutFloor = noFloor.shapesLoad()
                        ? CampusLoad.trace(workload, gpus, facility, noFloor) : before;
                double without = TraceStats.energyMwh(withoutFloor, dt);
                floorMwh = TraceStats.energyMwh(load, dt) - without;
                floorShare = without == 0 ? 0 : floorMwh / without;
            }
            return new CampusTraces(before, load, foresight(crashes, shaped, dt), floorMwh, floorShare,
                    Spectrum.of(before, dt), new UsualDeparture(load, dt));
        });
    }

    /** When the workload's jobs crash within its window, seconds from its start, each once and in order. */
    private static double[] crashes(Workload workload) {
        return workload.jobs().stream().map(Job::crashAt).filter(Objects::nonNull)
                .mapToDouble(t -> t.toNanos() / 1e9).filter(t -> t < workload.window().toNanos() / 1e9)
                .distinct().sorted().toArray();
    }

    /**
     * What a dispatch knows of the load ahead ({@link Foresight}): first the load of the jobs as scheduled (none
     * crashing), then, from each crash within the window, the load with the crashes so far. {@code traces} are the
     * load as it happens, then as the schedule had it before each crash.
     */
    private static Foresight foresight(double[] crashes, double[][] traces, double dt) {
        double[] load = traces[0];
        if (crashes.length == 0) {
            return Foresight.exact(load, dt);
        }
        int[] from = new int[crashes.length + 1];
        double[][] known = new double[crashes.length + 1][];
        for (int i = 0; i < crashes.length; i++) {
            known[i] = traces[i + 1];
            from[i + 1] = (int) Math.floor(crashes[i] / dt);
        }
        known[crashes.length] = load;
        return Foresight.of(from, known, dt);
    }

    /** The phase's swing with its traces (the campus traces shared with other supplies of the same phase). */
    public SwingRun simulate(SwingSettings settings, PhaseSupply phase) {
        return simulate(settings, phase, null);
    }

    /**
     * The same, the battery search starting from {@code hint}'s counts (a similar phase's, e.g. the one before with
     * fewer GPUs): the counts found do not depend on it, only the number of dispatches run to find them.
     */
    SwingRun simulate(SwingSettings settings, PhaseSupply phase, SwingBattery hint) {
        Workload workload = settings.workload();
        Mitigations mitigations = settings.mitigations();
        double dt = workload.stepSeconds();
        CampusTraces campus = traces(workload, phase.gpus(), phase.facility(), mitigations);
        double[] before = campus.before();
        double[] load = campus.load();
        Foresight foresight = campus.foresight();

        SupplySetup setup = setup(settings.utility(), mitigations.generators(), phase, load, dt);
        Spectrum spectrumBefore = campus.spectrumBefore();
        double bandBefore = spectrumBefore.bandShare(settings.utility().bandLowHz(), settings.utility().bandHighHz());
        double reference = spectrumBefore.totalEnergy() * setup.grid().share() * setup.grid().share();

        BatteryModel model = phase.battery();
        // the dispatches without a trip of the counts tried, which the trips at each count take on from
        Map<Integer, Dispatch.Untripped> untripped = new HashMap<>();
        IntFunction<Dispatch.Untripped> run = units -> untripped.computeIfAbsent(units,
                u -> new Dispatch.Untripped(load, foresight, setup, u));
        Held held = new Held();
        IntPredicate limits = units -> held.holds(run.apply(units).whole(), setup, units, reference);
        Integer forLimits = hint != null && hint.forLimits() != null ? smallestAbove(limits, -1, hint.forLimits())
                : smallest(limits, 0, guess(campus.usualDeparture().get(), setup));
        // no trip is tried below the answer: those runs go (a count's run holds 23 MB at the finest, 10 ms, step)
        untripped.keySet().removeIf(units -> forLimits == null || units < forLimits);
        int[] tripMoments = held.dispatch == null ? new int[0] : worstMoments(load, held.dispatch);
        IntPredicate trip = units -> Arrays.stream(tripMoments)
                .allMatch(at -> Compliance.of(run.apply(units).trippedAt(at), setup, reference, true).holds());
        Integer forTrip = setup.trip().mw() <= 0 ? forLimits : forLimits == null ? null
                : hint != null && hint.forTrip() != null && hint.forTrip() > forLimits
                ? smallestAbove(trip, forLimits - 1, hint.forTrip()) : smallest(trip, forLimits, forLimits);
        boolean enabled = mitigations.battery();
        int inUse = !enabled ? 0 : phase.plannedBatteries() != null ? phase.plannedBatteries()
                : forLimits != null && forTrip != null ? Math.max(forLimits, forTrip) : 0;
        SwingBattery battery = new SwingBattery(model, enabled, phase.plannedBatteries(), forLimits, forTrip, inUse);

        Dispatch.Result dispatch;
        Compliance after;
        if (held.units == inUse) {
            dispatch = held.dispatch;
            after = held.compliance.measured(dispatch, reference);
        } else {
            dispatch = run.apply(inUse).whole();
            after = Compliance.of(dispatch, setup, reference);
        }
        boolean generators = setup.hasGenerators();
        SwingAssessment assessment = new SwingAssessment(phase.phase(), workload.step(), workload.window(),
                phase.gpuCount(), Power.mw(TraceStats.peakToTrough(before)),
                Ramp.mwPerSecond(TraceStats.maxStepRamp(before, dt)), bandBefore,
                Power.mw(TraceStats.peakToTrough(load)), settings.utility(), mitigations, setup.grid().share(),
                Ramp.mwPerSecond(after.gridRamp()), Power.mw(after.gridRange()), after.bandShare(),
                generators ? Ramp.mwPerSecond(setup.generators().rampMwPerS()) : Ramp.ZERO,
                generators ? Power.mw(setup.generators().stepMw()) : Power.ZERO, after.generatorRatio(), battery,
                Energy.mwh(campus.floorMwh()), campus.floorShare(), Energy.mwh(TraceStats.energyMwh(load, dt)),
                LimitMargin.measure(settings.utility(), setup.grid().share() > 0 ? dispatch.grid() : new double[0], dt,
                        after.bandShare()), null);
        return new SwingRun(assessment, dt, before, load, dispatch);
    }

    /**
     * The dispatch and compliance of the fewest units that held the limits so far, without a trip: once the search
     * ends, those of the count it found, which the phase's figures are then taken from unless another count is in use.
     */
    private static final class Held {
        private int units = -1;
        private Dispatch.Result dispatch;
        private Compliance compliance;

        boolean holds(Dispatch.Result result, SupplySetup setup, int units, double reference) {
            Compliance measured = Compliance.of(result, setup, reference, true);
            boolean holds = measured.holds();
            if (holds && (this.units < 0 || units < this.units)) {
                this.units = units;
                this.dispatch = result;
                this.compliance = measured;
            }
            return holds;
        }
    }

    /**
     * How the phase is supplied: the grid's share of the swing (as the generators' mode has it), limits per step,
     * the generators and the battery unit. Generators that carry part of the draw (all of it when islanded) can trip
     * whatever their mode; only those that follow changes are judged by their ramp and load step.
     */
    static SupplySetup setup(UtilityLimits u, GeneratorMode mode, PhaseSupply phase, double[] load, double dt) {
        GeneratorFleet fleet = phase.generators();
        boolean carrying = fleet != null && fleet.units() > 0
                && (phase.effectiveGridShare() < 1 || mode == GeneratorMode.ISLANDED);
        double drawShare = carrying ? mode.gridShareOfDraw(phase.effectiveGridShare()) : 1;
        double g = carrying ? mode.gridShareOfChanges(drawShare) : 1;
        boolean following = g < 1;
        double unit = carrying ? fleet.unitOutput().mw() : 0;
        double ramp = carrying ? fleet.model().rampPerMinute() / 60 : 0;
        double step = carrying ? fleet.model().maxLoadStep() : 0;
        int running = carrying ? fleet.running() : 0;
        int remaining = carrying ? fleet.units() - 1 : 0;
        double peak = load.length == 0 ? 0 : load[TraceStats.argMax(load)];
        BatteryModel b = phase.battery();
        return new SupplySetup(dt,
                new SupplySetup.GridLimits(g, u.ramp() == null ? Double.POSITIVE_INFINITY : u.ramp().mwPerSecond(),
                        steps(u.rampWindow(), dt), u.range() == null ? Double.POSITIVE_INFINITY : u.range().mw(),
                        steps(u.rangeWindow(), dt)),
                new SupplySetup.BandLimit(u.bandLowHz(), u.bandHighHz(),
                        u.bandMaxShare() == null ? Double.NaN : u.bandMaxShare()),
                new SupplySetup.GeneratorLimits(following ? ramp * running * unit : Double.POSITIVE_INFINITY,
                        following ? step * running * unit : 0),
                new SupplySetup.BatteryUnit(b.power().mw(), b.energy().mwh(), b.roundTripEfficiency(), b.socMin(),
                        b.socMax()),
                new SupplySetup.GeneratorTrip(unit, 0, ramp * remaining * unit,
                        Math.max(0, remaining * unit - (1 - drawShare) * peak)));
    }

    private static int steps(java.time.Duration window, double dt) {
        return (int) Math.max(1, Math.round(window.toNanos() / 1e9 / dt));
    }

    /** Whether {@code units} batteries keep every limit (and ride through a trip at {@code tripAt}, unless -1). */
    static boolean holds(double[] load, Foresight foresight, SupplySetup setup, int units, int tripAt,
                         double reference) {
        Dispatch.Result result = Dispatch.run(load, foresight, setup, units, tripAt);
        return Compliance.of(result, setup, reference, true).holds();
    }

    /**
     * Where a trip of the largest generator hurts most, of the moments the search can judge from the dispatch that
     * held the limits without one: the batteries' highest discharge (the trip's output comes on top of it), their
     * lowest charge and the load's peak. Each is tried, in that order (the likeliest to fail first); the count must
     * hold through every one.
     */
    static int[] worstMoments(double[] load, Dispatch.Result held) {
        return IntStream.of(TraceStats.argMax(held.battery()), argMin(held.soc()), TraceStats.argMax(load))
                .distinct().toArray();
    }

    private static int argMin(double[] x) {
        int best = 0;
        for (int k = 1; k < x.length; k++) {
            if (x[k] < x[best]) {
                best = k;
            }
        }
        return best;
    }

    /**
     * Where the search starts: the units whose power covers the load's usual departure from its one-minute average,
     * about what the batteries supply or absorb.
     */
    static int guess(double usualDeparture, SupplySetup setup) {
        return (int) Math.max(1, Math.min(MAX_UNITS, Math.ceil(usualDeparture / setup.battery().mw())));
    }

    private static final double USUAL_AVERAGE_SECONDS = 60;

    /**
     * The load's usual departure from its one-minute average, MW: the 99th percentile, the swing rather than the
     * rare checkpoint or crash.
     */
    static double usualDeparture(double[] load, double dt) {
        if (load.length == 0) {
            return 0;
        }
        double alpha = Math.min(1, dt / USUAL_AVERAGE_SECONDS);
        int warmup = (int) Math.min(load.length, Math.max(1, Math.round(USUAL_AVERAGE_SECONDS / dt)));
        double average = TraceStats.mean(Arrays.copyOf(load, warmup));
        double[] departures = new double[load.length];
        for (int k = 0; k < load.length; k++) {
            average += alpha * (load[k] - average);
            departures[k] = Math.abs(load[k] - average);
        }
        return new Percentile().evaluate(departures, 99);
    }

    /** The fewest units from {@code from} up for which {@code holds} is true, searched from 0. */
    static Integer smallest(IntPredicate holds, int from) {
        return smallest(holds, from, from);
    }

    /**
     * The fewest units from {@code from} up for which {@code holds} is true, or null when even {@link #MAX_UNITS}
     * do not hold: tries {@code from}, then as {@link #smallestAbove} from {@code guess}.
     */
    static Integer smallest(IntPredicate holds, int from, int guess) {
        return holds.test(from) ? Integer.valueOf(from) : smallestAbove(holds, from, Math.max(from + 1, guess));
    }

    /**
     * The fewest units above {@code failing} (a count known not to hold, or one below the least to try) for which
     * {@code holds} is true, or null when even {@link #MAX_UNITS} do not hold: tries {@code guess}, gallops down or up
     * from it (1, 2, 4 ... units away) to bracket the answer, then bisects. As the search assumes that more units
     * hold whenever fewer do, the answer does not depend on the guess, only the number of tries does: two when the
     * guess is the answer or one below it.
     */
    static Integer smallestAbove(IntPredicate holds, int failing, int guess) {
        int low = failing;
        int high = Math.max(failing + 1, Math.min(MAX_UNITS, guess));
        if (holds.test(high)) {
            for (int step = 1; high - 1 > low; step *= 2) {
                int next = Math.max(low + 1, high - step);
                if (!holds.test(next)) {
                    low = next;
                    break;
                }
                high = next;
            }
        } else {
            low = high;
            for (int step = 1; ; step *= 2) {
                if (high >= MAX_UNITS) {
                    return null;
                }
                high = (int) Math.min(MAX_UNITS, (long) low + step);
                if (holds.test(high)) {
                    break;
                }
                low = high;
            }
        }
        while (high - low > 1) {
            int mid = low + (high - low) / 2;
            if (holds.test(mid)) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return high;
    }

    /**
     * A running generator accepts one sudden load step, then needs about this long to recover (reciprocating
     * engines: steps 0-28-60-100% with 10 s recovery, docs/equipment-figures.md): within any such window its output
     * may move, in total, at most one load step plus its ramp.
     */
    static final double GENERATOR_RECOVERY_SECONDS = 10;
    /** The generators' change over a minute is held to one load step plus a minute's ramp. */
    static final double GENERATOR_MINUTE_SECONDS = 60;

    /**
     * The most a window may end short of the charge it started with, as a share of that charge: what the dispatch's
     * balancing leaves in rounding. A bank that ends shorter would not hold the next hour as it held this one.
     */
    static final double ENDING_SHORTFALL = 0.001;

    /**
     * How a dispatch's grid and generator draw measure against their limits, and how far short of its starting charge
     * the bank ends a window without a trip (a share of that charge; 0 after a trip, which the bank need not repeat).
     */
    record Compliance(double gridRamp, double gridRange, double bandShare, double generatorRatio,
                      double chargeShortfall, SupplySetup setup) {

        static Compliance of(Dispatch.Result r, SupplySetup s, double reference) {
            return of(r, s, reference, false);
        }

        /** With {@code stopEarly}, stops at the first limit broken (the remaining figures are then NaN). */
        static Compliance of(Dispatch.Result r, SupplySetup s, double reference, boolean stopEarly) {
            double dt = s.dt();
            double[] grid = r.grid();
            SupplySetup.GridLimits limits = s.grid();
            boolean gridDraws = limits.share() > 0;
            double shortfall = r.tripped() || r.storedStartMwh() <= 0 ? 0
                    : (r.storedStartMwh() - r.storedEndMwh()) / r.storedStartMwh();
            if (stopEarly && shortfall > ENDING_SHORTFALL) {
                return new Compliance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, shortfall, s);
            }
            double ratio = generatorRatio(r.sources(), s);
            if (stopEarly && ratio > 1 + TOLERANCE) {
                return new Compliance(Double.NaN, Double.NaN, Double.NaN, ratio, shortfall, s);
            }
            // While searching, a ramp or range without a limit is not looked at (until the figures are measured),
            // and a range stops at the first window that breaks its limit.
            double ramp = !gridDraws ? 0 : stopEarly && limits.rampMwPerS() == Double.POSITIVE_INFINITY ? Double.NaN
                    : TraceStats.maxRampOver(grid, limits.rampWindowSteps(), dt);
            if (stopEarly && ramp > allowed(limits.rampMwPerS())) {
                return new Compliance(ramp, Double.NaN, Double.NaN, ratio, shortfall, s);
            }
            double range = !gridDraws ? 0 : stopEarly && limits.rangeMw() == Double.POSITIVE_INFINITY ? Double.NaN
                    : TraceStats.maxRange(grid, 0, grid.length, limits.rangeWindowSteps(),
                            stopEarly ? allowed(limits.rangeMw()) : Double.POSITIVE_INFINITY);
            double bandMaxShare = s.band().maxShare();
            if (stopEarly && (range > allowed(limits.rangeMw()) || Double.isNaN(bandMaxShare))) {
                return new Compliance(ramp, range, Double.NaN, ratio, shortfall, s);
            }
            double band = 0;
            if (gridDraws && reference > 0) {
                // While searching, a grid draw whose whole swing energy is within the band's limit needs no FFT.
                double bound = Spectrum.totalEnergyOf(grid) / reference;
                band = stopEarly && bound <= bandMaxShare ? bound : bandShare(grid, s, reference);
            }
            return new Compliance(ramp, range, band, ratio, shortfall, s);
        }

        /**
         * These figures all measured, of a compliance that held while searching: the band's share by the FFT (it may
         * be a bound, or not looked at without a band limit), and the ramp and range when they have no limit.
         */
        Compliance measured(Dispatch.Result r, double reference) {
            boolean gridDraws = setup.grid().share() > 0;
            double ramp = Double.isNaN(gridRamp)
                    ? TraceStats.maxRampOver(r.grid(), setup.grid().rampWindowSteps(), setup.dt()) : gridRamp;
            double range = Double.isNaN(gridRange) ? TraceStats.maxRange(r.grid(), setup.grid().rangeWindowSteps())
                    : gridRange;
            return new Compliance(ramp, range, gridDraws && reference > 0 ? bandShare(r.grid(), setup, reference)
                    : 0, generatorRatio, chargeShortfall, setup);
        }

        /** The most a figure may reach under {@code limit}, rounding allowed for. */
        private static double allowed(double limit) {
            return limit * (1 + TOLERANCE) + TOLERANCE;
        }

        private static double bandShare(double[] grid, SupplySetup s, double reference) {
            return Spectrum.of(grid, s.dt()).bandEnergy(s.band().lowHz(), s.band().highHz()) / reference;
        }

        /** The most the generators were asked to move, over what they can: 1 is at the limit, 0 without generators. */
        static double generatorRatio(double[] sources, SupplySetup s) {
            if (!s.hasGenerators()) {
                return 0;
            }
            double dt = s.dt();
            SupplySetup.GeneratorLimits limits = s.generators();
            double share = 1 - s.grid().share();
            int recovery = (int) Math.max(1, Math.round(GENERATOR_RECOVERY_SECONDS / dt));
            double moved = TraceStats.maxTotalVariation(sources, recovery) * share;
            double ratio = moved / (limits.stepMw() + limits.rampMwPerS() * recovery * dt);
            int minute = (int) Math.max(1, Math.round(GENERATOR_MINUTE_SECONDS / dt));
            if (minute < sources.length) {
                double perMinute = TraceStats.maxRampOver(sources, minute, dt) * minute * dt * share;
                ratio = Math.max(ratio, perMinute / (limits.stepMw() + limits.rampMwPerS() * minute * dt));
            }
            return ratio;
        }

        boolean holds() {
            return !(gridRamp > allowed(setup.grid().rampMwPerS())) && !(gridRange > allowed(setup.grid().rangeMw()))
                    && (Double.isNaN(setup.band().maxShare()) || !(bandShare > setup.band().maxShare() + TOLERANCE))
                    && !(generatorRatio > 1 + TOLERANCE) && !(chargeShortfall > ENDING_SHORTFALL);
        }
    }
}
