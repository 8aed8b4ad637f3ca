package io.gigawatt.planner.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.PhasePlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.TimelineScenarios;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The cost model against costs worked out by hand from the prices a scenario states. */
class CostModelTest {

    /** One hall on a grid that carries it all: no generators, no fuel; batteries bought, chillers rented. */
    private static final String HALL = """
            name: Priced by hand
            site: {name: A site, designAmbientC: 15}
            facility: {pue: 1.25, overheadShare: 0}
            grid:
              tranches:
                - date: 2025-01-01
                  firmMw: 1000
            build:
              start: 2025-01-01
              milestones:
                - name: Hall A
                  date: 2025-03-01
                  add: {H100: 10000}
                  planned: {batteries: 10}
            equipment:
              generators: {model: smt-130}
              batteries: {model: megapack-2xl-4h}
              cooling: {model: rental-chiller-480}
            catalogue:
              batteries:
                megapack-2xl-4h: {pricePerKwh: 400, fixedOmPerKwYear: 20, lifeYears: 20}
              cooling:
                rental-chiller-480: {rentPerMonth: 15000}
            economics:
              discountRate: RATE
              horizonYears: 1
              grid: {energyPerMwh: 70, demandPerKwMonth: 10, interconnection: {2025-01-01: 5000000}}
            """;

    private static CampusPlan plan(String rate) throws Exception {
        return new Planner().plan(new ScenarioLoader(CatalogueReader.loadDefault())
                .load("hall.yaml", HALL.replace("RATE", rate)));
    }

    @Test
    void aPhaseCostsWhatItsPricesSayToTheCent() throws Exception {
        CampusPlan plan = plan("0");
        PhasePlan hall = plan.phases().get(0);
        double facilityMw = hall.facility().mw();
        int chillers = hall.cooling().units();
        long days = 306; // 2025-03-01, the hall's date, to 2026-01-01, a year after the build start
        double gridEnergy = facilityMw * 24 * days * 70;
        double demand = 10 * facilityMw * 1000 * 10; // March to December, each month's draw at 10 a kW
        double batteries = 10 * 3.9 * 1000 * 400;
        double batteryUpkeep = 10 * 980 * 20 / 365.25 * days;
        double chillerRent = chillers * 15000 / (365.25 / 12) * days;
        double left = batteries * (1 - days / (20 * 365.25));
        double total = gridEnergy + demand + 5_000_000 + batteries + batteryUpkeep + chillerRent - left;

        PhaseCost cost = plan.costs().phases().get(0);
        assertThat(cost.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(cost.days()).isEqualTo(days);
        assertThat(cents(cost.items().get(CostItem.GRID_ENERGY))).isEqualTo(round(gridEnergy));
        assertThat(cents(cost.items().get(CostItem.GRID_DEMAND))).isEqualTo(round(demand));
        assertThat(cents(cost.items().get(CostItem.INTERCONNECTION))).isEqualTo(5_000_000.00);
        assertThat(cents(cost.items().get(CostItem.BATTERY_PURCHASE))).isEqualTo(15_600_000.00);
        assertThat(cents(cost.items().get(CostItem.BATTERY_UPKEEP))).isEqualTo(round(batteryUpkeep));
        assertThat(cents(cost.items().get(CostItem.COOLING_RENT))).isEqualTo(round(chillerRent));
        assertThat(cents(cost.items().get(CostItem.RESIDUAL_VALUE))).isEqualTo(round(-left));
        assertThat(cost.items()).doesNotContainKeys(CostItem.FUEL, CostItem.GENERATOR_RENT);
        assertThat(cents(cost.total())).isEqualTo(round(total));
        assertThat(cost.present().amount()).isCloseTo(total, within(0.01));
        assertThat(cost.perMwh().amount()).isCloseTo(total / (facilityMw * 24 * days), within(1e-9));
        assertThat(cost.waiting().days()).isZero();
    }

    @Test
    void laterCostsWeighLessAtPresentValueDayByDay() throws Exception {
        CampusPlan plan = plan("0.08");
        PhasePlan hall = plan.phases().get(0);
        double facilityMw = hall.facility().mw();
        int chillers = hall.cooling().units();
        double perDay = Math.pow(1.08, -1 / 365.25);
        LocalDate start = LocalDate.of(2025, 1, 1);
        double present = 5_000_000; // the tranche, paid on the build start
        double batteries = 10 * 3.9 * 1000 * 400;
        LocalDate ready = LocalDate.of(2025, 3, 1);
        LocalDate end = LocalDate.of(2026, 1, 1);
        present += batteries * Math.pow(perDay, ready.toEpochDay() - start.toEpochDay());
        for (LocalDate day = ready; day.isBefore(end); day = day.plusDays(1)) {
            double weight = Math.pow(perDay, day.toEpochDay() - start.toEpochDay());
            present += weight * (facilityMw * 24 * 70 + 10 * 980 * 20 / 365.25 + chillers * 15000 / (365.25 / 12));
            if (day.getDayOfMonth() == 1) {
                present += weight * facilityMw * 1000 * 10;
            }
        }
        present -= batteries * (1 - 306 / (20 * 365.25)) * Math.pow(perDay, end.toEpochDay() - start.toEpochDay());

        assertThat(plan.costs().phases().get(0).present().amount()).isCloseTo(present, within(0.01));
    }

    @Test
    void theDoublingsWaitCostsWhatItsGpusWouldRentForAndTheRemediesPayForThemselves() throws Exception {
        CampusPlan plan = new Planner().plan(TimelineScenarios.colossus());
        Waiting wait = plan.costs().phases().get(1).waiting();

        // 50,000 H100 at 2.50 and 50,000 H200 at 3.50 a GPU-hour, idle from 2024-12-01 to 2026-08-15
        assertThat(wait.gpus()).isEqualTo(100_000);
        assertThat(wait.from()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(wait.to()).isEqualTo(LocalDate.of(2026, 8, 15));
        assertThat(wait.days()).isEqualTo(622);
        assertThat(wait.perDay().cents()).isEqualTo(7_200_000.00);
        assertThat(wait.total().cents()).isEqualTo(622 * 7_200_000.00);
        assertThat(plan.costs().phases().get(0).waiting().days()).isZero();

        assertThat(plan.costs().alternativesOf(2)).isNotEmpty().allSatisfy(remedy -> {
            assertThat(remedy.cost().amount()).isPositive();
            assertThat(remedy.saving().amount()).isPositive().isLessThanOrEqualTo(wait.present().amount());
            assertThat(remedy.paysForItself()).isTrue();
        });
    }

    @Test
    void eachMonteCarloDrawIsPricedAroundThePlanAsWritten() throws Exception {
        CampusPlan plan = new Planner().plan(TimelineScenarios.colossus());
        CostRange risk = plan.costs().risk();

        assertThat(risk.draws()).isEqualTo(plan.scenario().timeline().risk().draws());
        assertThat(risk.p10().amount()).isLessThanOrEqualTo(risk.p50().amount());
        assertThat(risk.p50().amount()).isLessThanOrEqualTo(risk.p90().amount());
        // the timeline's P50 is later than its dates as written, so the median draw waits longer and costs more
        assertThat(risk.p50().amount()).isGreaterThan(plan.costs().presentWithWaiting().amount());
    }

    @Test
    void aDrawsAccountOfTotalsAloneAddsUpAsTheReportsDetailedOneDoes() throws Exception {
        CampusPlan plan = new Planner().plan(TimelineScenarios.colossus());
        var phases = new java.util.ArrayList<CostPhase>();
        for (int i = 0; i < plan.phases().size(); i++) {
            var t = plan.timeline().phases().get(i);
            phases.add(Planner.costPhase(plan.phases().get(i), t.installed(), t.ready(), t.alternatives()));
        }
        Ledger ledger = new Ledger(plan.scenario().costInputs(), phases);
        var draws = plan.timeline().draws();
        for (int d = 0; d < draws.draws(); d += 97) {
            long[] ready = {draws.readyDay(0, d), draws.readyDay(1, d)};
            Ledger.Account detailed = ledger.run(ready, 4, true);
            Ledger.Account totals = ledger.run(ready, 4, false);
            // the detailed account also cuts its stretches at month starts: the same sums, added in other pieces
            assertThat(totals.supplyPresent).as("draw %d", d).isCloseTo(detailed.supplyPresent, within(0.01));
            assertThat(totals.fuelPresent).as("draw %d", d).isCloseTo(detailed.fuelPresent, within(0.01));
            assertThat(totals.waitingPresent).as("draw %d", d).isCloseTo(detailed.waitingPresent, within(0.01));
        }
    }

    private static double cents(Money money) {
        return money.cents();
    }

    private static double round(double amount) {
        return Money.of(amount).cents();
    }

    @Test
    void aPowerCapDrawsLessAndForgoesItsLostComputeValuedAsWaitingGpuHoursAre() throws Exception {
        CampusPlan uncapped = plan("0");
        CampusPlan capped = new Planner().plan(new ScenarioLoader(CatalogueReader.loadDefault()).load("hall.yaml",
                HALL.replace("RATE", "0").replace("  cooling: {model: rental-chiller-480}",
                        "  cooling: {model: rental-chiller-480}\n  gpus: {H100: {powerCapW: 350}}")));
        long days = 306; // in service from the hall's date to the horizon's end
        double kept = Math.pow(0.5, Math.log(0.875) / Math.log(600.0 / 700));
        double forgone = 10_000 * (1 - kept) * 2.5 * 24 * days; // the catalogue's H100 rents at $2.50 an hour

        assertThat(capped.phases().get(0).facility().mw())
                .isCloseTo(uncapped.phases().get(0).facility().mw() * 0.925 / 1.275, within(1e-9));
        assertThat(uncapped.costs().forgoneTotal().amount()).isZero();
        assertThat(capped.costs().forgoneTotal().amount()).isCloseTo(forgone, within(0.01));
        assertThat(capped.costs().presentWithWaiting().amount()).isCloseTo(capped.costs().present().amount()
                + capped.costs().waitingPresent().amount() + forgone, within(0.01));
    }
}
