package io.gigawatt.planner.plan;

import io.gigawatt.planner.catalogue.GpuModel;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingRun;
import io.gigawatt.planner.swing.SwingSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/** A planned phase as the swing model sees it, and its simulation with traces. */
public final class SwingPhases {

    private SwingPhases() {
    }

    /** The phase's GPUs, facility power, grid share, generators and batteries, for the swing model. */
    public static PhaseSupply supplyOf(Scenario scenario, PhasePlan phase) {
        Map<GpuModel, Long> gpus = new LinkedHashMap<>();
        phase.gpus().forEach((id, count) -> gpus.put(scenario.catalogue().gpus().get(id), count));
        return new PhaseSupply(phase.name(), gpus, phase.facility(), phase.gridShare(), phase.generators(),
                scenario.equipment().batteries().model(), phase.planned().batteries());
    }

    /**
     * The phase's simulation with its traces. The model is deterministic (seeded), so this is the run the phase's
     * figures came from. Requires a scenario with a workload.
     */
    public static SwingRun simulate(SwingModel model, Scenario scenario, PhasePlan phase) {
        return model.simulate(settingsFor(scenario, phase), supplyOf(scenario, phase));
    }

    /** The scenario's swing settings as they apply to the phase: the utility's limits for larger loads left out. */
    public static SwingSettings settingsFor(Scenario scenario, PhasePlan phase) {
        if (scenario.swing() == null) {
            throw new IllegalArgumentException("scenario '" + scenario.name() + "' has no workload to simulate");
        }
        return scenario.swing().forLoad(phase.facility());
    }
}
