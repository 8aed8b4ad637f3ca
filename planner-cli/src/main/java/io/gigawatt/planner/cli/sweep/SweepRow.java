package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.cli.report.EconomicsReport;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.timeline.TimelineReport;
import io.gigawatt.planner.input.Node.ScalarType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one variant came to: its inputs, its verdict and the key figures of its report (the same figures, rounded the
 * same way, as {@code planner evaluate --format json} gives for that variant), or why it could not be evaluated.
 *
 * @param number     the variant's number, from 1
 * @param verdict    FEASIBLE, INFEASIBLE, INVALID (the variant's scenario does not load: a value out of range, say)
 *                   or FAILED (a rule never settles or throws)
 * @param report     the variant's report; null when INVALID or FAILED
 * @param problem    why it is INVALID or FAILED, else null
 * @param errorRules the rules that found an ERROR, in report order
 */
public record SweepRow(int number, List<Value> inputs, int[] ranks, String verdict, Report report, String problem,
                       List<String> errorRules) {

    public static final String FEASIBLE = "FEASIBLE";
    public static final String INFEASIBLE = "INFEASIBLE";
    public static final String INVALID = "INVALID";
    public static final String FAILED = "FAILED";

    static SweepRow of(int number, List<Value> inputs, int[] ranks, Report report) {
        Set<String> errors = new LinkedHashSet<>();
        report.findings().stream().filter(f -> f.severity().equals("ERROR")).forEach(f -> errors.add(f.rule()));
        return new SweepRow(number, inputs, ranks, report.verdict(), report, null, List.copyOf(errors));
    }

    static SweepRow failed(int number, List<Value> inputs, int[] ranks, String verdict, String problem) {
        return new SweepRow(number, inputs, ranks, verdict, null, problem, List.of());
    }

    public boolean judged() {
        return report != null;
    }

    /**
     * The columns of a sweep's table: its keys, and a group per phase and target of the base scenario. Every other
     * column is always there, empty where a variant has no value (dates without a timeline, P50/P90 with
     * {@code --draws 0}), so a table reads the same whatever the options.
     */
    public record Columns(List<String> keys, int phases, int targets) {

        public static Columns of(List<KeyPath> keys, Report base) {
            return new Columns(keys.stream().map(KeyPath::text).toList(), base.phases().size(), base.targets().size());
        }

        public List<String> names() {
            List<String> names = new ArrayList<>();
            names.add("variant");
            names.addAll(keys);
            names.addAll(List.of("verdict", "errors", "warnings", "notes"));
            costFigures().forEach(figure -> names.add("cost." + figure));
            for (int p = 1; p <= phases; p++) {
                String phase = "phase" + p + ".";
                for (String figure : List.of("verdict", "facilityMw", "gridShare", "generators", "batteries", "cooling",
                        "ready", "readyP50", "readyP90")) {
                    names.add(phase + figure);
                }
            }
            for (int t = 1; t <= targets; t++) {
                String target = "target" + t + ".";
                for (String figure : List.of("reachable", "impliedKwPerGpu", "closes", "closesP50", "closesP90")) {
                    names.add(target + figure);
                }
            }
            names.add("errorRules");
            names.add("problem");
            return names;
        }

        /** The CSV table's header line (no line end). */
        public String csvHeader() {
            return String.join(",", names().stream().map(SweepRow::csvCell).toList());
        }

        /** The cost columns: present costs (P50/P90 over the Monte Carlo's draws when it runs) and levelized ones. */
        List<String> costFigures() {
            return List.of("currency", "supply", "waiting", "total", "totalP50", "totalP90", "perMwh", "perGpuHour",
                    "unpriced");
        }
    }

    /** The row's cells, one per column of {@code columns} (null: empty). */
    public List<Object> cells(Columns columns) {
        List<Object> cells = new ArrayList<>();
        cells.add(number);
        inputs.forEach(v -> cells.add(v.written()));
        cells.add(verdict);
        cells.add(judged() ? report.countOf("ERROR") : null);
        cells.add(judged() ? report.countOf("WARNING") : null);
        cells.add(judged() ? report.countOf("INFO") : null);
        Map<String, Object> cost = cost();
        for (String figure : columns.costFigures()) {
            Object value = cost == null ? null : cost.get(figure);
            cells.add(value instanceof List<?> names ? joined(names) : value);
        }
        for (int p = 0; p < columns.phases(); p++) {
            Report.Phase phase = judged() && p < report.phases().size() ? report.phases().get(p) : null;
            TimelineReport.Phase dates = phase == null || report.timeline() == null
                    || p >= report.timeline().phases().size() ? null : report.timeline().phases().get(p);
            cells.add(phase == null ? null : phase.verdict());
            cells.add(phase == null ? null : phase.facilityMw());
            cells.add(phase == null ? null : phase.gridShare());
            cells.add(phase == null ? null : phase.generators().units());
            cells.add(phase == null ? null : phase.batteries().units());
            cells.add(phase == null ? null : phase.cooling().units());
            cells.add(dates == null ? null : never(dates.ready()));
            cells.add(dates == null || dates.risk() == null ? null : never(dates.risk().p50()));
            cells.add(dates == null || dates.risk() == null ? null : never(dates.risk().p90()));
        }
        for (int t = 0; t < columns.targets(); t++) {
            Report.Target target = judged() && t < report.targets().size() ? report.targets().get(t) : null;
            TimelineReport.Target dates = target == null || report.timeline() == null
                    || t >= report.timeline().targets().size() ? null : report.timeline().targets().get(t);
            cells.add(target == null ? null : target.reachable());
            cells.add(target == null ? null : target.impliedKwPerGpu());
            cells.add(dates == null ? null : never(dates.closes()));
            cells.add(dates == null || dates.risk() == null ? null : never(dates.risk().p50()));
            cells.add(dates == null || dates.risk() == null ? null : never(dates.risk().p90()));
        }
        cells.add(joined(errorRules));
        cells.add(problem);
        return cells;
    }

    /**
     * The variant's costs as its report gives them: present values (supply, waiting GPUs, both; the Monte Carlo's
     * P50/P90 of both when it runs), the levelized ones, and the models left unpriced; null when not judged.
     */
    private Map<String, Object> cost() {
        EconomicsReport e = judged() ? report.economics() : null;
        if (e == null) {
            return null;
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("currency", e.currency());
        cost.put("supply", amount(e.present()));
        cost.put("waiting", amount(e.waitingPresent()));
        cost.put("total", amount(e.presentWithWaiting()));
        cost.put("totalP50", e.risk() == null ? null : amount(e.risk().p50()));
        cost.put("totalP90", e.risk() == null ? null : amount(e.risk().p90()));
        cost.put("perMwh", e.perMwh() == null ? null : amount(e.perMwh()));
        cost.put("perGpuHour", e.perGpuHour() == null ? null : amount(e.perGpuHour()));
        cost.put("unpriced", e.unpriced());
        return cost;
    }

    /** An amount as a number written without exponent or trailing zeros: 5210000000.12, not 5.21000000012E9. */
    private static BigDecimal amount(double value) {
        return new BigDecimal(number(value));
    }

    private static String joined(List<?> names) {
        return names.isEmpty() ? null : String.join("; ", names.stream().map(Object::toString).toList());
    }

    /** One CSV line (no line end): RFC 4180 quoting where a cell needs it. */
    public String csv(Columns columns) {
        StringBuilder line = new StringBuilder();
        for (Object cell : cells(columns)) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(csvCell(cell));
        }
        return line.toString();
    }

    static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        String text = cell instanceof Double d ? number(d) : cell.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    /** The row as a JSON object (inputs by key; phases and targets as lists), for the JSON table. */
    public Map<String, Object> json(Columns columns) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("variant", number);
        Map<String, Object> in = new LinkedHashMap<>();
        for (int k = 0; k < columns.keys().size(); k++) {
            Value value = inputs.get(k);
            in.put(columns.keys().get(k), value.type() == ScalarType.NUMBER ? jsonNumber(value.text()) : value.written());
        }
        row.put("inputs", in);
        row.put("verdict", verdict);
        row.put("errors", judged() ? report.countOf("ERROR") : null);
        row.put("warnings", judged() ? report.countOf("WARNING") : null);
        row.put("notes", judged() ? report.countOf("INFO") : null);
        row.put("cost", cost());
        List<Object> phases = new ArrayList<>();
        List<Object> targets = new ArrayList<>();
        if (judged()) {
            for (int p = 0; p < report.phases().size(); p++) {
                Report.Phase phase = report.phases().get(p);
                TimelineReport.Phase dates = report.timeline() == null ? null : report.timeline().phases().get(p);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("name", phase.name());
                figures.put("verdict", phase.verdict());
                figures.put("facilityMw", phase.facilityMw());
                figures.put("gridShare", phase.gridShare());
                figures.put("generators", phase.generators().units());
                figures.put("batteries", phase.batteries().units());
                figures.put("cooling", phase.cooling().units());
                figures.put("ready", dates == null ? null : dates.ready());
                figures.put("readyP50", dates == null || dates.risk() == null ? null : dates.risk().p50());
                figures.put("readyP90", dates == null || dates.risk() == null ? null : dates.risk().p90());
                phases.add(figures);
            }
            for (int t = 0; t < report.targets().size(); t++) {
                Report.Target target = report.targets().get(t);
                TimelineReport.Target dates = report.timeline() == null ? null : report.timeline().targets().get(t);
                Map<String, Object> figures = new LinkedHashMap<>();
                figures.put("name", target.name());
                figures.put("reachable", target.reachable());
                figures.put("impliedKwPerGpu", target.impliedKwPerGpu());
                figures.put("closes", dates == null ? null : dates.closes());
                figures.put("closesP50", dates == null || dates.risk() == null ? null : dates.risk().p50());
                figures.put("closesP90", dates == null || dates.risk() == null ? null : dates.risk().p90());
                targets.add(figures);
            }
        }
        row.put("phases", phases);
        row.put("targets", targets);
        row.put("errorRules", errorRules);
        row.put("problem", problem);
        return row;
    }

    private static Object jsonNumber(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String never(String date) {
        return date == null ? "never" : date;
    }

    /** A figure as the JSON report writes it, without a trailing {@code .0}. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
