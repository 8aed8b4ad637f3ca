package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.SwingPhases;
import io.gigawatt.planner.swing.AssessedAt;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingRun;
import io.gigawatt.planner.swing.SwingTraceCsv;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --trace-out FILE}: the swing traces of every simulated phase as CSV. The swing model is seeded, so running
 * it again gives the traces the report's figures came from (for a phase that shares another's simulation, that
 * one's). Written as every output file is ({@link OutputFiles}): whole or not at all, never over the scenario.
 */
final class SwingTraces {

    private SwingTraces() {
    }

    static void write(SwingModel model, CampusPlan plan, Path file, Path scenario) throws IOException {
        List<SwingRun> runs = new ArrayList<>();
        for (PhasePlan phase : plan.phases()) {
            if (phase.swing() != null) {
                // a phase that shares another's simulation: that run, whose figures it reports, under its own name
                AssessedAt at = phase.swing().assessedAt();
                PhasePlan simulated = at == null ? phase
                        : plan.phases().stream().filter(p -> p.name().equals(at.phase())).findFirst().orElseThrow();
                SwingRun run = SwingPhases.simulate(model, plan.scenario(), simulated);
                runs.add(new SwingRun(phase.swing(), run.stepSeconds(), run.loadBefore(), run.load(), run.dispatch()));
            }
        }
        OutputFiles.write(file, scenario, out -> SwingTraceCsv.write(runs, out));
    }
}
