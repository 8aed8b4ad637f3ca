package io.gigawatt.planner.search;

import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.Finding;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.Severity;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.timeline.PhaseTimeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;

/**
 * Judges candidate plans the way {@code planner evaluate} judges a file: the scenario's text with the levers'
 * values written in ({@link DecisionText}), loaded and checked by the real loader, planned by the real models,
 * judged by the rule pack in use under the policy in use. Remembers each candidate's outcome, so a plan the search
 * comes back to costs nothing, and counts the evaluations it really ran.
 */
public final class Judge {

    private final ScenarioLoader loader;
    private final Planner planner;
    private final RuleEngine rules;
    private final Policy policy;
    private final DecisionText text;
    private final Path folder;
    private final UnaryOperator<Scenario> adjust;
    private final List<Lever> levers;
    private final Map<List<Integer>, Outcome> judged = new HashMap<>();
    private IntConsumer progress = judgedSoFar -> { };

    /**
     * @param folder where a policy file the scenario names is looked for
     * @param adjust what the command line changes in each loaded scenario (Monte Carlo draws, seed)
     */
    public Judge(ScenarioLoader loader, Planner planner, RuleEngine rules, Policy policy, DecisionText text,
                 Path folder, UnaryOperator<Scenario> adjust, List<Lever> levers) {
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
        this.policy = policy;
        this.text = text;
        this.folder = folder;
        this.adjust = adjust;
        this.levers = List.copyOf(levers);
    }

    public List<Lever> levers() {
        return levers;
    }

    /** Tells {@code progress} the count of candidates judged each time one more is (a progress line). */
    public void reportTo(IntConsumer progress) {
        this.progress = progress;
    }

    /** The candidates really evaluated so far (each once). */
    public int evaluations() {
        return judged.size();
    }

    /** A candidate judged: lever i at value index {@code choice.get(i)}, and what came of it. */
    public record Judged(List<Integer> choice, Outcome outcome) {
    }

    /**
     * The trade-off between time and cost among the candidates judged with the fewest errors: sooner first, each
     * cheaper than every one before it (none of them both sooner and cheaper than another).
     */
    public List<Judged> frontier() {
        int fewest = judged.values().stream().filter(o -> !o.refused() && o.ready() != null)
                .mapToInt(Outcome::errors).min().orElse(-1);
        List<Judged> candidates = judged.entrySet().stream()
                .filter(e -> e.getValue().errors() == fewest && e.getValue().ready() != null)
                .map(e -> new Judged(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Judged j) -> j.outcome().ready())
                        .thenComparing(j -> j.outcome().cost()))
                .toList();
        List<Judged> frontier = new ArrayList<>();
        for (Judged candidate : candidates) {
            if (frontier.isEmpty() || candidate.outcome().cost().compareTo(
                    frontier.get(frontier.size() - 1).outcome().cost()) < 0) {
                frontier.add(candidate);
            }
        }
        return frontier;
    }

    /** The scenario as written, judged (not a candidate: a written value may lie outside its lever's bounds). */
    public Outcome asWritten() {
        return outcome(text.text());
    }

    /** The rules that fail in every candidate judged so far that loads (empty when one passes, or none loads). */
    public List<String> blockingEveryCandidate() {
        List<String> every = null;
        for (Outcome outcome : judged.values()) {
            if (!outcome.refused()) {
                if (every == null) {
                    every = new ArrayList<>(outcome.blocking());
                } else {
                    every.retainAll(outcome.blocking());
                }
            }
        }
        return every == null ? List.of() : List.copyOf(every);
    }

    /** The outcome of the plan with lever i at value index {@code choice[i]}. */
    public Outcome judge(int[] choice) {
        List<Integer> key = new ArrayList<>(choice.length);
        for (int index : choice) {
            key.add(index);
        }
        Outcome known = judged.get(key);
        if (known != null) {
            return known;
        }
        Outcome outcome = outcome(text.with(levers, choice));
        judged.put(key, outcome);
        progress.accept(judged.size());
        return outcome;
    }

    private Outcome outcome(String edited) {
        try {
            Evaluation evaluation = evaluate(edited);
            List<Finding> errors = evaluation.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
            List<String> blocking = errors.stream().map(Finding::rule).distinct().toList();
            return new Outcome(errors.size(), blocking, ready(evaluation.plan()),
                    evaluation.plan().costs().presentWithWaiting(),
                    errors.stream().mapToLong(f -> Math.max(1, Math.round(100 * distance(f)))).sum());
        } catch (InputException e) {
            return new Outcome(Outcome.REFUSED_ERRORS, List.of(e.problems().get(0).toString()), null, null,
                    Long.MAX_VALUE);
        }
    }

    /**
     * How far one ERROR finding is from passing, for any rule, a planner's own included: the first two figures a
     * finding states are, by the rule pack's habit, a figure and the limit it breaks (26 units against a permit's 15,
     * a ramp against its limit), and their log ratio measures the gap whichever comes first (0.55 for 26 against 15,
     * 0.13 for 17 against 15). A finding that states no such pair is 1 away.
     */
    static double distance(Finding finding) {
        double[] figures = finding.numbers().values().stream().limit(2).mapToDouble(Double::doubleValue).toArray();
        if (figures.length < 2 || !(figures[0] > 0) || !(figures[1] > 0)) {
            return 1;
        }
        return Math.abs(Math.log(figures[0] / figures[1]));
    }

    /** The full evaluation of a candidate, as {@code planner evaluate} would make it of its text. */
    public Evaluation evaluate(int[] choice) throws InputException {
        return evaluate(text.with(levers, choice));
    }

    private Evaluation evaluate(String edited) throws InputException {
        Scenario scenario = adjust.apply(loader.load(YamlFiles.read(text.name(), edited), text.name(), folder));
        return rules.evaluate(planner.plan(scenario), policy);
    }

    /** When the last phase is ready: the timeline's dates, or the milestones' own without a timeline; null: never. */
    static LocalDate ready(CampusPlan plan) {
        if (plan.timeline() == null) {
            return plan.phases().get(plan.phases().size() - 1).date();
        }
        LocalDate last = null;
        for (PhaseTimeline phase : plan.timeline().phases()) {
            if (phase.ready() == null) {
                return null;
            }
            last = last == null || phase.ready().isAfter(last) ? phase.ready() : last;
        }
        return last;
    }
}
