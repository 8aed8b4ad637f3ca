package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.cli.document.JsonWriter;
import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.report.ReportBuilder;
import io.gigawatt.planner.cli.report.ReportDocument;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.Evaluation;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * Evaluates every variant of a sweep with one rule base, on a fixed pool of threads, and hands the rows over in
 * variant order. Each variant goes the way {@code planner evaluate} goes for a file with that variant's values
 * written in: the scenario's YAML tree with the values set ({@link TreeEdit}), checked by the real loader, the same
 * adjustment of the Monte Carlo, the plan, the policy (the one asked for, else the scenario's, else the default),
 * the rules (a fresh session each), the report.
 */
public final class SweepRunner {

    /** Hears of each row as it is handed over, in order (for a progress bar). */
    public interface Listener {
        void done(int rows, int of);
    }

    private final ScenarioLoader loader;
    private final Planner planner;
    private final RuleEngine rules;
    private final Node base;
    private final String file;
    private final Path folder;
    private final Path policyFile;
    private final UnaryOperator<Scenario> adjust;
    private final Variants variants;
    private final int threads;
    private final Path reports;
    private final Map<Path, Policy> policies = new ConcurrentHashMap<>();
    private final Policy defaultPolicy = PolicyReader.defaultPolicy();

    /**
     * @param base       the scenario file's YAML tree
     * @param file       the scenario's name in messages and reports (its path)
     * @param folder     where a policy file the scenario names is looked for
     * @param policyFile the policy asked for (null: the scenario's, else the default)
     * @param adjust     what the command line changes in each loaded scenario (Monte Carlo draws, seed)
     * @param reports    a folder for each variant's full JSON report, or null
     */
    public SweepRunner(ScenarioLoader loader, Planner planner, RuleEngine rules, Node base, String file, Path folder,
                       Path policyFile, UnaryOperator<Scenario> adjust, Variants variants, int threads, Path reports) {
        this.loader = loader;
        this.planner = planner;
        this.rules = rules;
        this.base = base;
        this.file = file;
        this.folder = folder;
        this.policyFile = policyFile;
        this.adjust = adjust;
        this.variants = variants;
        this.threads = Math.max(1, threads);
        this.reports = reports;
    }

    /** The base scenario evaluated as it is (with the command line's adjustment), to shape the table. */
    public Report base() throws InputException {
        Scenario scenario = adjust.apply(loader.load(base, file, folder));
        return ReportBuilder.build(rules.evaluate(planner.plan(scenario), policyFor(scenario)));
    }

    /**
     * Checks every key once, with its first value: a key the file does not have must be one the loader knows (else
     * its "unknown key, did you mean" problem, located, comes back), down to a model a price is set for; a mapping
     * given a single value must be one the loader takes as such; a path into a value or past a list's end is
     * reported at once. Values out of range are not checked here: they make INVALID rows.
     */
    public Optional<InputException> checkKeys() {
        List<Value> first = variants.values(0);
        List<KeyPath> keys = variants.keys();
        for (int k = 0; k < keys.size(); k++) {
            try {
                TreeEdit.Result edit = TreeEdit.set(base, keys.get(k), first.get(k));
                String reshaped = edit.reshaped();
                if (reshaped != null) {
                    try {
                        loader.load(edit.tree(), file, folder);
                    } catch (InputException e) {
                        List<io.gigawatt.planner.input.Problem> aboutKey = e.problems().stream()
                                .filter(p -> p.field().equals(reshaped) || p.field().startsWith(reshaped + ".")
                                        || p.field().startsWith(reshaped + "[")).toList();
                        if (!aboutKey.isEmpty()) {
                            return Optional.of(new InputException(aboutKey));
                        }
                    }
                }
            } catch (InputException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Evaluates variant {@code index} (from 0) alone. */
    public SweepRow evaluate(int index) {
        List<Value> values = variants.values(index);
        int[] ranks = variants.ranks(values);
        int number = index + 1;
        try {
            Node tree = base;
            List<KeyPath> keys = variants.keys();
            for (int k = 0; k < keys.size(); k++) {
                tree = TreeEdit.set(tree, keys.get(k), values.get(k)).tree();
            }
            Scenario scenario = adjust.apply(loader.load(tree, file, folder));
            Evaluation evaluation = rules.evaluate(planner.plan(scenario), policyFor(scenario));
            // a row reads no chart: they are built only for the variant's full report
            Report report = reports == null ? ReportBuilder.withoutCharts(evaluation) : ReportBuilder.build(evaluation);
            if (reports != null) {
                OutputFiles.write(reports.resolve(reportName(number)), null, JsonWriter.write(ReportDocument.build(report)));
            }
            return SweepRow.of(number, values, ranks, report);
        } catch (InputException e) {
            String problem = e.problems().get(0).toString()
                    + (e.problems().size() > 1 ? " (and " + (e.problems().size() - 1) + " more)" : "");
            return SweepRow.failed(number, values, ranks, SweepRow.INVALID, problem);
        } catch (RuleExecutionException e) {
            return SweepRow.failed(number, values, ranks, SweepRow.FAILED, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of variant " + number + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            return SweepRow.failed(number, values, ranks, SweepRow.FAILED, "internal error: " + e);
        }
    }

    /** The file name of a variant's report in the reports folder: {@code variant-000042.json}. */
    public String reportName(int number) {
        int width = Math.max(6, Integer.toString(variants.size()).length());
        return String.format(Locale.ROOT, "variant-%0" + width + "d.json", number);
    }

    /**
     * Evaluates the variants of {@code slice} and writes the rows in variant order, until all are written,
     * {@code output} is finished by someone else (a shutdown hook), or this thread is interrupted.
     *
     * @return the rows written
     * @throws InterruptedException when interrupted; the rows written so far are complete
     */
    public int run(SweepOutput output, Listener listener, Shard slice) throws InterruptedException {
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "sweep-" + named.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        ArrayDeque<Future<SweepLine>> window = new ArrayDeque<>();
        int ahead = threads * 16;
        int next = slice.from(variants.size());
        int end = slice.to(variants.size());
        int written = 0;
        int total = end - next;
        try {
            while (written < total) {
                while (next < end && window.size() < ahead) {
                    int index = next++;
                    window.add(pool.submit(() -> output.line(evaluate(index))));
                }
                SweepLine row;
                try {
                    row = window.poll().get();
                } catch (ExecutionException e) {
                    throw rethrown(e);
                }
                if (!output.row(row)) {
                    break;
                }
                written++;
                listener.done(written, total);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
            return written;
        } finally {
            window.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private Policy policyFor(Scenario scenario) throws InputException {
        Path chosen = policyFile != null ? policyFile : scenario.policyFile();
        if (chosen == null) {
            return defaultPolicy;
        }
        Policy known = policies.get(chosen);
        if (known == null) {
            known = PolicyReader.read(chosen);
            policies.put(chosen, known);
        }
        return known;
    }

    /** What a variant's task failed with, as it was thrown (an error, an unchecked exception), or wrapped when checked. */
    public static RuntimeException rethrown(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error error) {
            throw error;
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
}
