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
 * warnings, then statements, each by family in the pack's order (grid, generation, storage, cooling, targets).
 * Names sort the other way alphabetically, so an order by name would fail.
 */
class FindingOrderTest {

    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleHarness.defaultRules();
    }

    /**
     * Zeta hall: 64,000 GPUs, 100 MW against 10 MW of grid (10%), 90 MW on ceil(90 / 14.19) = 7 smt-130, 53 chillers
     * (15% of 360). Alpha hall: 128,000 GPUs, 200 MW (5% from the grid), 190 MW on 14 smt-130 against a permit for 10,
     * 105 chillers (29% of 360). Target Z is 1 MW short; Target A is exactly within.
     */
    private static ScenarioBuilder twoHallsTwoTargets() {
        return scenario().firstPhaseName("Zeta hall").gridMw(10)
                .phase("Alpha hall", LocalDate.of(2025, 7, 1), GPU, 64_000)
                .permitCapUnits(10).rentalMarketUnits(360)
                .target("Target Z", 999, 640_000, GPU)
                .target("Target A", 1000, 640_000, GPU);
    }

    @Test
    void ordersPhasesInBuildOrderThenTargetsAndErrorsFirstWithinEach() throws Exception {
        Evaluation evaluation = evaluate(rules, twoHallsTwoTargets());

        assertThat(evaluation.findings()).extracting(f -> f.subject() + " | " + f.severity() + " | " + f.rule())
                .containsExactly(
                        "Zeta hall | WARNING | Grid share below the policy minimum",
                        "Zeta hall | INFO | Grid share of a phase",
                        "Zeta hall | INFO | Generators carry the gap",
                        "Zeta hall | INFO | Batteries for swings and trips",
                        "Zeta hall | INFO | Cooling for a phase",
                        "Alpha hall | ERROR | Generator fleet above the air-permit unit cap",
                        "Alpha hall | WARNING | Grid share below the policy minimum",
                        "Alpha hall | WARNING | Cooling takes a large share of the rental market",
                        "Alpha hall | INFO | Grid share of a phase",
                        "Alpha hall | INFO | Generators carry the gap",
                        "Alpha hall | INFO | Batteries for swings and trips",
                        "Alpha hall | INFO | Cooling for a phase",
                        "Target Z | ERROR | Target power budget too small for its GPUs",
                        "Target A | INFO | Target within its power budget");
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
            }
        }
        assertThat(findings).extracting(Finding::subject).containsAll(subjects);
    }
}
