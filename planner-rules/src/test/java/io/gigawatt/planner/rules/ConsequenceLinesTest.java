package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Errors in a consequence point at their own line of the rule file, at compile time (Java errors) and at run time
 * (exceptions). This pins {@link ConsequenceLines#HEADER_LINES}, the one fact about the code Drools generates that
 * the mapping relies on: if a Drools upgrade changes it, these tests say so.
 */
class ConsequenceLinesTest {

    /**
     * Line numbers matter here. The first rule has an {@code eval}, which Drools compiles into a method of the same
     * class before the consequence (so its offset differs from the second rule's); its consequence starts after a
     * blank line and a comment.
     */
    private static final String RULES = """
            package test.lines;

            import io.gigawatt.planner.plan.PhasePlan;

            rule "With an eval"
                @family(grid) @severity(INFO) @doc("Test.")
            when
                $p : PhasePlan()
                eval( $p.gridShare() >= 0 )
            then

                // line 12: a comment
                String name = $p.name();
                int length = name.length();
                length = length + $p.nmae().length();
            end

            rule "Code on the then line"
                @family(grid) @severity(INFO) @doc("Test.")
            when
                $p : PhasePlan()
            then String name = $p.name();
                int count = undefinedCount;
            end
            """;

    @Test
    void aJavaErrorInAConsequenceIsReportedOnItsLineAndAtTheNameItIsAbout() {
        RuleBuild build = RuleBuild.compile(List.of(), List.of(new RuleSource("lines.drl", RULES)));

        assertThat(build.errors()).extracting(p -> p.location().line() + ":" + p.location().column() + " " + p.message())
                .containsExactly(
                        "15:26 rule \"With an eval\": The method nmae() is undefined for the type PhasePlan",
                        "23:17 rule \"Code on the then line\": undefinedCount cannot be resolved to a variable");
        assertThat(build.errors().get(0).hint()).startsWith("did you mean 'name'? fields of PhasePlan: number, name,");
    }

    @Test
    void theConsequenceStartsAtItsFirstNonBlankCharacterAfterThen() {
        List<String> lines = List.of("rule \"x\"", "when", "then", "", "   // first", "end", "then insert(x);");

        assertThat(ConsequenceLines.firstLine(lines, 3)).isEqualTo(5);
        assertThat(ConsequenceLines.firstLine(lines, 7)).isEqualTo(7);
        assertThat(ConsequenceLines.ruleFileLine(lines, 3, 5, ConsequenceLines.firstJavaLine(5) + 1)).isEqualTo(6);
    }

    @Test
    void anExceptionInAConsequenceNamesTheRuleItsLineAndTheFactsItMatched() throws Exception {
        String rules = """
                package test.lines;

                import io.gigawatt.planner.plan.PhasePlan;

                rule "Divides by zero"
                    @family(grid) @severity(INFO) @doc("Test.")
                when
                    $p : PhasePlan( eval( true ) )
                then
                    int zero = 0;

                    long perZero = $p.gpuCount() / zero;
                end
                """;
        RuleEngine engine = RuleEngine.compile(List.of(), List.of(new RuleSource("divides.drl", rules)));

        RuleConsequenceException failure = catchThrowableOfType(RuleConsequenceException.class,
                () -> engine.evaluate(new Planner().plan(scenario().load()), PolicyReader.defaultPolicy()));

        assertThat(failure.getMessage()).isEqualTo(
                "rule \"Divides by zero\" failed at divides.drl:12 on PhasePlan \"Phase 1\": ArithmeticException: / by zero");
        assertThat(failure.rule()).isEqualTo("Divides by zero");
        assertThat(failure.facts()).containsExactly("PhasePlan \"Phase 1\"");
        assertThat(failure.getCause()).isInstanceOf(ArithmeticException.class);
    }
}
