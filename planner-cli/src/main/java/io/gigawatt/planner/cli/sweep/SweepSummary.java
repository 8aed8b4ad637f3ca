package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.units.Quantities;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a sweep's rows add up to: how many variants came to each verdict, which rules made variants infeasible, and
 * which inputs flip a verdict: the scenario's, or a phase's (a target that is never reachable keeps the scenario
 * infeasible whatever a phase does, and the phase's verdict is then the one that moves). An input flips a verdict
 * where two variants that differ only in that input, at neighbouring values, get different verdicts (FEASIBLE and
 * INFEASIBLE); each such pair is a flip point, counted over the "lines" (the combinations of the other inputs) it
 * occurs on, with the ERROR rules it raises and clears.
 *
 * <p>Rows are added in any order (only those done are summarised, so an interrupted sweep still has a summary).
 */
public final class SweepSummary {

    private static final byte FEASIBLE = 1;
    private static final byte INFEASIBLE = 2;
    private static final byte OTHER = 0;

    private final Variants variants;
    private final int keys;
    /** "verdict" (the scenario's), then each phase's name. */
    private final List<String> subjects;
    private final Map<String, Long> verdicts = new LinkedHashMap<>();
    private final Map<String, Long> errorRules = new LinkedHashMap<>();
    /** Rule name -> bit, for the first 64 ERROR rules seen (the pack has fewer). */
    private final Map<String, Integer> ruleBits = new LinkedHashMap<>();
    private int[] ranks = new int[0];
    private byte[] outcome = new byte[0];
    private long[] rules = new long[0];
    private int count;

    /** @param phases the base scenario's phases, whose verdicts are followed too */
    public SweepSummary(Variants variants, List<String> phases) {
        this.variants = variants;
        this.keys = variants.keys().size();
        List<String> all = new ArrayList<>();
        all.add("verdict");
        all.addAll(phases);
        this.subjects = List.copyOf(all);
        for (String v : List.of(SweepRow.FEASIBLE, SweepRow.INFEASIBLE, SweepRow.INVALID, SweepRow.FAILED)) {
            verdicts.put(v, 0L);
        }
    }

    public synchronized void add(SweepLine row) {
        verdicts.merge(row.verdict(), 1L, Long::sum);
        long mask = 0;
        for (String rule : row.errorRules()) {
            errorRules.merge(rule, 1L, Long::sum);
            Integer bit = ruleBits.get(rule);
            if (bit == null && ruleBits.size() < 64) {
                bit = ruleBits.size();
                ruleBits.put(rule, bit);
            }
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        if (count == rules.length) {
            int grown = Math.max(1024, count * 2);
            outcome = Arrays.copyOf(outcome, grown * subjects.size());
            rules = Arrays.copyOf(rules, grown);
            ranks = Arrays.copyOf(ranks, grown * keys);
        }
        System.arraycopy(row.ranks(), 0, ranks, count * keys, keys);
        int s = subjects.size();
        outcome[count * s] = outcome(row.verdict());
        for (int p = 1; p < s; p++) {
            outcome[count * s + p] = p - 1 < row.phaseVerdicts().size() ? outcome(row.phaseVerdicts().get(p - 1)) : OTHER;
        }
        rules[count] = mask;
        count++;
    }

    private static byte outcome(String verdict) {
        return switch (verdict) {
            case SweepRow.FEASIBLE -> FEASIBLE;
            case SweepRow.INFEASIBLE -> INFEASIBLE;
            default -> OTHER;
        };
    }

    public synchronized int done() {
        return count;
    }

    /** A flip point of one input: neighbouring values {@code from} and {@code to} with different verdicts. */
    public record FlipPoint(String from, String to, String fromVerdict, String toVerdict, long lines,
                            List<String> rulesRaised, List<String> rulesCleared) {
    }

    /**
     * How one input moves one verdict.
     *
     * @param subject        "verdict" (the scenario's) or a phase's name
     * @param linesThatFlip  lines on which that verdict changes along this input
     */
    public record Flips(String subject, long linesThatFlip, List<FlipPoint> flipPoints) {
    }

    /**
     * @param lines combinations of the other inputs on which this input takes two values or more
     * @param flips the verdicts it flips (the scenario's first), each with its flip points
     */
    public record Input(String key, int values, long lines, List<Flips> flips) {
        public boolean flipsAny() {
            return !flips.isEmpty();
        }
    }

    /** How each input flips the verdict, in the order of the keys. */
    public synchronized List<Input> inputs() {
        List<Input> inputs = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            inputs.add(input(k));
        }
        return inputs;
    }

    private Input input(int k) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Comparator<Integer> byOthers = (a, b) -> {
            for (int j = 0; j < keys; j++) {
                if (j != k) {
                    int c = Integer.compare(ranks[a * keys + j], ranks[b * keys + j]);
                    if (c != 0) {
                        return c;
                    }
                }
            }
            return 0;
        };
        Arrays.sort(order, byOthers.thenComparingInt(i -> ranks[i * keys + k]));
        List<String> values = variants.ordered(k);
        int s = subjects.size();
        long lines = 0;
        long[] flipping = new long[s];
        List<Map<String, long[]>> points = new ArrayList<>();
        List<Map<String, Map<String, Long>>> raised = new ArrayList<>();
        List<Map<String, Map<String, Long>>> cleared = new ArrayList<>();
        for (int j = 0; j < s; j++) {
            points.add(new TreeMap<>());
            raised.add(new HashMap<>());
            cleared.add(new HashMap<>());
        }
        int start = 0;
        while (start < count) {
            int end = start + 1;
            while (end < count && byOthers.compare(order[start], order[end]) == 0) {
                end++;
            }
            boolean[] flipped = new boolean[s];
            int distinct = 1;
            for (int i = start + 1; i < end; i++) {
                int a = order[i - 1];
                int b = order[i];
                int ra = ranks[a * keys + k];
                int rb = ranks[b * keys + k];
                if (ra == rb) {
                    continue;
                }
                distinct++;
                for (int j = 0; j < s; j++) {
                    byte oa = outcome[a * s + j];
                    byte ob = outcome[b * s + j];
                    if (oa == OTHER || ob == OTHER || oa == ob) {
                        continue;
                    }
                    flipped[j] = true;
                    String id = String.format(Locale.ROOT, "%09d>%09d>%d>%d", ra, rb, oa, ob);
                    points.get(j).computeIfAbsent(id, x -> new long[1])[0]++;
                    count(raised.get(j).computeIfAbsent(id, x -> new HashMap<>()), rules[b] & ~rules[a]);
                    count(cleared.get(j).computeIfAbsent(id, x -> new HashMap<>()), rules[a] & ~rules[b]);
                }
            }
            if (distinct > 1) {
                lines++;
                for (int j = 0; j < s; j++) {
                    if (flipped[j]) {
                        flipping[j]++;
                    }
                }
            }
            start = end;
        }
        List<Flips> flips = new ArrayList<>();
        for (int j = 0; j < s; j++) {
            if (flipping[j] == 0) {
                continue;
            }
            List<FlipPoint> flipPoints = new ArrayList<>();
            for (Map.Entry<String, long[]> point : points.get(j).entrySet()) {
                String[] parts = point.getKey().split(">");
                flipPoints.add(new FlipPoint(values.get(Integer.parseInt(parts[0])), values.get(Integer.parseInt(parts[1])),
                        name(Integer.parseInt(parts[2])), name(Integer.parseInt(parts[3])), point.getValue()[0],
                        names(raised.get(j).get(point.getKey())), names(cleared.get(j).get(point.getKey()))));
            }
            flipPoints.sort(Comparator.comparingLong(FlipPoint::lines).reversed());
            flips.add(new Flips(subjects.get(j), flipping[j], flipPoints));
        }
        return new Input(variants.keys().get(k).text(), values.size(), lines, flips);
    }

    private void count(Map<String, Long> counts, long mask) {
        for (Map.Entry<String, Integer> rule : ruleBits.entrySet()) {
            if ((mask & (1L << rule.getValue())) != 0) {
                counts.merge(rule.getKey(), 1L, Long::sum);
            }
        }
    }

    /** Rules by how often they came with a flip, most first. */
    private static List<String> names(Map<String, Long> counts) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static String name(int outcome) {
        return outcome == FEASIBLE ? SweepRow.FEASIBLE : SweepRow.INFEASIBLE;
    }

    public synchronized Map<String, Long> verdicts() {
        return new LinkedHashMap<>(verdicts);
    }

    /** ERROR rules by the number of variants they made infeasible, most first. */
    public synchronized Map<String, Long> errorRules() {
        Map<String, Long> sorted = new LinkedHashMap<>();
        errorRules.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The summary as the JSON table carries it. */
    public synchronized Map<String, Object> json(boolean complete) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("variants", variants.size());
        json.put("done", count);
        json.put("complete", complete);
        json.put("verdicts", verdicts());
        List<Object> rules = new ArrayList<>();
        errorRules().forEach((rule, n) -> rules.add(Map.of("rule", rule, "variants", n)));
        json.put("errorRules", rules);
        List<Object> inputs = new ArrayList<>();
        for (Input input : inputs()) {
            Map<String, Object> in = new LinkedHashMap<>();
            in.put("key", input.key());
            in.put("values", input.values());
            in.put("lines", input.lines());
            in.put("flips", input.flips());
            inputs.add(in);
        }
        json.put("inputs", inputs);
        return json;
    }

    /** The summary for a terminal. */
    public synchronized String text() {
        StringBuilder text = new StringBuilder();
        text.append("  ");
        verdicts.forEach((verdict, n) -> text.append(verdict).append(' ').append(Quantities.count(n)).append("   "));
        text.setLength(text.length() - 3);
        text.append('\n');
        List<Input> inputs = inputs();
        List<Input> flipping = inputs.stream().filter(Input::flipsAny).toList();
        if (flipping.isEmpty()) {
            text.append("No input flips a verdict (the scenario's or a phase's).\n");
        } else {
            text.append("Inputs that flip a verdict (lines: combinations of the other inputs):\n");
            for (Input input : flipping) {
                text.append("  ").append(input.key()).append(" (").append(Quantities.count(input.values()))
                        .append(" values)\n");
                for (Flips flips : input.flips()) {
                    text.append("    ").append(flips.subject().equals("verdict") ? "the scenario" : flips.subject())
                            .append(": flips on ").append(Quantities.count(flips.linesThatFlip())).append(" of ")
                            .append(Quantities.count(input.lines()))
                            .append(input.lines() == 1 ? " line" : " lines").append('\n');
                    List<FlipPoint> shown = flips.flipPoints().subList(0, Math.min(3, flips.flipPoints().size()));
                    for (FlipPoint point : shown) {
                        text.append("      ").append(point.from()).append(' ').append(point.fromVerdict()).append(" -> ")
                                .append(point.to()).append(' ').append(point.toVerdict())
                                .append(" (").append(Quantities.count(point.lines()))
                                .append(point.lines() == 1 ? " line)" : " lines)");
                        if (!point.rulesCleared().isEmpty()) {
                            text.append("; clears ").append(quoted(point.rulesCleared()));
                        }
                        if (!point.rulesRaised().isEmpty()) {
                            text.append("; raises ").append(quoted(point.rulesRaised()));
                        }
                        text.append('\n');
                    }
                    if (flips.flipPoints().size() > shown.size()) {
                        text.append("      and ").append(Quantities.count(flips.flipPoints().size() - shown.size()))
                                .append(" more flip points (see the JSON summary)\n");
                    }
                }
            }
        }
        List<String> steady = inputs.stream().filter(i -> !i.flipsAny()).map(Input::key).toList();
        if (!steady.isEmpty() && !flipping.isEmpty()) {
            text.append("Inputs that flip none: ").append(String.join(", ", steady)).append('\n');
        }
        Map<String, Long> rules = errorRules();
        if (!rules.isEmpty()) {
            text.append("Rules behind INFEASIBLE verdicts (variants):\n");
            rules.forEach((rule, n) -> text.append("  ").append(Quantities.count(n)).append("  ").append(rule)
                    .append('\n'));
        }
        return text.toString();
    }

    private static String quoted(List<String> rules) {
        List<String> shown = rules.subList(0, Math.min(2, rules.size())).stream().map(r -> "\"" + r + "\"").toList();
        return String.join(", ", shown) + (rules.size() > 2 ? " and " + (rules.size() - 2) + " more" : "");
    }
}
