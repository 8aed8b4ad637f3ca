package io.gigawatt.planner.swing;

import io.gigawatt.planner.input.Fields;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Range;
import io.gigawatt.planner.input.Ranges;
import io.gigawatt.planner.input.Suggestions;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads a scenario's {@code workload:}, {@code gridCodes:}, {@code utilities:}, {@code utility:} and
 * {@code mitigations:} sections, reporting every problem as {@code file:line:col: field: problem, expected ...} like
 * the rest of the loader.
 */
public final class SwingSettingsReader {

    private static final Range STEP_MS = Range.wholeNumber(10, 1_000, "a whole number of milliseconds");
    private static final Range WINDOW_MINUTES = Range.of(1, 1_440, "minutes");
    private static final Range SEED = Range.wholeNumber(0, 1e15, "a whole number");
    private static final Range JITTER_MS = Range.of(0, 1_000, "milliseconds");
    private static final Range JOB_SHARE = Range.of(0.0001, 1, "a fraction of the phase's GPUs");
    private static final Range ITERATION_SECONDS = Range.of(0.05, 600, "seconds");
    private static final Range DUTY = Range.of(0.01, 0.99, "a fraction of the iteration");
    private static final Range TDP_SHARE = Range.of(0, 1, "a fraction of TDP");
    private static final Range MINUTES = Range.of(0, 1_440, "minutes");
    private static final Range EVERY_MINUTES = Range.of(0.5, 1_440, "minutes");
    private static final Range SECONDS = Range.of(0, 3_600, "seconds");
    private static final Range PAUSE_SECONDS = Range.of(1, 3_600, "seconds");
    private static final Range PHASE_SECONDS = Range.of(0, 600, "seconds");
    private static final Range MW_PER_SECOND = Range.of(0.0001, 10_000, "MW per second");
    private static final Range WINDOW_SECONDS = Range.of(0.01, 3_600, "seconds");
    private static final Range RANGE_MW = Range.of(0.001, 10_000, "MW");
    private static final Range HZ = Range.of(0.001, 1_000, "Hz");
    private static final Range MVA = Range.of(0.001, 10_000, "MVA");
    private static final Range ENERGY_SHARE = Range.of(0, 1, "a fraction of the swing's energy");
    private static final Range RAMP_SECONDS = Range.of(0.1, 3_600, "seconds");
    private static final Range SHARE_WITHIN_PERCENT = Range.of(0, 10,
            "a percentage of a phase's IT load (0: every phase simulated on its own)");
    /** A job's checkpoints pause it for this long when the scenario gives no checkpointSeconds. */
    static final Duration DEFAULT_CHECKPOINT_PAUSE = Duration.ofSeconds(30);

    private SwingSettingsReader() {
    }

    /** The swing sections of a scenario, or null when it has no workload to simulate. */
    public static SwingSettings read(Fields root) {
        Optional<Fields> workload = root.optionalSection("workload");
        if (workload.isEmpty()) {
            for (String key : List.of("gridCodes", "utilities", "utility", "mitigations")) {
                if (root.has(key)) {
                    root.problems().add(root.locationOf(key), key, "has no workload to judge, expected a workload: "
                            + "section with the jobs to simulate (or no " + key + ": section)");
                }
            }
            return null;
        }
        double shareWithin = workload.get().number("shareSwingWithinPercent", SHARE_WITHIN_PERCENT,
                SwingSettings.DEFAULT_SHARE_WITHIN * 100) / 100;
        Workload w = workload(workload.get());
        RideThroughLibrary codes = root.optionalSection("gridCodes").map(RideThroughLibrary.shipped()::with)
                .orElse(RideThroughLibrary.shipped());
        UtilityLibrary withCodes = UtilityLibrary.shipped().withCodes(codes);
        UtilityLibrary library = root.optionalSection("utilities").map(withCodes::with).orElse(withCodes);
        UtilityLimits utility = root.optionalSection("utility").map(u -> utility(u, library))
                .orElse(UtilityLimits.NONE);
        Mitigations mitigations = root.optionalSection("mitigations").map(SwingSettingsReader::mitigations)
                .orElse(Mitigations.BATTERY_ONLY);
        return new SwingSettings(w, utility, mitigations, shareWithin);
    }

    private static Workload workload(Fields f) {
        long stepMs = (long) f.number("stepMs", STEP_MS, Workload.DEFAULT_STEP.toMillis());
        double windowMinutes = f.number("windowMinutes", WINDOW_MINUTES, Workload.DEFAULT_WINDOW.toMinutes());
        Duration step = Duration.ofMillis(stepMs);
        Duration window = Duration.ofMillis(Math.round(windowMinutes * 60_000));
        long steps = window.toMillis() / Math.max(1, stepMs);
        if (steps > Workload.MAX_STEPS) {
            String key = f.has("windowMinutes") ? "windowMinutes" : "stepMs";
            f.problems().add(f.locationOf(key), f.pathOf(key), Quantities.format(windowMinutes) + " minutes at "
                    + stepMs + " ms steps make " + Quantities.count(steps) + " steps, expected at most "
                    + Quantities.count(Workload.MAX_STEPS) + " (a shorter window or a longer step)");
        }
        long seed = (long) f.number("seed", SEED, 1);
        Duration jitter = Duration.ofNanos(Math.round(f.number("jitterMs", JITTER_MS,
                Workload.DEFAULT_JITTER.toMillis()) * 1e6));
        int gpusPerRack = (int) f.number("gpusPerRack", Ranges.GPUS_PER_RACK, Workload.DEFAULT_GPUS_PER_RACK);
        List<Job> jobs = new ArrayList<>();
        Set<String> names = new HashSet<>();
        double shares = 0;
        for (Fields j : f.sections("jobs", true)) {
            Job job = job(j, windowMinutes);
            if (!job.name().isEmpty() && !names.add(job.name())) {
                j.problems().add(j.locationOf("name"), j.pathOf("name"),
                        "'" + InputLimits.excerpt(job.name())
                                + "' also names another job, expected a name of its own");
            }
            shares += job.share();
            if (shares > 1 + 1e-9 && j.has("share")) {
                j.problems().add(j.locationOf("share"), j.pathOf("share"), "brings the jobs' shares to "
                        + Quantities.format(shares) + ", expected at most 1 (all of a phase's GPUs)");
            }
            jobs.add(job);
        }
        if (jobs.isEmpty() && f.has("jobs")) {
            f.problems().add(f.locationOf("jobs"), f.pathOf("jobs"),
                    "is empty, expected at least one job (name, share, iterationSeconds, computeDuty)");
        }
        f.rejectUnknownKeys();
        return new Workload(step, window, seed, jitter, gpusPerRack, jobs);
    }

    private static Job job(Fields j, double windowMinutes) {
        String name = j.text("name");
        double share = j.number("share", JOB_SHARE);
        Duration iteration = seconds(j.number("iterationSeconds", ITERATION_SECONDS));
        double duty = j.number("computeDuty", DUTY);
        Double trough = optional(j, "troughShare", TDP_SHARE);
        Double every = optional(j, "checkpointEveryMinutes", EVERY_MINUTES);
        Double pause = optional(j, "checkpointSeconds", PAUSE_SECONDS);
        if (pause != null && every == null) {
            j.problems().add(j.locationOf("checkpointSeconds"), j.pathOf("checkpointSeconds"),
                    "is set without checkpointEveryMinutes, expected both (a pause every so many minutes) or neither");
        }
        if (pause != null && every != null && pause >= every * 60) {
            j.problems().add(j.locationOf("checkpointSeconds"), j.pathOf("checkpointSeconds"),
                    Quantities.format(pause) + " s is not shorter than the " + Quantities.format(every * 60)
                            + " s between checkpoints, expected a pause shorter than the interval");
        }
        Double startAt = optional(j, "startAtMinute", MINUTES);
        double startRamp = j.number("startRampSeconds", SECONDS, 0);
        Double crashAt = optional(j, "crashAtMinute", MINUTES);
        for (var at : List.of(new Object[] {"startAtMinute", startAt}, new Object[] {"crashAtMinute", crashAt})) {
            Double minute = (Double) at[1];
            if (minute != null && minute >= windowMinutes) {
                j.problems().add(j.locationOf((String) at[0]), j.pathOf((String) at[0]), Quantities.format(minute)
                        + " is not within the " + Quantities.format(windowMinutes)
                        + "-minute window, expected a minute before its end");
            }
        }
        if (startAt != null && crashAt != null && crashAt <= startAt) {
            j.problems().add(j.locationOf("crashAtMinute"), j.pathOf("crashAtMinute"), Quantities.format(crashAt)
                    + " is not after the job's start at minute " + Quantities.format(startAt)
                    + ", expected a crash after the start");
        }
        Double phase = optional(j, "phaseSeconds", PHASE_SECONDS);
        j.rejectUnknownKeys();
        return new Job(name, share, iteration, duty, trough, every == null ? null : seconds(every * 60),
                pause == null ? DEFAULT_CHECKPOINT_PAUSE : seconds(pause), startAt == null ? null : seconds(startAt * 60),
                seconds(startRamp), crashAt == null ? null : seconds(crashAt * 60), phase == null ? null : seconds(phase));
    }

    /**
     * The preset's limits, with what the section writes: a written ramp replaces the preset's ramps, a written range
     * the ranges the dispatch holds (see {@link UtilityLimits#range}), a written band share its band share; a window or
     * band written alone changes the preset's tightest.
     */
    private static UtilityLimits utility(Fields u, UtilityLibrary library) {
        UtilityLimits base = UtilityLimits.NONE;
        if (u.has("preset")) {
            String label = u.text("preset");
            Optional<UtilityLimits> preset = library.limits(label);
            if (preset.isPresent()) {
                base = preset.get();
            } else if (!label.isEmpty()) {
                unknown(u, "preset", "utility preset", label, library.names());
            }
        }
        Double ramp = optional(u, "rampMwPerSecond", MW_PER_SECOND);
        Double rampWindow = optional(u, "rampWindowSeconds", WINDOW_SECONDS);
        Double range = optional(u, "rangeMw", RANGE_MW);
        Double rangeWindow = optional(u, "rangeWindowSeconds", WINDOW_SECONDS);
        UtilityLimit bandCap = base.limits().stream().filter(l -> l.kind() == UtilityLimit.Kind.BAND_SHARE)
                .findFirst().orElse(null);
        double low = u.number("bandLowHz", HZ, bandCap != null ? bandCap.lowHz() : base.bandLowHz());
        double high = u.number("bandHighHz", HZ, bandCap != null ? bandCap.highHz() : base.bandHighHz());
        if (high <= low && (u.has("bandLowHz") || u.has("bandHighHz"))) {
            String key = u.has("bandHighHz") ? "bandHighHz" : "bandLowHz";
            u.problems().add(u.locationOf(key), u.pathOf(key), "the band " + Quantities.format(low) + "-"
                    + Quantities.format(high) + " Hz is empty, expected bandLowHz below bandHighHz");
        }
        Double bandShare = optional(u, "bandMaxShare", ENERGY_SHARE);
        // the grid code the plan connects under, when it is not the preset's
        RideThrough rideThrough = base.rideThrough();
        if (u.has("rideThrough")) {
            String code = UtilityLibrary.gridCode(u, "rideThrough", library.codes());
            rideThrough = code == null ? rideThrough : library.codes().named(code).orElseThrow();
        }
        u.rejectUnknownKeys();
        List<UtilityLimit> limits = new ArrayList<>(base.limits());
        replaceHeld(limits, UtilityLimit.Kind.RAMP, u, "rampMwPerSecond", ramp,
                base.ramp() == null ? null : base.ramp().mwPerSecond(), "rampWindowSeconds", rampWindow,
                base.rampWindow());
        replaceHeld(limits, UtilityLimit.Kind.RANGE, u, "rangeMw", range, base.range() == null ? null : base.range().mw(),
                "rangeWindowSeconds", rangeWindow, base.rangeWindow());
        Double share = bandShare != null ? bandShare : bandCap != null ? bandCap.value() : null;
        if (share != null && (bandShare != null || u.has("bandLowHz") || u.has("bandHighHz"))) {
            limits.removeIf(l -> l.kind() == UtilityLimit.Kind.BAND_SHARE);
            limits.add(new UtilityLimit(UtilityLimit.Kind.BAND_SHARE, share, null, low, high,
                    written(u, bandShare != null ? "bandMaxShare" : u.has("bandLowHz") ? "bandLowHz" : "bandHighHz"),
                    null, bandCap != null ? bandCap.appliesFrom() : null));
        }
        return new UtilityLimits(base.preset(), limits, low, high, rideThrough, base.largeLoads());
    }

    /**
     * Replaces the limits of {@code kind} the dispatch holds by the one the section writes: its {@code value} and
     * {@code window}, either taken from the preset's tightest ({@code held}, {@code heldWindow}) when not written.
     */
    private static void replaceHeld(List<UtilityLimit> limits, UtilityLimit.Kind kind, Fields u, String valueKey,
                                    Double value, Double held, String windowKey, Double window, Duration heldWindow) {
        Double limit = value != null ? value : held;
        if (limit == null || (value == null && window == null)) {
            return;
        }
        // the limit written applies from the size the preset's did
        Power from = limits.stream().filter(l -> l.kind() == kind && l.heldByDispatch())
                .map(UtilityLimit::appliesFrom).filter(Objects::nonNull).findFirst().orElse(null);
        limits.removeIf(l -> l.kind() == kind && l.heldByDispatch());
        limits.add(new UtilityLimit(kind, limit, window != null ? seconds(window) : heldWindow, null, null,
                written(u, value != null ? valueKey : windowKey), null, from));
    }

    /**
     * The source of a figure the scenario writes: its field, "the scenario's utility.rangeMw" (not its file and line,
     * which a sweep's variants and the file they are written to do not share).
     */
    private static String written(Fields f, String key) {
        return "the scenario's " + f.pathOf(key);
    }

    private static Mitigations mitigations(Fields m) {
        boolean battery = m.bool("battery", true);
        Double floor = optional(m, "powerFloor", TDP_SHARE);
        boolean psu = m.bool("psuStorage", false);
        Double ramp = optional(m, "rampSeconds", RAMP_SECONDS);
        GeneratorMode generators = GeneratorMode.LOAD_FOLLOWING;
        if (m.has("generatorMode")) {
            String label = m.text("generatorMode");
            Optional<GeneratorMode> mode = GeneratorMode.named(label);
            if (mode.isPresent()) {
                generators = mode.get();
            } else if (!label.isEmpty()) {
                m.problems().add(m.locationOf("generatorMode"), m.pathOf("generatorMode"),
                        Suggestions.notAWord("generator mode", label, GeneratorMode.labels()));
            }
        }
        RideThroughPlan rideThrough = m.optionalSection("rideThrough").map(SwingSettingsReader::rideThrough)
                .orElse(null);
        m.rejectUnknownKeys();
        return new Mitigations(battery, floor, psu, ramp == null ? null : seconds(ramp), generators, rideThrough);
    }

    private static RideThroughPlan rideThrough(Fields r) {
        RideThroughPlan plan = new RideThroughPlan(optional(r, "storageSeconds", SECONDS),
                optional(r, "returnSeconds", SECONDS), optional(r, "converterMva", MVA));
        if (plan.storageSeconds() != null && plan.returnSeconds() == null) {
            r.problems().add(r.locationOf("storageSeconds"), r.pathOf("storageSeconds"), "is set without "
                    + "returnSeconds, expected both: how long the storage carries the load and how soon it hands it back");
        }
        r.rejectUnknownKeys();
        return plan;
    }

    /** "unknown utility preset 'X', did you mean 'Y'? expected one of: ...", at {@code key}. */
    private static void unknown(Fields f, String key, String what, String label, List<String> labels) {
        String suggestion = Suggestions.closest(label, labels).map(s -> "did you mean '" + s + "'? ").orElse("");
        f.problems().add(f.locationOf(key), f.pathOf(key), "unknown " + what + " '" + InputLimits.excerpt(label)
                + "', " + suggestion + "expected one of: " + String.join(", ", labels));
    }

    private static Double optional(Fields f, String key, Range range) {
        OptionalDouble value = f.optionalNumber(key, range);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
