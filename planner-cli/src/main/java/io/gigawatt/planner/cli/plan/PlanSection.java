package io.gigawatt.planner.cli.plan;

import io.gigawatt.planner.cli.document.Block;
import io.gigawatt.planner.cli.document.Section;
import io.gigawatt.planner.search.Goal;
import io.gigawatt.planner.search.Outcome;
import io.gigawatt.planner.search.PlanSearch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan {@code planner plan} proposes as a section of its report, in every format: the plan as written and as
 * proposed, each decision with what it bought, and the rules that bind at the proposal. Its JSON field
 * {@code plan} is the plan's summary for programs: the same figures as numbers.
 */
public final class PlanSection {

    private PlanSection() {
    }

    public static Section build(Goal goal, long seed, String currency, Outcome written, PlanSearch.Result result,
                                List<PlanSummary.Change> changes, List<PlanSummary.Binding> bindings) {
        Outcome proposed = result.outcome();
        List<Block.Field> fields = new ArrayList<>();
        fields.add(new Block.Field("as written", PlanSummary.describe(written, currency)));
        fields.add(new Block.Field("proposed", PlanSummary.describe(proposed, currency)));
        fields.addAll(Block.Field.labelled("decision", changes.isEmpty()
                ? List.of("none changed: the plan as written is the best the search found")
                : changes.stream().map(c -> PlanSummary.decision(c, proposed, currency)).toList()));
        fields.addAll(Block.Field.labelled("binds", bindings.stream().map(PlanSummary::binding).toList()));

        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("goal", goal.toString());
        plan.put("seed", seed);
        plan.put("feasible", result.feasible());
        plan.put("currency", currency);
        plan.put("asWritten", outcome(written));
        plan.put("proposed", outcome(proposed));
        plan.put("decisions", changes.stream().map(c -> decision(c, proposed)).toList());
        plan.put("binding", bindings.stream().map(PlanSection::binding).toList());
        plan.put("candidatesJudged", result.evaluations());
        return new Section("plan").json("plan", plan)
                .add(new Block.Heading(2, "Plan proposed: the " + goal + " plan (seed " + seed + "), "
                        + (result.feasible() ? "FEASIBLE" : "NO CANDIDATE PASSES")))
                .add(new Block.Fields(fields));
    }

    private static Map<String, Object> outcome(Outcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ready", outcome.ready() == null ? null : outcome.ready().toString());
        json.put("cost", outcome.cost().amount());
        json.put("errors", outcome.errors());
        json.put("blocking", outcome.blocking());
        return json;
    }

    /** A lever one step from its proposed value, and the ERROR rules that fail there. */
    private static Map<String, Object> binding(PlanSummary.Binding binding) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", binding.lever().subject());
        json.put("lever", binding.lever().kind().key());
        json.put("value", PlanSummary.value(binding.lever(), binding.value()));
        json.put("rules", binding.rules());
        return json;
    }

    /** One changed lever: as written, as proposed, and what it bought against the proposal without it. */
    private static Map<String, Object> decision(PlanSummary.Change change, Outcome proposed) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", change.lever().subject());
        json.put("lever", change.lever().kind().key());
        json.put("written", PlanSummary.value(change.lever(), change.lever().written()));
        json.put("proposed", PlanSummary.value(change.lever(), change.proposedValue()));
        Outcome without = change.without();
        Map<String, Object> bought = new LinkedHashMap<>();
        bought.put("daysSooner", without.refused() ? null : change.daysSooner(proposed));
        bought.put("moneySaved", without.refused() ? null : without.cost().minus(proposed.cost()).amount());
        bought.put("errorsFewer", without.refused() ? null : without.errors() - proposed.errors());
        json.put("bought", bought);
        return json;
    }
}
