package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.output.OutputFolder;
import io.gigawatt.planner.cli.report.Report;
import io.gigawatt.planner.cli.sweep.Axis;
import io.gigawatt.planner.cli.sweep.Progress;
import io.gigawatt.planner.cli.sweep.SweepOutput;
import io.gigawatt.planner.cli.sweep.SweepRow;
import io.gigawatt.planner.cli.sweep.Shard;
import io.gigawatt.planner.cli.sweep.SweepEngine;
import io.gigawatt.planner.cli.sweep.SweepEngines;
import io.gigawatt.planner.cli.sweep.SweepJob;
import io.gigawatt.planner.cli.sweep.SweepRunner;
import io.gigawatt.planner.cli.sweep.SweepSummary;
import io.gigawatt.planner.cli.sweep.VariantTable;
import io.gigawatt.planner.cli.sweep.Variants;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Node;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.input.YamlFiles;
import io.gigawatt.planner.plan.Planner;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.RuleExecutionException;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.units.Quantities;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code planner sweep SCENARIO --vary KEY=FROM..TO[:count=N|:step=S] ... [--variants FILE.csv]}: evaluates every variant of a
 * scenario with one compiled rule base on every core, and writes a table (CSV or JSON) of each variant's verdict and
 * key figures, then a summary of which inputs flip the verdict. Each row is what {@code planner evaluate} says of a
 * file with that variant's values written in.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, subcommands = SweepMergeCommand.class,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner sweep examples/colossus.yaml \\",
                "      --vary equipment.generators.permitCapUnits=15..40 --draws 0",
                "  planner sweep examples/colossus.yaml --vary facility.pue=1.2,1.3,1.4 \\",
                "      --out sweeps",
                "  planner sweep examples/colossus.yaml --vary facility.pue=1.2,1.3,1.4 \\",
                "      --shard 1/3 --out slices",
                "  planner sweep examples/colossus.yaml --vary facility.pue=1.2,1.3,1.4 \\",
                "      --engine spark --format parquet --out sweeps"},
        description = {"Evaluates many variants of a scenario: every combination of the --vary values (and each row of"
                + " --variants), with one rule base on every core. Writes a table of verdicts and key figures, one row"
                + " per variant in order, and a summary of the inputs that flip the verdict.",
                "KEY is a dotted scenario path as error messages write it: facility.pue,"
                        + " equipment.generators.permitCapUnits, grid.tranches[1].firmMw, build.milestones[0].add.H100;"
                        + " prices too: economics.gasPerMmbtu, economics.grid.energyPerMwh,"
                        + " catalogue.generators.smt-130.rentPerMonth."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every variant evaluated (whatever their verdicts)",
                "1:internal error",
                "2:bad usage or bad input (a key the scenario cannot take: located)",
                "4:rule files do not compile",
                "130:interrupted (Ctrl-C): the table holds the rows done, whole rows only"})
public final class SweepCommand implements Callable<Integer> {

    /** The exit code of a sweep interrupted before its end (as a shell reports a process ended by Ctrl-C). */
    public static final int INTERRUPTED = 130;

    /** What {@code --format} writes: a table of CSV or JSON lines, or a Parquet table an engine makes of CSV lines. */
    enum Table {
        CSV(SweepOutput.Format.CSV), JSON(SweepOutput.Format.JSON), PARQUET(SweepOutput.Format.CSV);

        final SweepOutput.Format lines;

        Table(SweepOutput.Format lines) {
            this.lines = lines;
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // optional to picocli, which would otherwise ask for it before 'sweep merge' too; required by call()
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "the scenario file (YAML)")
    Path scenario;

    @Option(names = "--vary", paramLabel = "KEY=VALUES",
            description = "a key and its values: FROM..TO:count=N (N values evenly spaced, both ends included;"
                    + " numbers or dates), FROM..TO:step=S (FROM, FROM+S, ... up to TO; days between dates),"
                    + " FROM..TO (every whole number or day), or A,B,C; repeat for more keys"
                    + " (every combination, the last key varying fastest)")
    List<String> vary = new ArrayList<>();

    @Option(names = "--variants", paramLabel = "FILE.csv",
            description = "variants written out: a header of keys, a row of values per variant (combined with"
                    + " every --vary combination)")
    Path variantsFile;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write the table into DIR (created if missing) as SCENARIO-sweep.csv (.json, .parquet),"
                    + " a slice's as SCENARIO-sweep-K-of-N.csv, row by row, so an interrupted sweep keeps the rows"
                    + " done; default: standard output")
    Path out;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "table format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); parquet: a folder"
                    + " partitioned by verdict, with its summary in _summary.json, written by --engine spark into"
                    + " --out DIR")
    Table format;

    @Option(names = {"-q", "--quiet"},
            description = "print the table and problems only: no summary, no line saying where --out wrote it,"
                    + " no progress")
    boolean quiet;

    @Option(names = "--draws", paramLabel = "N",
            description = "Monte Carlo draws of the timeline per variant; 0: none (the risk section is left out, the"
                    + " dates without P50/P90), the heaviest cost of a variant; default: the scenario's")
    Integer draws;

    @Option(names = "--seed", paramLabel = "SEED", description = "seed of the timeline's Monte Carlo")
    Long seed;

    @Option(names = "--threads", paramLabel = "N",
            description = "threads evaluating variants (default: the number of cores)")
    Integer threads;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "also write each variant's full JSON report (as evaluate --format json) into DIR")
    Path reports;

    @Option(names = "--no-progress", description = "no progress bar, even at a terminal")
    boolean noProgress;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = "evaluate only slice K of N of the variants (consecutive, disjoint, the same on any machine),"
                    + " for a batch scheduler's array of jobs; 'planner sweep merge' joins the slices' CSV tables")
    Shard shard = Shard.ALL;

    @Option(names = "--engine", paramLabel = "NAME",
            description = "evaluate the variants on a distributed engine: spark (run by ./planner-on-spark, whose jars"
                    + " hold it); default: this JVM's threads")
    String engineName;

    /** How an engine's workers, which read the scenario by its absolute path, name it as the planner typed it. */
    @Option(names = "--scenario-named", hidden = true)
    String scenarioNamed;

    @Option(names = "--master", paramLabel = "URL",
            description = "the engine's master, as spark://HOST:7077 (default: the engine inside this JVM,"
                    + " with --threads threads)")
    String master;

    @Mixin
    JudgementOptions judged;

    @Mixin
    CatalogueFiles catalogue;

    @Spec
    CommandSpec spec;

    private final Planner planner;
    private final Provider<RuleEngine> defaultRules;

    @Inject
    SweepCommand(Planner planner, Provider<RuleEngine> defaultRules) {
        this.planner = planner;
        this.defaultRules = defaultRules;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (scenario == null) {
            stderr.println("planner: Missing required parameter: 'SCENARIO'");
            stderr.println("Try 'planner sweep --help' for usage.");
            return ExitCode.BAD_INPUT.code();
        }
        if (!judged.usable(stderr)) {
            return ExitCode.BAD_INPUT.code();
        }
        Optional<String> drawsProblem = RiskOptions.problem(draws);
        if (drawsProblem.isPresent()) {
            stderr.println("planner: " + drawsProblem.get());
            return ExitCode.BAD_INPUT.code();
        }
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            stderr.println("planner: --threads " + threadCount + " is too few, expected at least 1");
            return ExitCode.BAD_INPUT.code();
        }
        Path table;
        try {
            table = table(stderr);
        } catch (Refused e) {
            return e.exitCode;
        }
        SweepEngine distributed = null;
        if (engineName != null) {
            if (scenario.equals(TextFiles.STANDARD_INPUT)) {
                stderr.println("planner: --engine " + engineName + " reads the scenario on every worker, expected a file"
                        + " rather than standard input (-)");
                return ExitCode.BAD_INPUT.code();
            }
            distributed = SweepEngines.named(engineName);
            if (distributed == null) {
                stderr.println("planner: --engine " + engineName + ": " + SweepEngines.missing(engineName));
                return ExitCode.BAD_INPUT.code();
            }
            if (reports != null) {
                stderr.println("planner: --reports is written by this JVM's sweep only, expected no --engine with it");
                return ExitCode.BAD_INPUT.code();
            }
        } else if (format == Table.PARQUET) {
            stderr.println("planner: --format parquet is written by an engine, expected --engine spark with it");
            return ExitCode.BAD_INPUT.code();
        } else if (master != null) {
            stderr.println("planner: --master needs --engine (the engine whose master it is), as in --engine spark"
                    + " --master " + master);
            return ExitCode.BAD_INPUT.code();
        }
        Prepared prepared;
        try {
            prepared = prepare(threadCount, stderr);
        } catch (Refused e) {
            return e.exitCode;
        }
        SweepRunner runner = prepared.runner();
        Variants variants = prepared.variants();
        Report base = prepared.base();

        if (reports != null) {
            try {
                OutputFiles.createFolder(reports);
            } catch (IOException e) {
                return cannotWrite("--reports", reports, e, stderr);
            }
        }
        Writer writer;
        try {
            if (format == Table.PARQUET) {
                // written by the engine, whole, once every row is in
                OutputFiles.createFolder(out);
                writer = Writer.nullWriter();
            } else {
                writer = table == null ? stdout : OutputFiles.openForRows(table, scenario);
            }
        } catch (IOException e) {
            return cannotWrite("--out", table, e, stderr);
        }

        int from = shard.from(variants.size());
        int to = shard.to(variants.size());
        SweepSummary summary = new SweepSummary(variants, base.phases().stream().map(Report.Phase::name).toList());
        SweepOutput output = new SweepOutput(writer, table != null, format.lines, prepared.columns(), summary,
                header(base, variants, threadCount));
        output.begin();
        Thread hook = new Thread(() -> {
            if (output.finish(false)) {
                stderr.println();
                stderr.println(interrupted(output.rows(), to - from, table));
                stderr.flush();
            }
        }, "sweep-interrupted");
        Runtime.getRuntime().addShutdownHook(hook);
        SweepRunner.Listener progress = noProgress || quiet ? Progress.silent() : Progress.forTerminal(stderr);
        long start = System.nanoTime();
        try {
            if (distributed == null) {
                runner.run(output, progress, shard);
            } else {
                SweepJob job = new SweepJob(workersArguments(), workersEnvironment(), master, threadCount, from, to,
                        format.lines, prepared.columns().csvHeader(),
                        format == Table.PARQUET ? absolute(table).toString() : null);
                distributed.run(job, line -> {
                    boolean written = output.row(line);
                    progress.done(output.rows(), to - from);
                    return written;
                });
            }
        } catch (InterruptedException e) {
            // unless the shutdown hook of Ctrl-C ended the table first and said so
            if (output.finish(false)) {
                if (progress instanceof Progress bar) {
                    bar.end();
                }
                stderr.println(interrupted(output.rows(), to - from, table));
            }
            Thread.currentThread().interrupt();
            return INTERRUPTED;
        } catch (UncheckedIOException e) {
            if (!(e.getCause() instanceof OutputFiles.Refused refused)) {
                throw e;
            }
            // a variant's report path is not a file to write (a link, a folder): the sweep stops there
            output.finish(false);
            if (progress instanceof Progress bar) {
                bar.end();
            }
            return cannotWrite("--reports", reports, refused, stderr);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // shutting down already: the hook finishes the table
            }
        }
        if (!output.finish(true)) {
            return INTERRUPTED; // Ctrl-C's shutdown hook ended the table before the last row, and said so
        }
        if (format == Table.PARQUET) {
            try {
                OutputFiles.write(table.resolve("_summary.json"), null, SweepOutput.pretty(summary.json(true)) + "\n");
            } catch (IOException e) {
                return cannotWrite("--out", table, e, stderr);
            }
        }
        if (quiet) {
            return ExitCode.FEASIBLE.code();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter told = table == null ? stderr : stdout;
        told.printf(Locale.ROOT, "%s: %,d variants%s in %.1f s (%,.0f variants/s, %s)%s%n", base.scenario(),
                to - from, shard.equals(Shard.ALL) ? "" : " (slice " + shard + " of " + Quantities.count(variants.size())
                        + ")", seconds, (to - from) / Math.max(seconds, 1e-9),
                distributed == null ? threadCount + (threadCount == 1 ? " thread" : " threads")
                        : distributed.name() + " " + (master == null ? "in this JVM, " + threadCount
                        + (threadCount == 1 ? " thread" : " threads") : "at " + master),
                table == null ? "" : "; table written to " + table);
        told.print(summary.text());
        told.flush();
        return ExitCode.FEASIBLE.code();
    }

    /**
     * Where {@code --out DIR} puts the table, {@code DIR/SCENARIO-sweep[-K-of-N].FORMAT} (for Parquet a new folder),
     * or null for standard output; says on {@code stderr} what stops it.
     */
    private Path table(PrintWriter stderr) throws Refused {
        if (out == null) {
            if (format == Table.PARQUET) {
                stderr.println("planner: --format parquet writes a folder of files, expected --out DIR with it");
                throw new Refused(ExitCode.BAD_INPUT.code());
            }
            return null;
        }
        Path table;
        try {
            table = OutputFolder.file(out, OutputFolder.stem(scenario) + "-sweep" + shard.suffix(), format.toString());
        } catch (IOException e) {
            throw new Refused(cannotWrite("--out", out, e, stderr));
        }
        if (format == Table.PARQUET && Files.exists(table)) {
            stderr.println("planner: --out " + table + ": exists, expected a new folder (a Parquet table is written"
                    + " whole, never over another; move it away or choose another DIR)");
            throw new Refused(ExitCode.BAD_INPUT.code());
        }
        return table;
    }

    /** What an interrupted sweep says it leaves in {@code table} (null: standard output). */
    private String interrupted(int rows, int variants, Path table) {
        if (format == Table.PARQUET) {
            return String.format(Locale.ROOT, "planner: sweep interrupted after %,d of %,d variants: no Parquet table"
                    + " written (a table is written whole or not at all)", rows, variants);
        }
        return String.format(Locale.ROOT, "planner: sweep interrupted: %,d of %,d variants written to %s (whole rows"
                + " only)", rows, variants, table == null ? "standard output" : table);
    }

    /** What a sweep runs on: its variants, checked, and the base scenario's report, which shapes the table. */
    record Prepared(SweepRunner runner, Variants variants, Report base) {
        SweepRow.Columns columns() {
            return SweepRow.Columns.of(variants.keys(), base);
        }
    }

    /** A sweep that cannot start, with the exit code it ends with (what is wrong is said already). */
    static final class Refused extends Exception {
        final int exitCode;

        Refused(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }
    }

    /**
     * Reads and checks the variants, the scenario and the rules, and evaluates the base scenario; says on
     * {@code stderr} what stops the sweep. Every worker of a distributed engine does this too ({@link SweepJobs}).
     */
    Prepared prepare(int threadCount, PrintWriter stderr) throws Refused {
        Variants variants;
        Node tree;
        ScenarioLoader loader;
        try {
            loader = catalogue.loader();
            List<Axis> axes = new ArrayList<>();
            for (String spec : vary) {
                try {
                    axes.add(Axis.parse(spec));
                } catch (IllegalArgumentException e) {
                    stderr.println("planner: --vary " + e.getMessage());
                    throw new Refused(ExitCode.BAD_INPUT.code());
                }
            }
            VariantTable table = variantsFile == null ? null : VariantTable.read(variantsFile);
            try {
                variants = new Variants(table, axes);
            } catch (IllegalArgumentException e) {
                stderr.println("planner: " + e.getMessage());
                throw new Refused(ExitCode.BAD_INPUT.code());
            }
            tree = YamlFiles.read(scenarioName(), TextFiles.read(scenario, "a YAML file"));
        } catch (InputException e) {
            throw new Refused(ProblemPrinter.printAll(e, stderr));
        }

        RuleEngine engine;
        try {
            engine = judged.engine(defaultRules, stderr);
        } catch (PlannerRules.Refused e) {
            throw new Refused(e.exitCode());
        }
        SweepRunner runner = new SweepRunner(loader, planner, engine, tree, scenarioName(),
                ScenarioLoader.folderOf(scenario), judged.policy, loaded -> RiskOptions.apply(loaded, draws, seed),
                variants, threadCount, reports);
        try {
            var badKey = runner.checkKeys();
            if (badKey.isPresent()) {
                stderr.println("planner: a varied key the scenario cannot take:");
                ProblemPrinter printer = new ProblemPrinter();
                for (Problem problem : badKey.get().problems()) {
                    printer.print(problem, stderr);
                }
                throw new Refused(ExitCode.BAD_INPUT.code());
            }
            return new Prepared(runner, variants, runner.base());
        } catch (InputException e) {
            throw new Refused(ProblemPrinter.printAll(e, stderr));
        } catch (RuleExecutionException e) {
            throw new Refused(PlannerRules.failed(e, judged.verbose, stderr));
        } catch (RiskOptions.TooManyDraws e) {
            stderr.println("planner: " + e.getMessage());
            throw new Refused(ExitCode.BAD_INPUT.code());
        }
    }

    /**
     * This sweep's command line as a worker redoes it (what it evaluates, not where it writes), every path absolute.
     * The scenario keeps the name it was given, so rows that name it (a problem's location) read as here.
     */
    private List<String> workersArguments() {
        List<String> arguments = new ArrayList<>(List.of("sweep", absolute(scenario).toString(), "--scenario-named",
                scenarioName()));
        vary.forEach(v -> arguments.addAll(List.of("--vary", v)));
        if (variantsFile != null) {
            arguments.addAll(List.of("--variants", absolute(variantsFile).toString()));
        }
        catalogue.files.forEach(file -> arguments.addAll(List.of("--catalogue", absolute(file).toString())));
        if (draws != null) {
            arguments.addAll(List.of("--draws", draws.toString()));
        }
        if (seed != null) {
            arguments.addAll(List.of("--seed", seed.toString()));
        }
        arguments.addAll(judged.asArguments());
        return arguments;
    }

    private String scenarioName() {
        return scenarioNamed != null ? scenarioNamed : TextFiles.nameOf(scenario);
    }

    static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** What the launcher configured the planner with that a worker needs: where compiled rule packs are kept. */
    private static Map<String, String> workersEnvironment() {
        String cache = System.getenv(Main.RULE_CACHE);
        return cache == null ? Map.of() : Map.of(Main.RULE_CACHE, cache);
    }

    private static int cannotWrite(String option, Path path, IOException e, PrintWriter stderr) {
        stderr.println(OutputFiles.cannotWrite(option, path, e));
        return ExitCode.BAD_INPUT.code();
    }

    /** The table's opening: what was swept, and the base scenario's own verdict. */
    private Map<String, Object> header(Report base, Variants variants, int threadCount) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("schemaVersion", 1);
        header.put("scenario", base.scenario());
        header.put("file", base.file());
        header.put("keys", variants.keys().stream().map(Object::toString).toList());
        header.put("variants", variants.size());
        header.put("draws", base.timeline() == null || base.timeline().risk() == null ? 0 : base.timeline().risk().draws());
        header.put("threads", threadCount);
        Map<String, Object> verdict = new LinkedHashMap<>();
        verdict.put("verdict", base.verdict());
        verdict.put("errors", base.countOf("ERROR"));
        verdict.put("warnings", base.countOf("WARNING"));
        verdict.put("notes", base.countOf("INFO"));
        header.put("base", verdict);
        return header;
    }

    static final class ShardConverter implements ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    static final class FormatConverter extends Choice<Table> {
        FormatConverter() {
            super(Table.class);
        }
    }
}
