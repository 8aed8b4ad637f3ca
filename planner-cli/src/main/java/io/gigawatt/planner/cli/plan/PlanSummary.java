package io.gigawatt.planner.cli.plan;

import io.gigawatt.planner.catalogue.Equipment;
import io.gigawatt.planner.decisions.Lever;
import io.gigawatt.planner.search.Goal;
import io.gigawatt.planner.search.Judge;
import io.gigawatt.planner.search.Outcome;
import io.gigawatt.planner.search.PlanSearch;
import io.gigawatt.planner.units.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * What {@code planner plan} says on finishing: the plan as written against the plan proposed (ready date, cost,
 * errors), each decision that changed and what it bought, the search's effort, and when no candidate passes every
 * rule, the rules that block.
 */
public final class PlanSummary {

    /**
     * One changed lever: its value as written and as proposed, and the proposed plan without it (reverted).
     *
     * @param writtenDate its milestone's date as written, or null for a lever of no milestone
     * @param capWritten  for a power cap: whether the file sets one (else the value written is the model's TDP)
     */
    public record Change(Lever lever, Integer proposedValue, LocalDate writtenDate, boolean capWritten,
                         Outcome without) {

        /** The days the proposal is ready sooner than without this change, or null when either is never ready. */
        public Long daysSooner(Outcome proposed) {
            return proposed.ready() == null || without.ready() == null ? null
                    : ChronoUnit.DAYS.between(proposed.ready(), without.ready());
        }
    }

    /**
     * A rule that binds at the proposal: with a changed lever one step from its proposed value, {@code rules} fail.
     */
    public record Binding(Lever lever, Integer value, List<String> rules) {
    }

    private PlanSummary() {
    }

    public static String text(String scenario, Goal goal, long seed, String currency, List<Lever> levers,
                              Outcome written, PlanSearch.Result result, long candidates, double seconds,
                              List<Change> changes, List<Binding> bindings,
                              List<String> blockingEvery, List<Judge.Judged> frontier, boolean interrupted) {
        StringBuilder out = new StringBuilder();
        Outcome proposed = result.outcome();
        line(out, "%s: the %s plan (seed %d): %s%s", scenario, goal, seed,
                result.feasible() ? "FEASIBLE" : "NO CANDIDATE PASSES", interrupted ? " (interrupted: the best so far)" : "");
        line(out, "  searched     %,d of %,d candidates in %.1f s (Timefold Solver, %,d score calculations)",
                result.evaluations(), candidates, seconds, result.scoreCalculations());
        line(out, "  as written   %s", describe(written, currency));
        line(out, "  proposed     %s", describe(proposed, currency));
        if (written.ready() != null && proposed.ready() != null) {
            line(out, "  change       ready %s, %s", days(ChronoUnit.DAYS.between(proposed.ready(), written.ready()), "sooner", "later"),
                    money(written.cost(), proposed.cost(), currency));
        }
        if (changes.isEmpty()) {
            line(out, "  decisions    none changed: the plan as written is the best the search found");
        }
        for (Change change : changes) {
            line(out, "  decision     %s", decision(change, proposed, currency));
        }
        for (Binding binding : bindings) {
            line(out, "  binds        %s", binding(binding));
        }
        tradeOff(out, frontier, result.outcome().errors(), levers, currency);
        if (!result.feasible()) {
            line(out, "  blocking     %s", blockingEvery.isEmpty()
                    ? "no rule fails in every candidate; the best fails " + String.join(", ", proposed.blocking())
                    : "every candidate judged fails " + String.join(", ", blockingEvery));
        }
        return out.toString();
    }

    /** A changed lever and what it bought: "Hall 2's GPUs delivered ...; against the proposal without it: ...". */
    static String decision(Change change, Outcome proposed, String currency) {
        Lever lever = change.lever();
        String what = switch (lever.kind()) {
            case DEFER_DAYS -> String.format(Locale.ROOT, "%s's GPUs delivered %s (%s)", lever.subject(),
                    change.writtenDate().plusDays(change.proposedValue()),
                    days(change.proposedValue(), "later", "sooner"));
            case BATTERIES -> planned(lever, change.proposedValue(), "battery");
            case GENERATORS -> planned(lever, change.proposedValue(), "generator");
            case POWER_CAP_W -> String.format(Locale.ROOT, "every %s capped at %d W (%s)", lever.subject(),
                    change.proposedValue(), change.capWritten() ? "written " + lever.written() + " W"
                            : "not capped as written: " + lever.written() + " W TDP");
            case ORDER -> lever.subject() + " ordered " + lever.stated(change.proposedValue()) + " (written "
                    + lever.stated(lever.written()) + ")";
            case GENERATOR_MODEL -> "every generator a " + lever.stated(change.proposedValue()) + " (written "
                    + lever.stated(lever.written()) + ")";
            case ACQUIRE -> lever.subject() + (Equipment.BUY.equals(lever.stated(change.proposedValue()))
                    ? " bought (written rented)" : " rented where the model can be (written bought)");
            case GRID_OFFER -> "the utility's offer " + lever.subject() + " taken: a grid tranche (written not"
                    + " taken)";
            case CONTRACT -> lever.subject() + (change.proposedValue() == 1 ? " contracted (written not contracted)"
                    : " not contracted: neither its power nor its price (written contracted)");
        };
        Outcome without = change.without();
        String bought = without.refused() ? "without it the plan does not load"
                : String.format(Locale.ROOT, "against the proposal without it: %s, %s, %s",
                proposed.ready() == null ? "never ready" : without.ready() == null ? "ready at all (never without it)"
                        : "ready " + days(change.daysSooner(proposed), "sooner", "later"),
                money(without.cost(), proposed.cost(), currency),
                errors(proposed.errors() - without.errors()));
        return what + "; " + bought;
    }

    /** A rule that binds: "Hall 2 deferDays 432: Generator fleet above the air-permit unit cap". */
    static String binding(Binding binding) {
        return binding.lever().subject() + " " + binding.lever().kind().key() + " " + value(binding.lever(),
                binding.value()) + ": " + String.join(", ", binding.rules());
    }

    /** Most rows of the trade-off shown: the soonest and the cheapest are always among them. */
    private static final int TRADE_OFF_ROWS = 12;

    /** The time-cost trade-off among the candidates judged with the fewest errors, soonest first. */
    private static void tradeOff(StringBuilder out, List<Judge.Judged> frontier, int errors, List<Lever> levers,
                                 String currency) {
        if (frontier.size() < 2) {
            return;
        }
        line(out, "  trade-off    among the candidates judged with %s, none both sooner and cheaper than another:",
                errors == 0 ? "no errors" : "the fewest errors");
        for (int row = 0; row < Math.min(frontier.size(), TRADE_OFF_ROWS); row++) {
            // spread over the whole frontier, its last (cheapest) row included
            int index = frontier.size() <= TRADE_OFF_ROWS ? row
                    : (int) Math.round(row * (frontier.size() - 1) / (double) (TRADE_OFF_ROWS - 1));
            Judge.Judged judged = frontier.get(index);
            line(out, "               ready %s  %10s  %s", judged.outcome().ready(),
                    judged.outcome().cost().format(currency), decisions(levers, judged.choice()));
        }
    }

    /** A candidate's levers and values: "Doubling deferDays 405, H100 powerCapW 340". */
    public static String decisions(List<Lever> levers, List<Integer> choice) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < levers.size(); i++) {
            Integer value = levers.get(i).values().get(choice.get(i));
            values.append(i == 0 ? "" : ", ").append(levers.get(i).subject()).append(' ')
                    .append(levers.get(i).kind().key()).append(' ').append(value(levers.get(i), value));
        }
        return values.toString();
    }

    /** A lever's value as the summary states it: "as sized" for a count left to the models. */
    static String value(Lever lever, Integer value) {
        return value == null ? "as sized" : lever.stated(value);
    }

    private static String planned(Lever lever, Integer proposed, String equipment) {
        String units = proposed == null ? "leaves its " + equipment + " units to the models' sizing"
                : "plans " + proposed + " " + equipment + " units";
        return lever.subject() + " " + units + " (" + (lever.written() == null ? "as written: sized by the models"
                : "written " + lever.written()) + ")";
    }

    static String describe(Outcome outcome, String currency) {
        if (outcome.refused()) {
            return "does not load: " + outcome.blocking().get(0);
        }
        return String.format(Locale.ROOT, "ready %s, %s present cost with waiting, %s", outcome.ready() == null ? "never"
                : outcome.ready(), outcome.cost().format(currency), outcome.errors() == 0 ? "no errors"
                : outcome.errors() + (outcome.errors() == 1 ? " error (" : " errors (") + String.join(", ",
                outcome.blocking()) + ")");
    }

    private static String days(long days, String positive, String negative) {
        if (days == 0) {
            return "the same day";
        }
        return String.format(Locale.ROOT, "%,d %s %s", Math.abs(days), Math.abs(days) == 1 ? "day" : "days",
                days > 0 ? positive : negative);
    }

    /** {@code before - after}: what the proposal saves (or costs more). */
    private static String money(Money before, Money after, String currency) {
        Money saved = before.minus(after);
        return saved.amount() >= 0 ? saved.format(currency) + " saved" : saved.times(-1).format(currency) + " more";
    }

    private static String errors(int more) {
        return more == 0 ? "the same errors" : more > 0 ? more + (more == 1 ? " error" : " errors") + " more"
                : -more + (more == -1 ? " error" : " errors") + " fewer";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
