package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.RuleHarness.evaluate;
import static io.gigawatt.planner.rules.RuleHarness.numbers;
import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A planner's rule that writes its finding as templates in its metadata, filled from the values it binds. */
class SentenceTemplateTest {

    private static String rule(String message) {
        return """
                package planner.mine;

                import io.gigawatt.planner.plan.PhasePlan;
                import function io.gigawatt.planner.rules.Findings.finding;

                rule "Grid statement"
                    @family(grid) @severity(INFO) @doc("The planner's own grid statement.")
                    @message("%s")
                    @recommend("[{lean?}lean on {onSiteMw}|nothing to do]")
                    @numbers(gridShare, onSiteMw)
                when
                    PhasePlan( $phase : name, $gridShare : gridShare, $onSiteMw : gap, $lean : (gridShare < 0.5),
                               $rental : cooling.marketShare )
                then
                    insert(finding(kcontext, $phase));
                end
                """.formatted(message);
    }

    @Test
    void theSentenceIsFilledFromTheBoundValuesInTheirFormats() throws Exception {
        RuleEngine rules = RuleEngine.compile(List.of(), List.of(new RuleSource("mine.drl",
                rule("{phase}: {gridShare:percent} grid[, {rental:percent} of the rental fleet]."))));

        Finding finding = evaluate(rules, scenario().gridMw(40)).findings().get(0);

        assertThat(finding.message()).isEqualTo("Phase 1: 40% grid.");
        assertThat(finding.recommendation()).isEqualTo("lean on 60 MW");
        assertThat(finding.numbers()).isEqualTo(numbers("gridShare", 0.4, "onSiteMw", 60.0));
    }

    @Test
    void aPlaceholderTheConditionsDoNotBindIsAnErrorAtItsColumn() {
        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("mine.drl",
                rule("{phase}: {gridShar:percent} grid."))));

        assertThat(build.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.toString()).isEqualTo("mine.drl:8:24: rule \"Grid statement\": {gridShar} is not a"
                    + " value its conditions bind");
            assertThat(problem.hint()).endsWith("the rule binds gridShare, lean, onSiteMw, phase, rental");
        });
        assertThatThrownBy(build::engine).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTemplateThatDoesNotParseIsAnErrorWhereItGoesWrong() {
        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("mine.drl",
                rule("{phase}: [{gridShare:percent} grid."))));

        assertThat(build.errors()).extracting(RuleProblem::toString).containsExactly("mine.drl:8:24: rule"
                + " \"Grid statement\" @message: a section opened with [ is not closed with ]");
    }
}
