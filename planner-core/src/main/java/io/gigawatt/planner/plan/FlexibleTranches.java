package io.gigawatt.planner.plan;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.economics.IdleGpuHour;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.Curtailment;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.timeline.PhaseNeed;
import io.gigawatt.planner.timeline.TimelineModel;
import io.gigawatt.planner.timeline.TimelinePlan;
import io.gigawatt.planner.units.Money;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the flexible grid tranches do to each phase: ready dates with them counted against every tranche taken firm
 * (a second timeline, without its Monte Carlo), and how each phase rides the events of the tranche it leans on
 * while it is the campus's latest phase (from the day it enters service until the next one does), on the day that
 * costs it most.
 */
final class FlexibleTranches {

    private static final Comparator<Curtailment> MOST_LOST = Comparator.comparingDouble(Curtailment::lostGpuHours)
            .thenComparing(Curtailment::shortfall);

    private FlexibleTranches() {
    }

    /** Per phase; empty when the grid has no flexible tranche. */
    static List<PhaseFlexibility> of(Scenario scenario, List<PhasePlan> phases, List<PhaseNeed> needs,
                                     TimelinePlan timeline) {
        GridSupply offered = scenario.gridSupply();
        if (!offered.hasFlexible()) {
            return List.of();
        }
        GridSupply firm = offered.takenFirm();
        TimelinePlan ifFirm = timeline == null ? null : TimelineModel.plan(scenario.timelineInputs().withGrid(firm)
                .withTimeline(scenario.timeline().withoutRisk()), needs);
        List<LocalDate> inService = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            LocalDate ready = timeline == null ? null : timeline.phases().get(i).ready();
            inService.add(ready == null ? phases.get(i).date() : ready);
        }
        List<PhaseFlexibility> flexibility = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            PhasePlan phase = phases.get(i);
            LocalDate until = i + 1 < phases.size() ? inService.get(i + 1) : LocalDate.MAX;
            Curtailment worst = daysToJudge(offered, inService.get(i), until).stream()
                    .filter(day -> offered.curtailableOn(day) != null)
                    .map(day -> ride(scenario, phase, offered.curtailableOn(day), offered.firmOn(day),
                            firm.firmOn(day)))
                    .max(MOST_LOST).orElse(null);
            Money idleHour = IdleGpuHour.of(phase.gpus(), scenario.catalogue().prices(), scenario.economics());
            flexibility.add(new PhaseFlexibility(phase.number(), phase.name(), inService.get(i),
                    timeline == null ? null : timeline.phases().get(i).ready(),
                    ifFirm == null ? null : ifFirm.phases().get(i).ready(), worst,
                    worst == null || idleHour == null ? null : idleHour.times(worst.lostGpuHours())));
        }
        return flexibility;
    }

    /**
     * The days a phase's exposure can change while it is the campus's latest: the day it enters service and each day
     * a flexible tranche is delivered before the next phase does.
     */
    private static List<LocalDate> daysToJudge(GridSupply offered, LocalDate from, LocalDate until) {
        List<LocalDate> days = new ArrayList<>(List.of(from));
        for (GridTranche tranche : offered.tranches()) {
            if (tranche.isFlexible() && tranche.from().isAfter(from) && tranche.from().isBefore(until)) {
                days.add(tranche.from());
            }
        }
        return days;
    }

    /** The phase's ride through the tranche's events, with the generators and batteries it has. */
    private static Curtailment ride(Scenario scenario, PhasePlan phase, GridTranche tranche, Power offered,
                                    Power firmLevel) {
        Power facility = phase.facility();
        Power drawn = offered.isBelow(facility) ? offered : facility;
        Power kept = firmLevel.isBelow(drawn) ? firmLevel : drawn;
        int batteries = phase.planned().batteries() != null ? phase.planned().batteries() : phase.batteries().units();
        return Curtailment.ride(tranche, facility, phase.gpuCount(), drawn, kept,
                phase.generators().unitOutput().times(permittedGenerators(phase, scenario.equipment().generators())),
                facility.minus(drawn), phase.batteries().model().power().times(batteries),
                phase.batteries().model().energy().times(batteries), scenario.curtailableShare());
    }

    /** The generators the phase has (as planned, else as sized) that the air permit lets run. */
    private static int permittedGenerators(PhasePlan phase, Equipment.Generators choice) {
        int units = phase.planned().generators() != null ? phase.planned().generators() : phase.generators().units();
        if (choice.permitCapUnits() != null) {
            units = Math.min(units, choice.permitCapUnits());
        }
        if (choice.permitCapMw() != null) {
            units = Math.min(units, (int) Math.floor(choice.permitCapMw().watts() / choice.model().rated().watts()));
        }
        return units;
    }
}
