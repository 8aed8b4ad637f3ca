package io.gigawatt.planner.cli;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.swing.SwingRun;
import io.gigawatt.planner.swing.SwingTraceCsv;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --trace-out FILE}: the swing traces of every simulated phase as CSV. The swing model is seeded, so running
 * it again gives the traces the report's figures came from. Written whole (through a temporary file beside it) or
 * not at all, and never over the scenario.
 */
final class SwingTraces {

    private SwingTraces() {
    }

    static void write(CampusPlan plan, Path file, Path scenario) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.exists(target) && Files.exists(scenario) && Files.isSameFile(target, scenario)) {
            throw new IOException(file + " is the scenario itself; refusing to overwrite it, expected another file");
        }
        List<SwingRun> runs = new ArrayList<>();
        for (PhasePlan phase : plan.phases()) {
            if (phase.swing() != null) {
                runs.add(SwingPhases.simulate(plan.scenario(), phase));
            }
        }
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                SwingTraceCsv.write(plan.scenario().name(), runs, out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
