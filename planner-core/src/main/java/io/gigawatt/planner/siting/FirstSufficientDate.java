package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.catalogue.GeneratorModel;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.supply.BatteryBank;
import io.gigawatt.planner.supply.BatterySizing;
import io.gigawatt.planner.supply.GeneratorFleet;
import io.gigawatt.planner.supply.GeneratorSizing;
import io.gigawatt.planner.supply.GridSupply;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.units.GasFlow;
import io.gigawatt.planner.units.Power;
import io.gigawatt.planner.units.Quantities;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first day a site carries a demand: its halls are ready and hold the racks, its water covers the cooling,
 * and its grid on that day plus the on-site generators its air permit, gas and land allow carry the facility
 * power. Only the days something changes are tried (halls ready, permit granted, gas flowing, a grid tranche),
 * so the answer is one of them. Equipment lead times and install rates are not counted: that is the timeline's.
 */
public final class FirstSufficientDate implements EarliestDateModel {

    @Override
    public Readiness earliest(SiteDemand demand, CandidateSite site, Scenario atSite) {
        Building building = site.building();
        if (demand.floor().isAbove(building.floor())) {
            return Readiness.never(demand.name() + "'s " + Quantities.count(demand.racks()) + " racks need "
                    + demand.floor() + " of hall floor; the " + (building.existing() ? "building" : "new building")
                    + " has " + building.floor(), lastGrid(atSite), null);
        }
        if (demand.water().isAbove(site.water())) {
            return Readiness.never(demand.name() + " rejects " + demand.it() + " of heat with "
                    + atSite.equipment().cooling().model().id() + ": " + demand.water() + " of water; the site has "
                    + site.water(), lastGrid(atSite), null);
        }
        Check last = null;
        for (Map.Entry<LocalDate, List<String>> event : events(site, atSite).entrySet()) {
            if (event.getKey().isBefore(building.readyBy())) {
                continue;
            }
            Check check = check(demand, site, atSite, event.getKey());
            if (check.reason() == null) {
                return new Readiness(event.getKey(), String.join(" and ", event.getValue()), check.grid(),
                        check.fleet(), null);
            }
            last = check;
        }
        return Readiness.never(last.reason(), last.grid(), last.fleet());
    }

    /** The days something changes at the site, each with what it brings. */
    private static TreeMap<LocalDate, List<String>> events(CandidateSite site, Scenario atSite) {
        TreeMap<LocalDate, List<String>> events = new TreeMap<>();
        Building building = site.building();
        add(events, building.readyBy(), (building.existing() ? "its building" : "its new halls") + " (ready "
                + building.readyBy() + ")");
        if (site.airPermit().grantedBy() != null) {
            add(events, site.airPermit().grantedBy(), "its air permit (" + site.airPermit().grantedBy() + ")");
        }
        if (site.gas().availableFrom() != null && atSite.equipment().generators().model().burnsPipelineGas()) {
            add(events, site.gas().availableFrom(), "its gas supply (" + site.gas().availableFrom() + ")");
        }
        for (GridTranche tranche : atSite.grid()) {
            add(events, tranche.from(), "the " + tranche.firm() + " grid tranche of " + tranche.from());
        }
        return events;
    }

    private static void add(TreeMap<LocalDate, List<String>> events, LocalDate day, String what) {
        events.computeIfAbsent(day, d -> new ArrayList<>()).add(what);
    }

    /** Whether the site carries the demand on {@code day}: a null reason when it does. */
    private record Check(String reason, Power grid, GeneratorFleet fleet) {
    }

    private static Check check(SiteDemand demand, CandidateSite site, Scenario atSite, LocalDate day) {
        Power grid = atSite.gridSupply().firmOn(day);
        Power need = demand.facility().minus(grid);
        if (!need.isAbove(Power.ZERO)) {
            return new Check(null, grid, null);
        }
        String carrying = demand.name() + " (" + demand.facility() + ") needs " + need + " on site beside " + grid
                + " of grid";
        AirPermit permit = site.airPermit();
        if (permit.grantedBy() != null && day.isBefore(permit.grantedBy())) {
            return new Check(carrying + ", and no generator may run before its air permit of " + permit.grantedBy(),
                    grid, null);
        }
        Equipment.Generators choice = atSite.equipment().generators();
        GeneratorModel model = choice.model();
        if (model.burnsPipelineGas()) {
            if (!site.gas().capacity().isAbove(GasFlow.ZERO)) {
                return new Check(carrying + ", and the site has no pipeline gas for " + model.id(), grid, null);
            }
            if (site.gas().availableFrom() != null && day.isBefore(site.gas().availableFrom())) {
                return new Check(carrying + ", and its gas flows only from " + site.gas().availableFrom(), grid, null);
            }
        }
        GeneratorFleet fleet = GeneratorSizing.size(need, choice, site.designAmbient());
        BatteryBank bank = BatterySizing.size(atSite.equipment().batteries().model(), demand.swing(), fleet);
        UnitLimit limit = UnitLimit.of(site, model, bank.model().landPerUnit().times(bank.units()));
        if (fleet.units() > limit.units()) {
            return new Check(carrying + ": " + fleet.units() + " x " + model.id() + " (" + fleet.rated()
                    + " rated) at " + site.designAmbient() + "; the site allows " + limit.units() + ", set by "
                    + limit.by(), grid, fleet);
        }
        int onGas = UnitLimit.runningOnGas(site, model, fleet.unitOutput());
        if (fleet.running() > onGas) {
            return new Check(carrying + ": " + fleet.running() + " x " + model.id() + " running burn "
                    + model.gasAt(fleet.unitOutput()).times(fleet.running()) + "; the pipeline delivers "
                    + site.gas().capacity() + ", enough for " + onGas, grid, fleet);
        }
        return new Check(null, grid, fleet);
    }

    private static Power lastGrid(Scenario atSite) {
        List<GridTranche> grid = atSite.grid();
        return grid.isEmpty() ? Power.ZERO : grid.get(grid.size() - 1).firm();
    }
}
