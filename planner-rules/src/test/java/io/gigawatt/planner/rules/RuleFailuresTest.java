package io.gigawatt.planner.rules;

import static io.gigawatt.planner.rules.ScenarioBuilder.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.policy.PolicyReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that never settle are named, not the rules they drag along. */
class RuleFailuresTest {

    private static String updating(String name, String factType, String importName) {
        return """
                package planner.loops;

                import %s;

                rule "%s"
                    @family(grid) @severity(INFO) @doc("Updates what it matches.")
                when
                    $f : %s()
                then
                    update($f);
                end
                """.formatted(importName, name, factType);
    }

    private static CampusPlan plan() throws Exception {
        return new Planner().plan(scenario().load());
    }

    @Test
    void aRuleThatKeepsUpdatingItsFactIsNamedWithItsFirings() throws Exception {
        RuleEngine engine = RuleEngine.compile(List.of(), List.of(new RuleSource("loop.drl",
                updating("Keeps touching the phase", "PhasePlan", "io.gigawatt.planner.plan.PhasePlan"))));

        RuleRunawayException runaway = catchThrowableOfType(RuleRunawayException.class, () -> engine.evaluate(plan(), PolicyReader.defaultPolicy()));

        assertThat(runaway.getMessage()).isEqualTo("rule \"Keeps touching the phase\" fired 100,000 times without"
                + " settling: it keeps re-activating itself (modify/update of a fact it matches?)");
    }

    @Test
    void amongTheDefaultRulesItDragsAlongOnlyTheUpdatingRuleIsNamed() throws Exception {
        RuleEngine engine = RuleEngine.compile(DefaultPack.sources(), List.of(new RuleSource("loop.drl",
                updating("Keeps touching the phase", "PhasePlan", "io.gigawatt.planner.plan.PhasePlan"))));

        RuleRunawayException runaway = catchThrowableOfType(RuleRunawayException.class, () -> engine.evaluate(plan(), PolicyReader.defaultPolicy()));

        // default rules about a phase may re-fire with the culprit (how often is the agenda's choice): counting
        // firings alone could name them too; only the rule that updates the phase is named
        assertThat(runaway.culprits()).containsOnlyKeys("Keeps touching the phase");
        assertThat(runaway.getMessage()).startsWith("rule \"Keeps touching the phase\" fired ")
                .doesNotContain("Grid share");
    }

    @Test
    void twoRulesThatKeepActivatingEachOtherAreBothNamed() throws Exception {
        String pingPong = """
                package planner.loops;

                import io.gigawatt.planner.scenario.Site;

                declare Ping n : int end
                declare Pong n : int end

                rule "Serve"
                    @family(grid) @severity(INFO) @doc("Starts.")
                when
                    Site()
                then
                    insert(new Ping(0));
                end

                rule "Ping"
                    @family(grid) @severity(INFO) @doc("Answers a pong.")
                when
                    Ping( $n : n )
                then
                    insert(new Pong($n + 1));
                end

                rule "Pong"
                    @family(grid) @severity(INFO) @doc("Answers a ping.")
                when
                    Pong( $n : n )
                then
                    insert(new Ping($n + 1));
                end
                """;
        RuleEngine engine = RuleEngine.compile(List.of(), List.of(new RuleSource("ping-pong.drl", pingPong)));

        RuleRunawayException runaway = catchThrowableOfType(RuleRunawayException.class, () -> engine.evaluate(plan(), PolicyReader.defaultPolicy()));

        assertThat(runaway.culprits()).containsOnlyKeys("Ping", "Pong");
        assertThat(runaway.getMessage()).isEqualTo("rules \"Ping\" fired 50,000 times, \"Pong\" fired 49,999 times"
                + " without settling (100,000 firings in all): they keep re-activating each other (modify/update of"
                + " facts they match?)");
    }
}
