package io.gigawatt.planner.rules;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Counts, per rule, its firings and the facts its consequence updated or deleted, so that when the rules do not
 * settle the message can name the rule that keeps them going rather than the rules that merely follow it: when a
 * rule updates a fact, every rule matching that fact fires again, so firing counts alone do not tell the culprit.
 * It also knows the match whose consequence is running, for a rule that never returns, overflows or fills the heap.
 */
final class FiringLog extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    /** A rule is named when it did at least this share of the updates (or, without updates, of the firings). */
    private static final double SHARE_NAMED = 0.1;

    private final Map<String, Integer> firings = new HashMap<>();
    private final Map<String, Integer> changes = new HashMap<>();
    /** Read by the thread that waits for the evaluation. */
    private volatile Match running;

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        running = event.getMatch();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        running = null;
        firings.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
    }

    /** The match whose consequence is running, or null between consequences. */
    Match running() {
        return running;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        // inserting a new fact activates only rules that match it; the engine settles unless the insert repeats, and
        // then the rule doing it is the one firing most
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        changed(event.getRule());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        changed(event.getRule());
    }

    private void changed(Rule rule) {
        if (rule != null) {
            changes.merge(rule.getName(), 1, Integer::sum);
        }
    }

    /** The rules that keep the others firing, with their firing counts, most first. */
    Map<String, Integer> culprits() {
        Map<String, Integer> evidence = changes.isEmpty() ? firings : changes;
        int total = evidence.values().stream().mapToInt(Integer::intValue).sum();
        List<String> named = evidence.entrySet().stream()
                .filter(e -> e.getValue() >= SHARE_NAMED * total)
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> culprits = new LinkedHashMap<>();
        named.forEach(rule -> culprits.put(rule, firings.getOrDefault(rule, 0)));
        return culprits;
    }

    RuleRunawayException runaway(int fired) {
        return new RuleRunawayException(culprits(), fired);
    }
}
