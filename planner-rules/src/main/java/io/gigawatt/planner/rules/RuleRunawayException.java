package io.gigawatt.planner.rules;

import io.gigawatt.planner.units.Quantities;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The rules fired {@link RuleEngine#FIRE_LIMIT} times without settling: a rule keeps re-activating itself (or
 * others), typically by an {@code update}/{@code modify} of a fact it matches.
 */
public final class RuleRunawayException extends RuleExecutionException {

    private final Map<String, Integer> culprits;

    /**
     * @param culprits the rules that keep the others going, with how often each fired, most first
     * @param fired    firings in all
     */
    public RuleRunawayException(Map<String, Integer> culprits, int fired) {
        super(message(culprits, fired), null);
        this.culprits = Collections.unmodifiableMap(new LinkedHashMap<>(culprits));
    }

    /** The rules named in the message, by name, with their firing counts, in the message's order. */
    public Map<String, Integer> culprits() {
        return culprits;
    }

    private static String message(Map<String, Integer> culprits, int fired) {
        List<String> named = culprits.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\" fired " + Quantities.count(e.getValue()) + " times")
                .toList();
        String all = culprits.values().stream().mapToInt(Integer::intValue).sum() == fired
                ? "" : " (" + Quantities.count(fired) + " firings in all)";
        if (named.size() == 1) {
            return "rule " + named.get(0) + " without settling" + all
                    + ": it keeps re-activating itself (modify/update of a fact it matches?)";
        }
        return "rules " + named.stream().collect(Collectors.joining(", ")) + " without settling" + all
                + ": they keep re-activating each other (modify/update of facts they match?)";
    }
}
