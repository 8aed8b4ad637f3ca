package io.gigawatt.planner.swing;

import io.gigawatt.planner.cache.CacheFolder;
import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.units.Energy;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Ramp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.random.Well19937c;

/**
 * Swing outcomes kept between runs, so that a planner who runs a scenario again, or edits what no phase's supply
 * carries (targets, the timeline section, cooling, rules, policy), does not wait for the simulation: about a fifth of
 * a cold start's CPU. The key covers the whole supply record (names, the catalogue entries with their sources, the
 * fleet's need), more than the simulation reads: a phase renamed or moved to another date is simulated again. The key hashes, exactly, the swing settings and the phase's supply (its GPUs in their order), the swing
 * model's code and the Java version; an entry holds the figures the simulation found and the opening of its traces,
 * and the assessment is rebuilt around the inputs in hand. The launcher turns it on for single runs (the command
 * line reads {@code PLANNER_SWING_CACHE=DIR}, see {@link SwingModule}); sweeps keep their outcomes in memory only.
 */
final class SwingCache {

    static final int KEPT = 256;
    private static final String KIND = "gigawatt-planner swing";
    /** Bump when the entry layout or what the key covers changes. */
    private static final int FORMAT = 2;

    /** The swing model's code (and Commons Math's), computed once per JVM. */
    private static volatile String code;

    private final CacheFolder entries;

    SwingCache(Path folder) {
        this.entries = new CacheFolder(folder, KIND, FORMAT, ".swing", KEPT);
    }

    List<Path> entries() {
        return entries.entries();
    }

    /** The key of a phase's outcome; empty when some input cannot be keyed (it is then simply not cached). */
    Optional<String> key(SwingSettings settings, PhaseSupply phase) {
        try {
            return Optional.of(CacheFolder.key(out -> {
                out.writeUTF(KIND);
                out.writeInt(FORMAT);
                out.writeUTF(Runtime.version().toString());
                out.writeUTF(code());
                CacheFolder.writeValue(out, settings);
                CacheFolder.writeValue(out, phase);
                // the GPUs' order matters (each model draws its jitter in turn); a map's value leaves it out
                CacheFolder.writeValue(out, phase.gpus().keySet().stream().map(GpuModel::id).toList());
            }));
        } catch (RuntimeException e) {
            // an input it cannot key, or code it cannot fingerprint: simulated, and not kept
            return Optional.empty();
        }
    }

    /** The outcome kept under {@code key} (of these settings and supply), if there is one exactly as written. */
    Optional<SwingModel.Outcome> read(String key, SwingSettings settings, PhaseSupply phase) {
        Optional<byte[]> entry = entries.read(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry.get()))) {
            SwingAssessment assessment = new SwingAssessment(phase.phase(), settings.workload().step(),
                    settings.workload().window(), phase.gpuCount(), new Power(in.readDouble()),
                    new Ramp(in.readDouble()), in.readDouble(), new Power(in.readDouble()), settings.utility(),
                    settings.mitigations(), in.readDouble(), new Ramp(in.readDouble()), new Power(in.readDouble()),
                    in.readDouble(), new Ramp(in.readDouble()), new Power(in.readDouble()), in.readDouble(),
                    new SwingBattery(phase.battery(), settings.mitigations().battery(), phase.plannedBatteries(),
                            readCount(in), readCount(in), in.readInt()),
                    new Energy(in.readDouble()), in.readDouble(), new Energy(in.readDouble()),
                    readMargins(in, settings.utility()), null);
            SwingOpening opening = new SwingOpening(in.readDouble(), readTrace(in), readTrace(in), readTrace(in));
            return in.read() == -1 ? Optional.of(new SwingModel.Outcome(assessment, opening)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(String key, SwingModel.Outcome outcome) {
        SwingAssessment a = outcome.assessment();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (double figure : List.of(a.peakToTrough().watts(), a.maxRamp().wattsPerSecond(), a.bandShareBefore(),
                    a.loadPeakToTrough().watts(), a.gridShare(), a.gridMaxRamp().wattsPerSecond(), a.gridRange().watts(),
                    a.bandShareAfter(), a.generatorRampLimit().wattsPerSecond(), a.generatorStepLimit().watts(),
                    a.generatorFollowRatio())) {
                out.writeDouble(figure);
            }
            writeCount(out, a.battery().forLimits());
            writeCount(out, a.battery().forTrip());
            out.writeInt(a.battery().inUse());
            out.writeDouble(a.powerFloorEnergy().wattHours());
            out.writeDouble(a.powerFloorShare());
            out.writeDouble(a.campusEnergy().wattHours());
            for (LimitMargin margin : a.margins()) {
                out.writeDouble(margin.measured());
            }
            SwingOpening opening = outcome.opening();
            out.writeDouble(opening.stepSeconds());
            for (double[] trace : List.of(opening.loadBefore(), opening.afterBatteries(), opening.soc())) {
                out.writeInt(trace.length);
                for (double value : trace) {
                    out.writeDouble(value);
                }
            }
        } catch (IOException e) {
            return;
        }
        entries.write(key, bytes.toByteArray());
    }

    private static void writeCount(DataOutputStream out, Integer count) throws IOException {
        out.writeInt(count == null ? -1 : count);
    }

    private static Integer readCount(DataInputStream in) throws IOException {
        int count = in.readInt();
        return count < 0 ? null : count;
    }

    /** The figures measured against each of the utility's limits, written in the limits' order. */
    private static List<LimitMargin> readMargins(DataInputStream in, UtilityLimits utility) throws IOException {
        List<LimitMargin> margins = new java.util.ArrayList<>();
        for (UtilityLimit limit : utility.limits()) {
            margins.add(new LimitMargin(limit, in.readDouble()));
        }
        return margins;
    }

    private static double[] readTrace(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > Workload.MAX_STEPS) {
            throw new IOException("not a swing entry");
        }
        double[] trace = new double[length];
        for (int k = 0; k < length; k++) {
            trace[k] = in.readDouble();
        }
        return trace;
    }

    private static String code() {
        String known = code;
        if (known == null) {
            // the model's own classes and Commons Math's (random draws, FFT, percentile, solver)
            known = CacheFolder.fingerprintOf(SwingModel.class, Well19937c.class);
            code = known;
        }
        return known;
    }
}
