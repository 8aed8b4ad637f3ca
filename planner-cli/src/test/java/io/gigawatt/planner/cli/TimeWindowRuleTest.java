package io.gigawatt.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The guide's time-window example end to end, as a planner runs it: "grid share below 10% for more than 180 days"
 * (docs/planners/examples/grid-share-rules) checks, warns on a scenario whose grid comes nine months after its first
 * hall, and says nothing on the near miss whose share stays below 10% for exactly 180 days.
 */
class TimeWindowRuleTest {

    private static final String EXAMPLES = "../docs/planners/examples/";
    private static final String RULES = EXAMPLES + "grid-share-rules";
    private static final String POLICY = EXAMPLES + "grid-share-policy.yaml";
    private static final String RULE = "[grid: Grid share low for too long]";

    @Test
    void theRuleChecksAndRunsOnTheExamples() {
        CliRun run = CliRun.of("rules", "check", RULES, "--policy", POLICY);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aLongWaitForTheGridWarnsForThePhaseBeingBuilt() {
        CliRun run = CliRun.of("evaluate", EXAMPLES + "grid-share/long-wait.yaml", "--rules", RULES, "--policy", POLICY);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("WARNING  The grid carries less than 10% of the campus for 325 days in a row,"
                + " from 2024-07-11 to 2025-05-31 " + RULE);
        assertThat(run.out().substring(run.out().indexOf("Hall 1"), run.out().indexOf(RULE))).doesNotContain("Hall 2");
    }

    @Test
    void exactly180DaysIsANearMiss() {
        CliRun run = CliRun.of("evaluate", EXAMPLES + "grid-share/near-miss.yaml", "--rules", RULES, "--policy", POLICY);

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain(RULE);
    }
}
