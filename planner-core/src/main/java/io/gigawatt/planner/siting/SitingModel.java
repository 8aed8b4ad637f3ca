package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.economics.CampusCost;
import io.gigawatt.planner.economics.CostModel;
import io.gigawatt.planner.economics.CostPhase;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.units.Area;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * Turns a build plan into what it asks of a candidate site: the plan composed with the site and planned as any
 * scenario, then per phase the racks and their floor (catalogue rack density), the land for its generators and
 * batteries (acres per MW, MWh per acre), the gas its running generators burn (heat rate), the water its cooling
 * uses (litres per kWh), the units the site allows, and the first day the site carries it.
 */
public final class SitingModel {

    private final Planner planner;
    private final EarliestDateModel dates;

    @Inject
    public SitingModel(Planner planner, EarliestDateModel dates) {
        this.planner = planner;
        this.dates = dates;
    }

    /** With the planner's own models: {@link FirstSufficientDate} for the earliest dates. */
    public static SitingModel standard() {
        return new SitingModel(new Planner(), new FirstSufficientDate());
    }

    public SitePlan plan(Scenario plan, CandidateSite site) {
        Scenario atSite = SiteScenarios.compose(plan, site);
        CampusPlan campus = planner.plan(atSite);
        List<PhaseSiting> phases = campus.phases().stream().map(p -> phase(p, site, atSite)).toList();
        CampusCost costs = CostModel.cost(atSite.costInputs(), phases.stream().map(SitingModel::costPhase).toList(),
                null);
        return new SitePlan(site, campus.withCosts(costs), phases,
                campus.targets().stream().map(t -> {
                    SiteDemand demand = SiteDemand.of(t, atSite);
                    return new TargetSiting(site.name(), t, demand, dates.earliest(demand, site, atSite));
                }).toList());
    }

    /** A phase installed on its date and ready when the site first carries it (not before its date): its GPUs wait. */
    private static CostPhase costPhase(PhaseSiting siting) {
        PhasePlan phase = siting.phase();
        LocalDate earliest = siting.earliest();
        LocalDate ready = earliest == null ? null : earliest.isAfter(phase.date()) ? earliest : phase.date();
        return Planner.costPhase(phase, phase.date(), ready, List.of());
    }

    private PhaseSiting phase(PhasePlan phase, CandidateSite site, Scenario atSite) {
        SiteDemand demand = SiteDemand.of(phase, atSite);
        GeneratorFleet fleet = phase.generators();
        GeneratorModel model = fleet.model();
        BatteryBank bank = phase.batteries();
        Area batteryLand = bank.model().landPerUnit().times(bank.units());
        return new PhaseSiting(site.name(), phase, demand.racks(), demand.floor(),
                model.landPerUnit().times(fleet.units()), batteryLand,
                model.gasAt(fleet.unitOutput()).times(fleet.running()), demand.water(),
                UnitLimit.of(site, model, batteryLand), dates.earliest(demand, site, atSite));
    }
}
