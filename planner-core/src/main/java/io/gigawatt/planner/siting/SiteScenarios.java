package io.gigawatt.planner.siting;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.Site;
import io.gigawatt.planner.supply.GridTranche;
import io.gigawatt.planner.units.Power;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One build plan at one candidate site: the scenario the usual models and rules judge. */
public final class SiteScenarios {

    private SiteScenarios() {
    }

    /**
     * The plan with the candidate's site, grid and air permit. The plan's own permit caps are dropped: they belong
     * to the plan's original site, and the candidate's permit is judged by the siting rules (so the generation
     * family's permit rules, which read the scenario's caps, do not report the same cap twice).
     */
    public static Scenario compose(Scenario plan, CandidateSite site) {
        Site asSite = new Site(site.name(), site.location(), site.building().existing(), site.designAmbient());
        Equipment.Generators g = plan.equipment().generators();
        Equipment equipment = new Equipment(new Equipment.Generators(g.model(), g.redundancy(), g.confidence(), null,
                null), plan.equipment().batteries(), plan.equipment().cooling(), plan.equipment().powerCaps());
        return plan.atSite(asSite, grid(site, plan.build().start()), equipment);
    }

    /**
     * The site's grid tranches, none below the power already on site, which counts from the earlier of the build
     * start and the day the halls are ready (unless a tranche is dated by then).
     */
    static List<GridTranche> grid(CandidateSite site, LocalDate buildStart) {
        Power onSite = site.building().powerOnSite();
        LocalDate from = buildStart.isBefore(site.building().readyBy()) ? buildStart : site.building().readyBy();
        List<GridTranche> grid = new ArrayList<>();
        if (onSite.isAbove(Power.ZERO) && (site.grid().isEmpty() || site.grid().get(0).from().isAfter(from))) {
            grid.add(new GridTranche(from, onSite, "power already on site"));
        }
        for (GridTranche tranche : site.grid()) {
            grid.add(new GridTranche(tranche.date(), tranche.firm().atLeast(onSite), tranche.note(),
                    tranche.flexible()));
        }
        return grid;
    }
}
