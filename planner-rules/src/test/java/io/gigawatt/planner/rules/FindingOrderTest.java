package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.ScenarioBuilder.GPU;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report order: phases in build order, then targets in scenario order; within a subject, errors first, then
 * warnings, then statements, each by family in the pack's order (grid, generation, storage, cooling, timeline,
 * targets). Names sort the other way alphabetically, so an order by name would fail.
 */
class FindingOrderTest {

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    /**
     * Zeta hall: 64,000 GPUs, 100 MW on 2025-04-01 against 10 MW of grid (10%), 90 MW on ceil(90 / 14.19) = 7
     * smt-130 (6 at rating), 53 chillers (15% of 360); a 25 MW tranche on 2025-05-01 lifts it to 25% after 30 days.
     * Alpha hall: 128,000 GPUs, 200 MW on 2025-07-01 against those 25 MW (12.5%, and no later tranche), 175 MW on
     * 13 smt-130 against a permit for 10, 105 chillers (29% of 360). Target Z is 300 MW short and implies 30% less
     * power per GPU than the catalogue; Target A is exactly within.
     */
    private static ScenarioBuilder twoHallsTwoTargets() {
        return scenario().firstPhaseName("Zeta hall").gridMw(10).tranche(LocalDate.of(2025, 5, 1), 25)
                .phase("Alpha hall", LocalDate.of(2025, 7, 1), GPU, 64_000)
                .permitCapUnits(10).rentalMarketUnits(360)
                .target("Target Z", 700, 640_000, GPU)
                .target("Target A", 1000, 640_000, GPU);
    }

    @Test
    void ordersPhasesInBuildOrderThenTargetsAndErrorsFirstWithinEach() throws Exception {
        Evaluation evaluation = evaluate(rules, twoHallsTwoTargets());

        assertThat(evaluation.findings()).extracting(f -> f.subject() + " | " + f.severity() + " | " + f.rule())
                .containsExactly(
                        "Zeta hall | WARNING | Grid share below the policy minimum",
                        "Zeta hall | WARNING | Heat derates the generator fleet",
                        "Zeta hall | WARNING | Phase waits for the grid to reach the minimum share",
                        "Zeta hall | WARNING | Cost per MWh far above the grid's",
                        "Zeta hall | INFO | Grid share of a phase",
                        "Zeta hall | INFO | Generators carry the gap",
                        "Zeta hall | INFO | Batteries for swings and trips",
                        "Zeta hall | INFO | Storage by time scale of a phase",
                        "Zeta hall | INFO | Cooling for a phase",
                        "Zeta hall | INFO | Cost of a phase",
                        "Alpha hall | ERROR | Generator fleet above the air-permit unit cap",
                        "Alpha hall | WARNING | Grid share below the policy minimum",
                        "Alpha hall | WARNING | Heat derates the generator fleet",
                        "Alpha hall | WARNING | Cooling takes a large share of the rental market",
                        "Alpha hall | WARNING | No grid tranche reaches the minimum share",
                        "Alpha hall | WARNING | Cost per MWh far above the grid's",
                        "Alpha hall | WARNING | Rented fleet kept past its break-even with buying",
                        "Alpha hall | WARNING | Rented fleet kept past its break-even with buying",
                        "Alpha hall | INFO | Grid share of a phase",
                        "Alpha hall | INFO | Generators carry the gap",
                        "Alpha hall | INFO | Batteries for swings and trips",
                        "Alpha hall | INFO | Storage by time scale of a phase",
                        "Alpha hall | INFO | Cooling for a phase",
                        "Alpha hall | INFO | Cost of a phase",
                        "Target Z | ERROR | Target power budget too small for its GPUs",
                        "Target Z | WARNING | Implied power per GPU far from the catalogue's",
                        "Target A | INFO | Target within its power budget");
    }

    /** Planned units add the errors of the new rules: each still sorts by severity, then by family. */
    @Test
    void ordersThePlannedUnitsErrorsByFamily() throws Exception {
        // Phase 1: 60 MW on site, 4 smt-130 planned (56.76 MW), 2 megablocks (10 MW, below the 14.19 MW trip and
        // the 51.2 MW swing), 52 chillers (87.78 MW, short of 88 MW).
        Evaluation evaluation = evaluate(rules, scenario().gridMw(40).plannedGenerators(4).plannedBatteries(2)
                .plannedCooling(52));

        assertThat(evaluation.findings()).extracting(f -> f.severity() + " | " + f.family() + " | " + f.rule())
                .containsExactly(
                        "ERROR | storage | Planned battery power below the largest generator trip",
                        "ERROR | cooling | Planned cooling short of heat load plus margin",
                        "ERROR | timeline | GPUs arrive before their power",
                        "WARNING | generation | Heat derates the generator fleet",
                        "WARNING | storage | Planned batteries cannot absorb the training swing",
                        "WARNING | economics | Cost per MWh far above the grid's",
                        "WARNING | economics | Rented fleet kept past its break-even with buying",
                        "WARNING | economics | Rented fleet kept past its break-even with buying",
                        "INFO | grid | Grid share of a phase",
                        "INFO | generation | Generators carry the gap",
                        "INFO | storage | Batteries for swings and trips",
                        "INFO | storage | Storage by time scale of a phase",
                        "INFO | cooling | Cooling for a phase",
                        "INFO | economics | Cost of a phase");
    }

    @Test
    void neverPutsALaterSubjectOrALighterSeverityFirst() throws Exception {
        Evaluation evaluation = evaluate(rules, twoHallsTwoTargets());
        List<String> subjects = List.of("Zeta hall", "Alpha hall", "Target Z", "Target A");

        List<Finding> findings = evaluation.findings();
        for (int i = 1; i < findings.size(); i++) {
            Finding before = findings.get(i - 1);
            Finding after = findings.get(i);
            int subjectOrder = Integer.compare(subjects.indexOf(before.subject()), subjects.indexOf(after.subject()));
            assertThat(subjectOrder).as("%s before %s", before, after).isLessThanOrEqualTo(0);
            if (subjectOrder == 0) {
                assertThat(before.severity()).as("%s before %s", before, after).isLessThanOrEqualTo(after.severity());
                if (before.severity() == after.severity()) {
                    assertThat(DefaultPack.FAMILIES.indexOf(before.family())).as("%s before %s", before, after)
                            .isLessThanOrEqualTo(DefaultPack.FAMILIES.indexOf(after.family()));
                }
            }
        }
        assertThat(findings).extracting(Finding::subject).containsAll(subjects);
    }
}
