package io.gigawatt.planner.plan;

import io.gigawatt.planner.cooling.CoolingSizing;
import io.gigawatt.planner.demand.DailyLoad;
import io.gigawatt.planner.demand.DemandModel;
import io.gigawatt.planner.demand.GpuMix;
import io.gigawatt.planner.demand.Milestone;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.CostModel;
import io.gigawatt.planner.economics.CostPhase;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.BatterySizing;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.supply.GeneratorSizing;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.swing.AssessedAt;
import io.gigawatt.planner.swing.PhaseSupply;
import io.gigawatt.planner.swing.SwingAssessment;
import io.gigawatt.planner.swing.SwingBattery;
import io.gigawatt.planner.swing.SwingModel;
import io.gigawatt.planner.swing.SwingOpening;
import io.gigawatt.planner.swing.SwingProgress;
import io.gigawatt.planner.swing.SwingSettings;
import io.gigawatt.planner.targets.TargetModel;
import io.gigawatt.planner.timeline.Alternative;
import io.gigawatt.planner.timeline.PhaseNeed;
import io.gigawatt.planner.timeline.PhaseTimeline;
import io.gigawatt.planner.timeline.TimelineModel;
import io.gigawatt.planner.timeline.TimelinePlan;
import io.gigawatt.planner.units.Power;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Runs the models over a scenario: demand by day, then per phase grid, generators, batteries and cooling. */
public final class Planner {

    private final SwingModel swing;

    /** A planner whose swing model remembers recent phases in memory only. */
    public Planner() {
        this(new SwingModel());
    }

    @Inject
    public Planner(SwingModel swing) {
        this.swing = swing;
    }

    public CampusPlan plan(Scenario scenario) {
        return plan(scenario, SwingProgress.NONE);
    }

    /** The plan, {@code progress} hearing of each phase's swing as it is assessed (a long wait for many phases). */
    public CampusPlan plan(Scenario scenario, SwingProgress progress) {
        GridSupply grid = scenario.gridSupply();
        List<DailyLoad> days = DemandModel.daily(scenario.build(), scenario.catalogue(), scenario.facility(), grid);
        List<GpuMix> mixes = DemandModel.installedAfterEach(scenario.build(), scenario.catalogue());
        List<PhasePlan> phases = new ArrayList<>();
        List<Milestone> milestones = scenario.build().milestones();
        LocalDate windowStart = scenario.build().start();
        for (int i = 0; i < milestones.size(); i++) {
            Milestone milestone = milestones.get(i);
            phases.add(phase(scenario, grid, i, mixes.get(i), windowOf(days, windowStart, milestone.date())));
            windowStart = milestone.date();
        }
        GpuMix lastMilestone = mixes.get(mixes.size() - 1);
        SwingOpening opening = null;
        if (scenario.swing() != null && !phases.isEmpty()) {
            List<PhaseSupply> supplies = phases.stream().map(p -> SwingPhases.supplyOf(scenario, p)).toList();
            List<SwingSettings> settings = phases.stream().map(p -> SwingPhases.settingsFor(scenario, p)).toList();
            int[] simulatedFor = SwingGroups.simulatedFor(phases, supplies, settings, scenario.swing().shareWithin());
            // the report's chart, of the run the first phase's figures come from: before the runs, whose searches
            // leave that phase's outcome to be remembered
            opening = swing.opening(settings.get(simulatedFor[0]), supplies.get(simulatedFor[0]));
            phases = withSwings(phases, supplies, settings, simulatedFor, progress);
        }
        List<PhaseNeed> needs = needs(phases, mixes);
        TimelinePlan timeline = scenario.timeline() == null ? null
                : TimelineModel.plan(scenario.timelineInputs(), needs);
        CampusCost costs = CostModel.cost(scenario.costInputs(), costPhases(phases, timeline),
                timeline == null ? null : timeline.draws());
        return new CampusPlan(scenario, phases,
                scenario.targets().stream().map(t -> TargetModel.assess(t, scenario.facility(), lastMilestone)).toList(),
                days, timeline, opening, costs, FlexibleTranches.of(scenario, phases, needs, timeline));
    }

    /**
     * Each phase as the cost model sees it: its batteries as planned where the plan states them, else as sized;
     * installed and ready as the timeline finds, or on its date when the scenario has no timeline.
     */
    private static List<CostPhase> costPhases(List<PhasePlan> phases, TimelinePlan timeline) {
        List<CostPhase> costed = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhasePlan p = phases.get(i);
            PhaseTimeline t = timeline == null ? null : timeline.phases().get(i);
            costed.add(costPhase(p, t == null ? p.date() : t.installed(), t == null ? p.date() : t.ready(),
                    t == null ? List.of() : t.alternatives()));
        }
        return costed;
    }

    /** A phase as the cost model sees it, installed and ready on the days given (ready null: never). */
    public static CostPhase costPhase(PhasePlan p, LocalDate installed, LocalDate ready, List<Alternative> alternatives) {
        int batteries = p.planned().batteries() != null ? p.planned().batteries() : p.batteries().units();
        return new CostPhase(p.number(), p.name(), p.gpus(), p.facility(), batteries, p.cooling().units(), installed,
                ready, alternatives);
    }

    /** What each phase needs, for the timeline: its GPUs' power and the units the models sized. */
    public static List<PhaseNeed> needs(Scenario scenario, List<PhasePlan> phases) {
        return needs(phases, DemandModel.installedAfterEach(scenario.build(), scenario.catalogue()));
    }

    /** The same, from the GPU mix installed after each milestone that {@link #plan} has worked out already. */
    private static List<PhaseNeed> needs(List<PhasePlan> phases, List<GpuMix> mixes) {
        List<PhaseNeed> needs = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhasePlan p = phases.get(i);
            GpuMix mix = mixes.get(i);
            needs.add(new PhaseNeed(p.number(), p.name(), p.date(), mix.total(), mix.gpuItPower(),
                    p.generators().units(), p.batteries().units(), p.cooling().units(), p.planned()));
        }
        return needs;
    }

    /** The days after {@code windowStart} up to {@code end}, of the daily loads from the build start on. */
    private static List<DailyLoad> windowOf(List<DailyLoad> days, LocalDate windowStart, LocalDate end) {
        long first = days.get(0).day().toEpochDay();
        return days.subList((int) (windowStart.toEpochDay() - first) + 1, (int) (end.toEpochDay() - first) + 1);
    }

    private static PhasePlan phase(Scenario scenario, GridSupply grid, int index, GpuMix mix, List<DailyLoad> window) {
        Milestone milestone = scenario.build().milestones().get(index);
        Power it = scenario.facility().it(mix.gpuItPower());
        Power facility = scenario.facility().facility(mix.gpuItPower());
        DailyLoad worst = window.stream()
                .max(Comparator.comparing(DailyLoad::onSiteNeed).thenComparing(DailyLoad::day))
                .orElseThrow();
        GeneratorFleet fleet = GeneratorSizing.size(worst.onSiteNeed(), scenario.equipment().generators(),
                scenario.site().designAmbient());
        return new PhasePlan(index + 1, milestone.name(), milestone.date(), mix.byModelId(), it, facility,
                grid.firmOn(milestone.date()), worst.onSiteNeed(), worst.day(), fleet,
                BatterySizing.size(scenario.equipment().batteries().model(), mix.swing(), fleet),
                CoolingSizing.size(it, scenario.equipment().cooling()), milestone.planned());
    }

    /**
     * The phases with their swings simulated, the simulation's battery counts replacing the power-only ones: each
     * phase's own, or those of the phase whose simulation it shares ({@code simulatedFor}, see {@link SwingGroups}).
     */
    private List<PhasePlan> withSwings(List<PhasePlan> phases, List<PhaseSupply> supplies, List<SwingSettings> settings,
                                       int[] simulatedFor, SwingProgress progress) {
        int[] simulated = IntStream.of(simulatedFor).distinct().toArray();
        // phases under the same limits (a limit for large loads leaves out the smaller ones) are assessed together
        Map<SwingSettings, List<Integer>> bySettings = new LinkedHashMap<>();
        for (int i : simulated) {
            bySettings.computeIfAbsent(settings.get(i), s -> new ArrayList<>()).add(i);
        }
        Map<Integer, SwingAssessment> byPhase = new HashMap<>();
        int done = 0;
        for (Map.Entry<SwingSettings, List<Integer>> group : bySettings.entrySet()) {
            int before = done;
            List<SwingAssessment> found = swing.assessAll(group.getKey(),
                    group.getValue().stream().map(supplies::get).toList(),
                    (assessed, of) -> progress.assessed(before + assessed, simulated.length));
            for (int k = 0; k < found.size(); k++) {
                byPhase.put(group.getValue().get(k), found.get(k));
            }
            done += found.size();
        }
        List<PhasePlan> judged = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhasePlan phase = phases.get(i);
            SwingAssessment assessment = byPhase.get(simulatedFor[i]);
            if (simulatedFor[i] != i) {
                PhasePlan largest = phases.get(simulatedFor[i]);
                // a phase without load shares only another without (SwingGroups): nothing above it
                double above = largest.it().equals(phase.it()) ? 0 : largest.it().mw() / phase.it().mw() - 1;
                assessment = assessment.sharedWith(phase.name(), phase.gpuCount(),
                        new AssessedAt(largest.name(), largest.it(), above));
            }
            SwingBattery found = assessment.battery();
            // when no count holds, the power-only one stays
            judged.add(phase.withSwing(assessment, !found.sized() ? phase.batteries()
                    : BatterySizing.simulated(found.model(), assessment.peakToTrough(), phase.generators(), found.units(),
                            found.forTrip() > found.forLimits())));
        }
        return judged;
    }
}
