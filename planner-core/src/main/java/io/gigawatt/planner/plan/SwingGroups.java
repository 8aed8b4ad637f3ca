package io.gigawatt.planner.plan;

import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingSettings;
import java.util.Arrays;
import java.util.List;

/**
 * Which phase's swing simulation each phase takes. Consecutive phases (in date order) whose swings differ only by
 * their load, by less than the model resolves, share one: the simulation of the one with the most IT load, whose
 * counts and figures the others report (docs/performance.md, "Many phases").
 */
final class SwingGroups {

    private SwingGroups() {
    }

    /**
     * For each phase, the index of the phase whose simulation it takes: its own, or that of the phase with the most
     * IT load in its group. A group is a run of consecutive phases with the same {@link #context} whose largest IT
     * load is at most {@code within} (a share) above each one's; with {@code within} 0 every phase is its own.
     */
    static int[] simulatedFor(List<PhasePlan> phases, List<PhaseSupply> supplies, List<SwingSettings> settings,
                              double within) {
        int[] simulated = new int[phases.size()];
        int start = 0;
        while (start < phases.size()) {
            List<Object> context = context(phases.get(start), supplies.get(start), settings.get(start));
            double least = phases.get(start).it().mw();
            double most = least;
            int largest = start;
            int end = start + 1;
            while (within > 0 && end < phases.size() && context(phases.get(end), supplies.get(end), settings.get(end)).equals(context)) {
                double load = phases.get(end).it().mw();
                if (Math.max(most, load) > Math.min(least, load) * (1 + within)) {
                    break;
                }
                least = Math.min(least, load);
                if (load >= most) {
                    most = load;
                    largest = end;
                }
                end++;
            }
            Arrays.fill(simulated, start, end, largest);
            start = end;
        }
        return simulated;
    }

    /**
     * What a phase's swing depends on besides its GPUs' number and power, as its supply (the swing cache's key)
     * holds it: the GPU models in their order (their power profiles, caps and smoothing), the grid tranche in service,
     * the generator fleet (model, output at the site, units running and spare), the battery model and the units
     * planned; and the swing settings the phase is judged under (the utility's limits that apply to its size).
     */
    private static List<Object> context(PhasePlan phase, PhaseSupply supply, SwingSettings settings) {
        GeneratorFleet fleet = supply.generators();
        return Arrays.asList(settings, List.copyOf(supply.gpus().keySet()), phase.grid(), supply.battery(),
                supply.plannedBatteries(), fleet == null ? null : fleet.model(),
                fleet == null ? null : fleet.unitOutput(), fleet == null ? null : fleet.running(),
                fleet == null ? null : fleet.spares());
    }
}
