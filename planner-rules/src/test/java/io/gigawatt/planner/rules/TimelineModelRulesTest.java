package io.gigawatt.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The timeline model's rules in timeline.drl, each with a case that fires and a near miss on the quiet side of its
 * threshold. The campus: one phase of 64,000 test GPUs (1.0 kW of IT each; overhead 0.25 and PUE 1.25 make the
 * facility 100 MW, IT 80 MW) installed from 2025-01-01 to 2025-04-01, 40 MW of grid from the start, smt-130
 * turbines (14.19 MW at 35 C; availability 1.0 and no redundancy, so a fleet is ceil(need / 14.19 MW): 5 units
 * for the 60 MW gap), megablocks (11 for the 51.2 MW swing), 53 rental chillers. Lead times are the catalogue's:
 * rented turbines 60 days, megablocks 365, rented chillers 21; orders go out on the build start unless a test
 * says otherwise. The class builds its own scenarios so it does not depend on the shared rule-test harness.
 */
class TimelineModelRulesTest {

    private static final String EARLIEST = "Earliest date of a phase";
    private static final String WAIT = "GPUs wait for power or cooling";
    private static final String NEVER = "Phase never ready with the supply given";
    private static final String LEAD_TIME = "Lead time longer than the time to the phase";
    private static final String MARKET = "Rental generators take a large share of the market";
    private static final String IN_TIME = "Target reached by its date";
    private static final String LATE = "Target reached after its date";
    private static final String NO_SUPPLY = "No supply closes the target";

    private static final ScenarioLoader LOADER = new ScenarioLoader(CatalogueReader.loadDefault());
    private static RuleEngine rules;

    @BeforeAll
    static void compileDefaultPack() throws RuleCompileException {
        rules = RuleEngine.compile(DefaultPack.sources());
    }

    /** A scenario in YAML, varied one piece at a time. */
    private record Campus(String tranches, String generatorExtras, String orders, String timelineExtras,
                         String targets) {

        static Campus base() {
            return new Campus("    - date: 2025-01-01\n      firmMw: 40\n", "",
                    "    batteries: 2024-01-01\n", "", "");
        }

        Campus tranche(String date, double firmMw) {
            return new Campus(tranches + "    - date: " + date + "\n      firmMw: " + firmMw + "\n      note: new substation\n",
                    generatorExtras, orders, timelineExtras, targets);
        }

        Campus generators(String extras) {
            return new Campus(tranches, generatorExtras + extras, orders, timelineExtras, targets);
        }

        Campus orders(String yaml) {
            return new Campus(tranches, generatorExtras, yaml, timelineExtras, targets);
        }

        Campus timeline(String yaml) {
            return new Campus(tranches, generatorExtras, orders, timelineExtras + yaml, targets);
        }

        Campus target(String name, String date, double facilityMw) {
            return new Campus(tranches, generatorExtras, orders, timelineExtras, targets + "  - name: " + name
                    + "\n    date: " + date + "\n    facilityMw: " + facilityMw + "\n    gpus: 64000\n");
        }

        String yaml() {
            return """
                    name: Timeline rule test campus
                    site:
                      name: Test site
                      designAmbientC: 35
                    facility:
                      pue: 1.25
                      overheadShare: 0.25
                    grid:
                      tranches:
                    """ + tranches + """
                    build:
                      start: 2025-01-01
                      milestones:
                        - name: Phase 1
                          date: 2025-04-01
                          add:
                            TG: 64000
                    equipment:
                      generators:
                        model: smt-130
                        redundancy: 0
                    """ + generatorExtras + """
                      batteries:
                        model: megablock
                      cooling:
                        model: rental-chiller-480
                        margin: 0.1
                    timeline:
                      orders:
                    """ + orders + timelineExtras + (targets.isEmpty() ? "" : "targets:\n" + targets) + """
                    catalogue:
                      gpus:
                        TG:
                          name: Test GPU
                          tdpW: 1000
                          itKw: 1.0
                          idleW: 200
                          source: rule tests
                      generators:
                        smt-130:
                          availability: 1.0
                    """;
        }

        Evaluation evaluate() throws InputException {
            return rules.evaluate(new Planner().plan(LOADER.load("timeline-rule-test.yaml", yaml())),
                    PolicyReader.defaultPolicy());
        }
    }

    private static List<Finding> findingsOf(Evaluation evaluation, String rule) {
        return evaluation.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static Finding single(Evaluation evaluation, String rule) {
        List<Finding> found = findingsOf(evaluation, rule);
        assertThat(found).as("findings of '%s' among %s", rule, evaluation.findings()).hasSize(1);
        return found.get(0);
    }

    private static List<String> timelineRulesFired(Evaluation evaluation) {
        return evaluation.findings().stream().filter(f -> f.family().equals("timeline")).map(Finding::rule).toList();
    }

    @Test
    @Fires(EARLIEST)
    @NearMiss({WAIT, NEVER, LEAD_TIME})
    void aPhaseWithEverythingOnHandIsReadyTheDayItsGpusArrive() throws Exception {
        Evaluation evaluation = Campus.base().evaluate();

        assertThat(timelineRulesFired(evaluation)).containsExactly(EARLIEST);
        Finding finding = single(evaluation, EARLIEST);
        assertThat(finding.family()).isEqualTo("timeline");
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.subject()).isEqualTo("Phase 1");
        assertThat(finding.message()).isEqualTo("Phase 1 is ready on 2025-04-01, the day its GPUs arrive, held by its"
                + " GPUs, delivered on the build plan's date.");
        assertThat(finding.numbers()).containsEntry("lateDays", 0.0).containsEntry("waitDays", 0.0);
    }

    @Test
    @Fires({WAIT, EARLIEST})
    void gpusThatWaitTwoMonthsForTheGridAreFlaggedWithTheTurbinesThatWouldSpareThem() throws Exception {
        // Two permitted turbines carry 28.38 MW; the 60 MW gap needs 5 until the 80 MW tranche of 2025-06-01.
        Evaluation evaluation = Campus.base().generators("    permitCapUnits: 2\n").tranche("2025-06-01", 80).evaluate();

        Finding wait = single(evaluation, WAIT);
        assertThat(wait.severity()).isEqualTo(Severity.WARNING);
        assertThat(wait.message()).isEqualTo("Phase 1's GPUs are installed on 2025-04-01 but wait 61 days for power or"
                + " cooling, until 2025-06-01 (the 80 MW grid tranche (new substation)).");
        assertThat(wait.numbers()).containsEntry("waitDays", 61.0).containsEntry("maximumIdleGpuDays", 7.0);
        assertThat(wait.recommendation()).isEqualTo("line up 3 more smt-130 than the air permit allows (5 instead of 2)"
                + " to be ready on 2025-04-01, or deliver the GPUs later");
        assertThat(single(evaluation, EARLIEST).message()).isEqualTo("Phase 1 is ready on 2025-06-01, 61 days after its"
                + " GPUs arrive, held by the 80 MW grid tranche (new substation); with 3 more smt-130 than the air"
                + " permit allows (5 instead of 2): 2025-04-01.");
    }

    @Test
    @NearMiss(WAIT)
    void gpusThatWaitExactlyTheWeekThePolicyAllowsAreNotFlagged() throws Exception {
        Evaluation evaluation = Campus.base().generators("    permitCapUnits: 2\n").tranche("2025-04-08", 80).evaluate();

        assertThat(single(evaluation, EARLIEST).numbers()).containsEntry("waitDays", 7.0);
        assertThat(findingsOf(evaluation, WAIT)).isEmpty();
    }

    @Test
    @Fires(NEVER)
    @NearMiss(EARLIEST)
    void aPhaseTheSupplyNeverCarriesIsAnError() throws Exception {
        Evaluation evaluation = Campus.base().generators("    permitCapUnits: 2\n").evaluate();

        Finding never = single(evaluation, NEVER);
        assertThat(never.severity()).isEqualTo(Severity.ERROR);
        assertThat(never.message()).isEqualTo("Phase 1 is never fully powered and cooled with the supply given:"
                + " on-site generation: 60 MW to carry takes 5 x smt-130 where 2 may run.");
        assertThat(never.recommendation()).isEqualTo(
                "with 3 more smt-130 than the air permit allows (5 instead of 2): 2025-04-01");
        assertThat(findingsOf(evaluation, EARLIEST)).isEmpty();
        assertThat(evaluation.feasible()).isFalse();
    }

    @Test
    @NearMiss(NEVER)
    void aPhaseReadyOnlyYearsLaterIsLateButNotNeverReady() throws Exception {
        Evaluation evaluation = Campus.base().generators("    permitCapUnits: 2\n").tranche("2030-01-01", 80).evaluate();

        assertThat(findingsOf(evaluation, NEVER)).isEmpty();
        assertThat(single(evaluation, EARLIEST).numbers()).containsEntry("lateDays", 1736.0);
    }

    @Test
    @Fires(LEAD_TIME)
    void batteriesOrderedAtTheBuildStartArriveNineMonthsAfterThePhase() throws Exception {
        // 11 megablocks, 365 days from 2025-01-01: 2026-01-01, 275 days after the phase's 2025-04-01.
        Evaluation evaluation = Campus.base().orders("    batteries: 2025-01-01\n").evaluate();

        Finding late = single(evaluation, LEAD_TIME);
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.message()).isEqualTo("Phase 1 needs 11 x megablock by 2025-04-01, but buying them takes 365 days"
                + " from 2025-01-01: they arrive on 2026-01-01, 275 days after the phase's date.");
        assertThat(late.numbers()).containsEntry("slackDays", -275.0).containsEntry("leadTimeDays", 365.0);
        assertThat(late.recommendation()).isEqualTo("order by 2024-03-18 (365 days plus the policy's 14 days before"
                + " 2025-04-01)");
    }

    @Test
    @NearMiss(LEAD_TIME)
    void batteriesArrivingExactlyTheTwoWeeksAheadThePolicyAsksAreNotFlagged() throws Exception {
        // Ordered on 2024-03-18: 365 days later is 2025-03-18, 14 days before the phase.
        Evaluation evaluation = Campus.base().orders("    batteries: 2024-03-18\n").evaluate();

        assertThat(findingsOf(evaluation, LEAD_TIME)).isEmpty();
    }

    @Test
    @Fires(LEAD_TIME)
    void turbinesHiredTooLateAreFlaggedWithOnlyTheirSlack() throws Exception {
        // Rented turbines take 60 days: hired on 2025-01-22 they arrive 2025-03-23, 9 days before the phase.
        Evaluation evaluation = Campus.base().orders("    generators: 2025-01-22\n    batteries: 2024-01-01\n").evaluate();

        assertThat(single(evaluation, LEAD_TIME).message()).isEqualTo("Phase 1 needs 5 x smt-130 by 2025-04-01, but"
                + " hiring them takes 60 days from 2025-01-22: they arrive on 2025-03-23, only 9 days before it.");
    }

    @Test
    @Fires(MARKET)
    void fiveOfTenRentableTurbinesIsHalfTheMarket() throws Exception {
        Evaluation evaluation = Campus.base().generators("    rentalMarketUnits: 10\n").evaluate();

        Finding market = single(evaluation, MARKET);
        assertThat(market.severity()).isEqualTo(Severity.WARNING);
        assertThat(market.message()).isEqualTo("Phase 1 rents 5 x smt-130, 50% of the estimated rentable fleet of 10"
                + " (above 25%).");
        assertThat(market.numbers()).containsEntry("marketShare", 0.5).containsEntry("maximumGeneratorMarketShare", 0.25);
    }

    @Test
    @NearMiss(MARKET)
    void fiveOfTwentyIsExactlyTheQuarterThePolicyAllows() throws Exception {
        Evaluation evaluation = Campus.base().generators("    rentalMarketUnits: 20\n").evaluate();

        assertThat(findingsOf(evaluation, MARKET)).isEmpty();
    }

    @Test
    @Fires(MARKET)
    void moreTurbinesThanTheMarketHoldsMustBeBought() throws Exception {
        Evaluation evaluation = Campus.base().generators("    rentalMarketUnits: 3\n").evaluate();

        assertThat(single(evaluation, MARKET).message()).isEqualTo("Phase 1 needs 5 x smt-130, more than the estimated"
                + " rentable fleet of 3: 2 must be bought.");
    }

    @Test
    @Fires(LATE)
    @NearMiss({IN_TIME, NO_SUPPLY})
    void aTargetTheSupplyClosesAfterItsDateIsLate() throws Exception {
        // 40 MW of grid + 5 turbines (70.95 MW) from 2025-03-02 = 110.95 MW; 150 MW needs the PPA of 2026-03-01.
        Evaluation evaluation = Campus.base().timeline("""
                  futureSupply:
                    - name: PPA
                      kind: ppa
                      firmMw: 40
                      earliest: 2026-03-01
                """).generators("    permitCapUnits: 5\n").target("Campus 150", "2025-12-31", 150).evaluate();

        Finding late = single(evaluation, LATE);
        assertThat(late.severity()).isEqualTo(Severity.WARNING);
        assertThat(late.subject()).isEqualTo("Campus 150");
        assertThat(late.message()).isEqualTo("Campus 150: firm supply reaches 150 MW only on 2026-03-01, 60 days after"
                + " its 2025-12-31 date, which has 111 MW.");
        assertThat(late.numbers()).containsEntry("lateDays", 60.0);
        assertThat(late.numbers().get("shortfallOnDateMw")).isCloseTo(39.05, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(late.recommendation()).isEqualTo("move the target to 2026-03-01, or find 39.1 MW more firm supply by"
                + " 2025-12-31");
        assertThat(findingsOf(evaluation, IN_TIME)).isEmpty();
        assertThat(findingsOf(evaluation, NO_SUPPLY)).isEmpty();
    }

    @Test
    @Fires(IN_TIME)
    @NearMiss(LATE)
    void aTargetClosedOnItsVeryDateIsInTime() throws Exception {
        Evaluation evaluation = Campus.base().timeline("""
                  futureSupply:
                    - name: PPA
                      kind: ppa
                      firmMw: 40
                      earliest: 2026-03-01
                """).generators("    permitCapUnits: 5\n").target("Campus 150", "2026-03-01", 150).evaluate();

        assertThat(findingsOf(evaluation, LATE)).isEmpty();
        Finding inTime = single(evaluation, IN_TIME);
        assertThat(inTime.severity()).isEqualTo(Severity.INFO);
        assertThat(inTime.message()).isEqualTo("Campus 150: firm supply reaches 150 MW on 2026-03-01, its date.");
    }

    @Test
    @Fires(NO_SUPPLY)
    void aTargetNoSupplyReachesSaysWhereTheSupplyPeaks() throws Exception {
        Evaluation evaluation = Campus.base().generators("    permitCapUnits: 5\n").target("Campus 150", "2026-03-01", 150)
                .evaluate();

        Finding none = single(evaluation, NO_SUPPLY);
        assertThat(none.severity()).isEqualTo(Severity.WARNING);
        assertThat(none.message()).isEqualTo("Campus 150: the supply given never reaches 150 MW; it peaks at 111 MW"
                + " from 2025-03-02.");
        assertThat(none.recommendation()).isEqualTo("add future supply of at least 39.1 MW");
        assertThat(findingsOf(evaluation, LATE)).isEmpty();
    }

    @Test
    void aScenarioWithoutATimelineGetsNoTimelineFindings() throws Exception {
        String yaml = Campus.base().yaml().replaceAll("(?s)timeline:\n  orders:\n    batteries: 2024-01-01\n", "");
        Evaluation evaluation = rules.evaluate(new Planner().plan(LOADER.load("no-timeline.yaml", yaml)),
                PolicyReader.defaultPolicy());

        assertThat(evaluation.plan().timeline()).isNull();
        assertThat(evaluation.findings()).extracting(Finding::rule)
                .doesNotContain(EARLIEST, WAIT, NEVER, LEAD_TIME, MARKET, IN_TIME, LATE, NO_SUPPLY);
    }
}
