package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.assertFinding;
import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.findingsOf;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.RuleHarness.single;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.gigawatt.planner.economics.CostAgainstGrid;
import io.gigawatt.planner.economics.CostItem;
import io.gigawatt.planner.economics.CostShare;
import io.gigawatt.planner.economics.PhaseCost;
import io.gigawatt.planner.economics.PricedAlternative;
import io.gigawatt.planner.economics.Rental;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.rules.policy.Threshold;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * economics.drl: what each phase costs, what waiting GPUs cost, and where a remedy, a purchase or the grid would save.
 * The amounts come from the cost model (its own tests price them); these tests check which facts each rule speaks
 * about, on which side of its threshold, and the figures a planner can check by hand. The default campus (see
 * {@link ScenarioBuilder}) is in service from 2025-04-01 to the horizon's end 2030-01-01, 1,736 days: 100 MW draw
 * 4,166,400 MWh and 64,000 GPUs give 2,666,496,000 GPU-hours. The grid's yardstick is its energy charge, $66 a MWh,
 * plus the $12.40 demand charge on a kW for a month of 730.5 hours: $82.97.
 */
class EconomicsRulesTest {

    private static final String COST = "Cost of a phase";
    private static final String WAITING = "Cost of waiting GPUs";
    private static final String REMEDY = "Waiting costs more than the remedy that ends it sooner";
    private static final String RENTAL = "Rented fleet kept past its break-even with buying";
    private static final String FUEL = "Fuel is the largest share of a phase's cost";
    private static final String DEAR = "Cost per MWh far above the grid's";

    private static final double DAYS = 1736;
    private static final double MWH = 100 * 24 * DAYS;
    private static final double GRID_PER_MWH = 66 + 12.4 * 1000 * 12 / (24 * 365.25);
    /** A wait of 61 days: 64,000 GPUs idle, each day of one valued at 24 hours of its rent. */
    private static final double WAIT_DAYS = 61;
    private static final double GPU_DAYS = 64_000 * WAIT_DAYS * 24;

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    /**
     * Phase 1's GPUs installed on 2025-04-01 wait 61 days for the 80 MW tranche of 2025-06-01: the air permit lets
     * 2 smt-130 run where the 60 MW gap takes 5, so the timeline's remedy is 3 more than the permit allows. Each
     * test GPU rents for {@code rentPerGpuHour}; no discounting, so present values are the amounts.
     */
    static ScenarioBuilder waiting(double rentPerGpuHour) {
        return scenario().catalogue("gpus", GPU, "currency", "USD").catalogue("gpus", GPU, "priceYear", 2025)
                .catalogue("gpus", GPU, "price", 30_000).catalogue("gpus", GPU, "rentPerGpuHour", rentPerGpuHour)
                .permitCapUnits(2).tranche(LocalDate.of(2025, 6, 1), 80)
                .section("timeline:\n  orders:\n    batteries: 2024-01-01\n")
                .section("economics:\n  priceYear: 2025\n  discountRate: 0\n  horizonYears: 1\n");
    }

    /** The default campus with no grid: generators carry all 100 MW, burning gas at {@code gasPerMmbtu}. */
    static ScenarioBuilder offGrid(double gasPerMmbtu) {
        return scenario().gridMw(0).section("economics:\n  gasPerMmbtu: " + gasPerMmbtu + "\n");
    }

    private static Policy policyWith(String name, double value) {
        var thresholds = new LinkedHashMap<>(PolicyReader.defaultPolicy().thresholds());
        thresholds.put(name, new Threshold(name, value, "test"));
        return new Policy(thresholds);
    }

    private static String usd(Money amount) {
        return amount.format("USD");
    }

    private static PhaseCost phaseCost(Evaluation evaluation) {
        return evaluation.plan().costs().phases().get(0);
    }

    // ---- What a phase costs: a statement per phase in service, no threshold.

    @Test
    @Fires(COST)
    void statesWhatThePhaseCostsADayAMwhAndAGpuHour() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario());
        PhaseCost cost = phaseCost(evaluation);
        double total = cost.total().amount();

        assertThat(cost.days()).isEqualTo((long) DAYS);
        assertFinding(single(evaluation, COST, "Phase 1"), new Finding(COST, "economics", Severity.INFO,
                "Supplying Phase 1 from 2025-04-01 to 2030-01-01 (1,736 days) costs " + usd(cost.total()) + " ("
                        + usd(cost.present()) + " at present value): " + usd(Money.of(total / DAYS)) + " a day, "
                        + usd(Money.of(total / MWH)) + " per MWh, " + usd(Money.of(total / (64_000 * 24 * DAYS)))
                        + " per GPU-hour.",
                "Phase 1", numbers("cost", total, "presentCost", cost.present().amount(), "days", DAYS,
                        "dayCost", total / DAYS, "mwhCost", total / MWH, "gpuHourCost", total / (64_000 * 24 * DAYS)),
                null));
    }

    @Test
    @Fires(COST)
    void speaksOncePerPhaseAndNotAboutTargets() throws Exception {
        Evaluation evaluation = evaluate(rules, scenario().phase("Phase 2", LocalDate.of(2025, 7, 1), GPU, 64_000)
                .target("Target", 200, 128_000, GPU));

        assertThat(findingsOf(evaluation, COST)).extracting(Finding::subject).containsExactly("Phase 1", "Phase 2");
        assertThat(single(evaluation, COST, "Phase 1").message())
                .startsWith("Supplying Phase 1 from 2025-04-01 to 2025-07-01 (91 days) costs ");
    }

    // ---- What waiting GPUs cost: a statement per phase whose GPUs wait.

    @Test
    @Fires(WAITING)
    void statesWhatTheWaitingGpusCostADayAndInAll() throws Exception {
        // 64,000 GPUs at $1 an hour: $1,536,000 a day, $93,696,000 over 61 days.
        Evaluation evaluation = evaluate(rules, waiting(1));

        assertFinding(single(evaluation, WAITING, "Phase 1"), new Finding(WAITING, "economics", Severity.INFO,
                "Phase 1's 64,000 new GPUs wait 61 days, from 2025-04-01 to 2025-06-01, at $1.54 M a day: $93.7 M in"
                        + " all, $93.7 M at present value.",
                "Phase 1", numbers("gpus", 64_000, "waitDays", 61, "dayCost", 1_536_000, "waitingCost", GPU_DAYS,
                        "presentWaitingCost", GPU_DAYS),
                null));
    }

    @Test
    @NearMiss(WAITING)
    void saysNothingOfWaitingWhenThePhaseIsReadyTheDayItsGpusArrive() throws Exception {
        // The same priced GPUs and timeline, without the permit's cap: five turbines carry the gap on 2025-04-01.
        Evaluation evaluation = evaluate(rules, scenario().catalogue("gpus", GPU, "currency", "USD")
                .catalogue("gpus", GPU, "priceYear", 2025).catalogue("gpus", GPU, "price", 30_000)
                .catalogue("gpus", GPU, "rentPerGpuHour", 1).section("timeline:\n  orders:\n    batteries: 2024-01-01\n"));

        assertThat(evaluation.plan().timeline().phases().get(0).waitDays()).isZero();
        assertThat(findingsOf(evaluation, WAITING)).isEmpty();
        assertThat(findingsOf(evaluation, REMEDY)).isEmpty();
    }

    // ---- A remedy that saves more than it costs: minimumRemedySavingRatio.

    @Test
    @Fires(REMEDY)
    void advisesTheTurbinesThatEndTheWaitForLessThanItCosts() throws Exception {
        Evaluation evaluation = evaluate(rules, waiting(1));
        PricedAlternative remedy = evaluation.plan().costs().alternatives().get(0);

        assertThat(remedy.saving().amount()).isCloseTo(GPU_DAYS, within(1e-3));
        assertFinding(single(evaluation, REMEDY, "Phase 1"), new Finding(REMEDY, "economics", Severity.WARNING,
                "Phase 1's GPUs wait 61 days at $1.54 M a day ($93.7 M in all); 3 more smt-130 than the air permit"
                        + " allows (5 instead of 2), ready on 2025-04-01, would cost " + usd(remedy.cost())
                        + " and save $93.7 M at present value.",
                "Phase 1", numbers("waitDays", 61, "dayCost", 1_536_000, "waitingCost", GPU_DAYS,
                        "remedyCost", remedy.cost().amount(), "remedySaving", GPU_DAYS, "minimumRemedySavingRatio", 1),
                "line up 3 more smt-130 than the air permit allows (5 instead of 2) to be ready on 2025-04-01: it saves "
                        + usd(Money.of(GPU_DAYS).minus(remedy.cost())) + " more than it costs"));
    }

    @Test
    @Fires(REMEDY)
    @NearMiss(REMEDY)
    void staysQuietWhenTheWaitSavesLessThanTheRemedyCosts() throws Exception {
        // The remedy's cost does not depend on the GPUs' price: value them so the wait costs 1% less, then 1% more.
        double remedyCost = evaluate(rules, waiting(1)).plan().costs().alternatives().get(0).cost().amount();

        Evaluation cheaper = evaluate(rules, waiting(remedyCost * 0.99 / GPU_DAYS));
        Evaluation dearer = evaluate(rules, waiting(remedyCost * 1.01 / GPU_DAYS));

        assertThat(findingsOf(cheaper, REMEDY)).isEmpty();
        assertThat(findingsOf(cheaper, WAITING)).hasSize(1);
        assertThat(single(dearer, REMEDY, "Phase 1").numbers().get("remedySaving"))
                .isCloseTo(remedyCost * 1.01, within(1e-3));
    }

    @Test
    @NearMiss(REMEDY)
    void aPolicyAskingForAMarginOverTheCostSilencesARemedyBelowIt() throws Exception {
        Evaluation byDefault = evaluate(rules, waiting(1));
        PricedAlternative remedy = byDefault.plan().costs().alternatives().get(0);
        double ratio = remedy.saving().amount() / remedy.cost().amount();

        assertThat(findingsOf(evaluate(rules, waiting(1), policyWith("minimumRemedySavingRatio", ratio * 1.001)), REMEDY))
                .isEmpty();
        assertThat(findingsOf(evaluate(rules, waiting(1), policyWith("minimumRemedySavingRatio", ratio * 0.999)), REMEDY))
                .hasSize(1);
    }

    // ---- Renting past the break-even with buying: maximumRentalBreakEvenShare.

    @Test
    @Fires(RENTAL)
    void warnsOfChillersRentedLongerThanBuyingThemWouldHaveTaken() throws Exception {
        // 53 chillers from 2025-04-01 to 2030-01-01: 1,736 days of 30.4375 (a year's 365.25 / 12), 57.03 months.
        Evaluation evaluation = evaluate(rules, scenario());
        Rental chillers = rental(evaluation, "cooling");
        double months = DAYS / (365.25 / 12);

        assertThat(findingsOf(evaluation, RENTAL)).hasSize(2);
        assertFinding(rentalFinding(evaluation, "rental-chiller-480"), new Finding(RENTAL, "economics", Severity.WARNING,
                "Phase 1 rents up to 53 x rental-chiller-480, each for 57 months on average; buying one ("
                        + usd(chillers.buyPerUnit()) + " with its installation) costs as much as "
                        + Findings.figure(chillers.breakEvenMonths()) + " months of its rent ("
                        + usd(chillers.rentPerMonth()) + " a month).",
                "Phase 1", numbers("units", 53, "rentedMonths", months,
                        "breakEvenMonths", chillers.buyPerUnit().amount() / chillers.rentPerMonth().amount(),
                        "maximumRentalBreakEvenShare", 1),
                "buy the rental-chiller-480 units kept longest instead of renting them"));
        assertThat(rentalFinding(evaluation, "smt-130").message()).startsWith("Phase 1 rents up to 5 x smt-130, each"
                + " for 57 months on average;");
    }

    @Test
    @Fires(RENTAL)
    @NearMiss(RENTAL)
    void aPolicyShareJustAboveTheRentedMonthsSilencesTheWarning() throws Exception {
        Evaluation byDefault = evaluate(rules, scenario());
        Rental chillers = rental(byDefault, "cooling");
        double share = chillers.monthsPerUnit() / chillers.breakEvenMonths();

        Evaluation above = evaluate(rules, scenario(), policyWith("maximumRentalBreakEvenShare", share * (1 + 1e-9)));
        Evaluation below = evaluate(rules, scenario(), policyWith("maximumRentalBreakEvenShare", share * (1 - 1e-9)));

        assertThat(findingsOf(above, RENTAL)).isEmpty();
        // the turbines' months are a smaller share of their break-even (57 of 32) than the chillers' (57 of 18.15)
        assertThat(findingsOf(below, RENTAL)).extracting(Finding::message)
                .singleElement().asString().contains("rental-chiller-480");
    }

    private static Finding rentalFinding(Evaluation evaluation, String model) {
        return findingsOf(evaluation, RENTAL).stream().filter(f -> f.message().contains(" x " + model + ","))
                .findFirst().orElseThrow();
    }

    private static Rental rental(Evaluation evaluation, String equipment) {
        return evaluation.plan().costs().rentals().stream().filter(r -> r.equipment().equals(equipment))
                .findFirst().orElseThrow();
    }

    // ---- Fuel as the largest share of a phase's spending: maximumFuelCostShare.

    @Test
    @Fires(FUEL)
    void warnsWhenFuelIsTheLargestPartOfThePhasesSpending() throws Exception {
        // No grid: the generators make all 4,166,400 MWh, burning heat rate x MWh of gas at $20 per MMBtu.
        Evaluation evaluation = evaluate(rules, offGrid(20));
        double heatRate = evaluation.plan().phases().get(0).generators().model().heatRateBtuPerKwh();
        double fuel = MWH * heatRate / 1000 * 20;
        CostShare share = fuelShare(evaluation);

        assertThat(share.amount().amount()).isCloseTo(fuel, within(fuel * 1e-9));
        assertFinding(single(evaluation, FUEL, "Phase 1"), new Finding(FUEL, "economics", Severity.WARNING,
                "Fuel is the largest part of what Phase 1 spends on supply: " + usd(Money.of(fuel)) + " of "
                        + usd(share.spending()) + " (" + Findings.percent(fuel / share.spending().amount())
                        + ", above 40%).",
                "Phase 1", numbers("fuelCost", fuel, "supplyCost", share.spending().amount(),
                        "fuelShare", fuel / share.spending().amount(), "maximumFuelCostShare", 0.4),
                "bring firm grid supply forward, or fix the gas price for the phase's years"));
    }

    @Test
    @NearMiss(FUEL)
    void staysQuietAtTheThresholdAndWhenAnotherItemCostsMore() throws Exception {
        Evaluation dearGas = evaluate(rules, offGrid(20));
        double share = fuelShare(dearGas).share();
        // At $4 per MMBtu the turbines' rent costs more than their fuel, whatever share the fuel is.
        Evaluation cheapGas = evaluate(rules, offGrid(4), policyWith("maximumFuelCostShare", 0.01));

        assertThat(findingsOf(evaluate(rules, offGrid(20), policyWith("maximumFuelCostShare", share)), FUEL)).isEmpty();
        assertThat(fuelShare(cheapGas).largest()).isFalse();
        assertThat(findingsOf(cheapGas, FUEL)).isEmpty();
    }

    private static CostShare fuelShare(Evaluation evaluation) {
        return CostShare.of(phaseCost(evaluation)).stream().filter(s -> s.item() == CostItem.FUEL)
                .findFirst().orElseThrow();
    }

    // ---- Cost per MWh against the grid's: maximumGridCostRatio.

    @Test
    @Fires(DEAR)
    void warnsWhenAMwhCostsTheCampusFarMoreThanTheGridsDoes() throws Exception {
        // The grid carries 40 of the 100 MW; turbines, their fuel and rent, and batteries the rest.
        Evaluation evaluation = evaluate(rules, scenario());
        double perMwh = phaseCost(evaluation).total().amount() / MWH;

        assertFinding(single(evaluation, DEAR, "Phase 1"), new Finding(DEAR, "economics", Severity.WARNING,
                "A MWh costs Phase 1 " + usd(Money.of(perMwh)) + ", " + Findings.figure(perMwh / GRID_PER_MWH)
                        + " times the $83 it costs from the grid (the policy accepts 1.5 times).",
                "Phase 1", numbers("mwhCost", perMwh, "gridMwhCost", GRID_PER_MWH, "gridCostRatio", perMwh / GRID_PER_MWH,
                        "maximumGridCostRatio", 1.5),
                "bring firm grid supply forward, or buy the equipment rented longest"));
    }

    @Test
    @NearMiss(DEAR)
    void staysQuietAtTheThresholdAndForACampusOnTheGrid() throws Exception {
        double ratio = CostAgainstGrid.of(evaluate(rules, scenario()).plan().costs()).get(0).ratio();
        // With the grid carrying all 100 MW a MWh costs 1.33 times the grid's: batteries and rented chillers.
        Evaluation onTheGrid = evaluate(rules, scenario().gridMw(100));

        assertThat(findingsOf(evaluate(rules, scenario(), policyWith("maximumGridCostRatio", ratio)), DEAR)).isEmpty();
        assertThat(CostAgainstGrid.of(onTheGrid.plan().costs()).get(0).ratio()).isBetween(1.0, 1.5);
        assertThat(findingsOf(onTheGrid, DEAR)).isEmpty();
    }
}
