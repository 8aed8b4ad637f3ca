package io.gigawatt.planner.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RulesModule;
import io.gigawatt.planner.rules.ScenarioEvaluator;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The search held against brute force: every candidate of a small grid judged by the real loader, models and rules,
 * the best of them against what Timefold's search proposes from far fewer judgements.
 */
class PlanSearchTest {

    private static final Path TWO_HALLS = Path.of("../examples/two-halls.yaml");
    /** No wall clock in a test: a limit the search never reaches; it ends by its count of unimproved steps. */
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    private static Injector injector;
    private static Scenario scenario;
    private static DecisionText text;

    @BeforeAll
    static void load() throws InputException, IOException {
        injector = Guice.createInjector(new RulesModule());
        scenario = injector.getInstance(ScenarioLoader.class).load(TWO_HALLS);
        text = new DecisionText(TWO_HALLS.toString(), Files.readString(TWO_HALLS, StandardCharsets.UTF_8), scenario);
    }

    private static Judge judge() {
        return new Judge(injector.getInstance(ScenarioLoader.class), injector.getInstance(Planner.class),
                injector.getInstance(RuleEngine.class), PolicyReader.defaultPolicy(), text, TWO_HALLS.getParent(),
                s -> s, scenario.decisions().levers());
    }

    /** The best score of every candidate, judged one by one. */
    private static HardMediumSoftScore bruteForce(Judge judge, Goal goal) {
        List<Lever> levers = judge.levers();
        Scoring scoring = new Scoring(judge, goal, scenario.build().start());
        HardMediumSoftScore best = null;
        int[] choice = new int[levers.size()];
        long candidates = scenario.decisions().candidates();
        for (long n = 0; n < candidates; n++) {
            long rest = n;
            for (int i = 0; i < levers.size(); i++) {
                choice[i] = (int) (rest % levers.get(i).values().size());
                rest /= levers.get(i).values().size();
            }
            HardMediumSoftScore score = scoring.score(choice);
            best = best == null || score.compareTo(best) > 0 ? score : best;
        }
        assertThat(judge.evaluations()).isEqualTo(candidates);
        return best;
    }

    @Test
    void findsTheEarliestPlanOfBruteForceWithATenthOfTheEvaluations() {
        holdsAgainstBruteForce(Goal.earliest());
    }

    @Test
    void findsTheCheapestPlanReadyByADateOfBruteForceWithATenthOfTheEvaluations() {
        holdsAgainstBruteForce(Goal.cheapestBy(LocalDate.of(2026, 9, 1)));
    }

    private static void holdsAgainstBruteForce(Goal goal) {
        Judge everyCandidate = judge();
        HardMediumSoftScore optimum = bruteForce(everyCandidate, goal);
        assertThat(Scoring.feasible(optimum, goal)).as("the grid has a feasible plan").isTrue();

        Judge searching = judge();
        PlanSearch.Result result = new PlanSearch().search(searching, goal, scenario.build().start(), 1, NO_LIMIT);
        HardMediumSoftScore found = new Scoring(searching, goal, scenario.build().start()).score(result.outcome());

        assertThat(result.feasible()).isTrue();
        assertThat(found.hardScore()).isEqualTo(optimum.hardScore());
        assertThat((double) found.mediumScore()).isCloseTo(optimum.mediumScore(), within(0.01 * Math.abs(optimum.mediumScore())));
        assertThat((double) found.softScore()).isCloseTo(optimum.softScore(), within(0.01 * Math.abs(optimum.softScore())));
        assertThat(result.evaluations() * 10L).isLessThanOrEqualTo(everyCandidate.evaluations());
        System.out.printf("%s: brute force %s in %d evaluations; search %s in %d evaluations%n", goal, optimum,
                everyCandidate.evaluations(), found, result.evaluations());
    }

    @Test
    void theTradeOffBetweenTimeAndCostStartsAtTheEarliestPlanAndGetsCheaperWithEachLaterOne() {
        Judge judge = judge();
        PlanSearch.Result earliest = new PlanSearch().search(judge, Goal.earliest(), scenario.build().start(), 1, NO_LIMIT);

        List<Judge.Judged> frontier = judge.frontier();

        assertThat(frontier).hasSizeGreaterThan(2);
        assertThat(frontier.get(0).outcome()).isEqualTo(earliest.outcome());
        for (int i = 1; i < frontier.size(); i++) {
            Outcome before = frontier.get(i - 1).outcome();
            Outcome after = frontier.get(i).outcome();
            assertThat(after.errors()).isZero();
            assertThat(after.ready()).isAfter(before.ready());
            assertThat(after.cost()).isLessThan(before.cost());
        }
    }

    @Test
    void theSameSeedProposesTheSamePlan() {
        Goal goal = Goal.earliest();
        PlanSearch.Result first = new PlanSearch().search(judge(), goal, scenario.build().start(), 7, NO_LIMIT);
        PlanSearch.Result second = new PlanSearch().search(judge(), goal, scenario.build().start(), 7, NO_LIMIT);
        assertThat(second.choice()).isEqualTo(first.choice());
        assertThat(second.evaluations()).isEqualTo(first.evaluations());
    }

    @Test
    void theProposedTextIsAPlanThatEvaluateJudgesFeasible() throws InputException {
        Judge judge = judge();
        PlanSearch.Result result = new PlanSearch().search(judge, Goal.earliest(), scenario.build().start(), 1, NO_LIMIT);
        String proposed = text.with(judge.levers(), result.choice());

        Evaluation evaluation = injector.getInstance(ScenarioEvaluator.class).evaluate("proposed.yaml", proposed);

        assertThat(evaluation.feasible()).isTrue();
        assertThat(proposed).contains("# as written: 16 turbines where the permit allows 15");
        assertThat(Judge.ready(evaluation.plan())).isEqualTo(result.outcome().ready());
    }

    @Test
    void withThePermitKeptAt15TurbinesColossusHasEarliestAndCheapestByPlansThatEvaluateJudgesFeasible()
            throws IOException, InputException {
        Path colossus = Path.of("../examples/colossus.yaml");
        Scenario loaded = injector.getInstance(ScenarioLoader.class).load(colossus);
        DecisionText colossusText = new DecisionText(colossus.toString(),
                Files.readString(colossus, StandardCharsets.UTF_8), loaded);
        for (Goal goal : List.of(Goal.earliest(), Goal.cheapestBy(LocalDate.of(2026, 9, 1)))) {
            Judge judge = new Judge(injector.getInstance(ScenarioLoader.class), injector.getInstance(Planner.class),
                    injector.getInstance(RuleEngine.class), PolicyReader.defaultPolicy(), colossusText,
                    colossus.getParent(), s -> s, loaded.decisions().levers());

            PlanSearch.Result result = new PlanSearch().search(judge, goal, loaded.build().start(), 1, NO_LIMIT);
            Evaluation evaluation = injector.getInstance(ScenarioEvaluator.class).evaluate("proposed.yaml",
                    colossusText.with(judge.levers(), result.choice()));

            assertThat(result.feasible()).as(goal.toString()).isTrue();
            assertThat(evaluation.feasible()).as(goal.toString()).isTrue();
            assertThat(evaluation.plan().scenario().equipment().generators().permitCapUnits()).isEqualTo(15);
        }
    }
}
