package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.cli.output.OutputFolder;
import io.gigawatt.planner.cli.sweep.Shard;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner sweep merge SLICE.csv ... [--out DIR]}: the CSV tables of a sweep's slices ({@code --shard K/N}) joined
 * into the table the whole sweep writes: the header once, every row in variant order, into {@code DIR/NAME.csv} as
 * the whole sweep names it (the slices' {@code NAME-K-of-N.csv} without {@code -K-of-N}). The slices must be of one
 * sweep (the same header), disjoint and, together, every variant from the first.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner sweep merge slices/colossus-sweep-*-of-3.csv --out sweeps",
                "  planner sweep merge slices --out sweeps"},
        description = {"Joins the CSV tables of a sweep's slices (--shard K/N) into the whole sweep's table: the rows"
                + " in variant order, each once, none missing.",
                "With --out DIR the table is DIR/NAME.csv, the slices' NAME-K-of-N.csv without -K-of-N: sweep --out"
                        + " DIR's colossus-sweep-1-of-3.csv, ... merge into colossus-sweep.csv, the file the whole"
                        + " sweep writes."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:internal error",
                "2:bad usage, or tables that are not the slices of one sweep (located)"})
public final class SweepMergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SLICE", arity = "1..*", description = "the slices' CSV tables, in any order, or a"
            + " folder of them (its files named NAME-K-of-N.csv)")
    List<Path> given = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "write the table into DIR (created if missing) as"
            + " NAME.csv, the slices' name without -K-of-N (whole or not at all); default: standard output")
    Path out;

    @Option(names = {"-q", "--quiet"},
            description = "print the table and problems only: no line saying how many variants, nor where --out"
                    + " wrote them")
    boolean quiet;

    @Spec
    CommandSpec spec;

    /** A row of a slice: its text (one CSV record, quoted line ends and all) and where it was read. */
    private record Row(String text, Location location) {
    }

    @Override
    public Integer call() {
        PrintWriter stderr = spec.commandLine().getErr();
        String header = null;
        Location headerAt = null;
        TreeMap<Integer, Row> rows = new TreeMap<>();
        List<Path> slices;
        Path table;
        try {
            slices = slices();
            table = out == null ? null : OutputFolder.file(out, name(slices), "csv");
            for (Path slice : slices) {
                if (table != null && Files.exists(table) && Files.isSameFile(slice, table)) {
                    stderr.println("planner: --out " + table + ": a slice being merged, expected another file");
                    return ExitCode.BAD_INPUT.code();
                }
                List<String> records = records(TextFiles.read(slice, "a sweep's CSV table",
                        InputLimits.TABLE_BYTES));
                int line = 1;
                for (int r = 0; r < records.size(); r++) {
                    String record = records.get(r);
                    Location at = new Location(slice.toString(), line, 1);
                    line += (int) record.chars().filter(c -> c == '\n').count() + 1;
                    if (r == 0) {
                        if (header == null) {
                            header = record;
                            headerAt = at;
                        } else if (!header.equals(record)) {
                            throw refused(at, "header", "not the header of " + headerAt.file() + ", expected the"
                                    + " tables of one sweep's slices");
                        }
                        continue;
                    }
                    int variant = variant(record, at);
                    Row before = rows.putIfAbsent(variant, new Row(record, at));
                    if (before != null) {
                        throw refused(at, "variant", "variant " + variant + " is in " + before.location()
                                + " too, expected each variant in one slice (--shard K/N of one N)");
                    }
                }
            }
        } catch (InputException e) {
            return ProblemPrinter.printAll(e, stderr);
        } catch (OutputFiles.Refused e) {
            stderr.println(OutputFiles.cannotWrite("--out", out, e));
            return ExitCode.BAD_INPUT.code();
        } catch (IllegalArgumentException e) {
            stderr.println("planner: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        } catch (IOException e) {
            stderr.println("planner: cannot read " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        int expected = 1;
        for (int variant : rows.keySet()) {
            if (variant != expected) {
                stderr.printf(Locale.ROOT, "planner: variants %d to %d are in no slice, expected every slice of the"
                        + " sweep (--shard 1/N .. N/N)%n", expected, variant - 1);
                return ExitCode.BAD_INPUT.code();
            }
            expected++;
        }
        StringBuilder merged = new StringBuilder(header).append('\n');
        rows.values().forEach(row -> merged.append(row.text()).append('\n'));
        PrintWriter stdout = spec.commandLine().getOut();
        if (table == null) {
            stdout.print(merged);
            stdout.flush();
        } else {
            try {
                OutputFiles.write(table, null, merged.toString());
            } catch (IOException e) {
                stderr.println(OutputFiles.cannotWrite("--out", table, e));
                return ExitCode.BAD_INPUT.code();
            }
        }
        if (!quiet) {
            (table == null ? stderr : stdout).printf(Locale.ROOT, "%,d variants from %d %s%s%n", rows.size(),
                    slices.size(), slices.size() == 1 ? "table" : "tables",
                    table == null ? "" : "; table written to " + table);
        }
        return ExitCode.FEASIBLE.code();
    }

    /**
     * The slices given, a folder's in name order: its files named as slices are ({@code NAME-K-of-N.csv}); an
     * {@link IllegalArgumentException} says when a folder has none.
     */
    private List<Path> slices() throws IOException {
        List<Path> slices = new ArrayList<>();
        for (Path path : given) {
            if (!Files.isDirectory(path)) {
                slices.add(path);
                continue;
            }
            try (Stream<Path> files = Files.list(path)) {
                List<Path> found = files.filter(file -> file.getFileName().toString().endsWith(".csv")
                        && Shard.sliceNamed(OutputFolder.stem(file))).sorted().toList();
                if (found.isEmpty()) {
                    throw new IllegalArgumentException(path + ": no file named NAME-K-of-N.csv in the folder,"
                            + " expected the slices sweep --shard K/N --out DIR writes");
                }
                slices.addAll(found);
            }
        }
        return slices;
    }

    /**
     * The whole sweep's name, the slices' without {@code -K-of-N}; an {@link IllegalArgumentException} says when they
     * are not named alike.
     */
    private String name(List<Path> slices) {
        Set<String> names = new TreeSet<>();
        slices.forEach(slice -> names.add(Shard.unsliced(OutputFolder.stem(slice))));
        if (names.size() > 1) {
            throw new IllegalArgumentException("--out " + out + ": the slices are of sweeps named "
                    + String.join(" and ", names) + ", expected one sweep's slices (NAME-K-of-N.csv, as sweep"
                    + " --shard K/N --out DIR writes them) to name the table NAME.csv");
        }
        return names.iterator().next();
    }

    /** A CSV text's records (RFC 4180: a quoted cell may hold line ends), without their line ends. */
    static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records.add(text.substring(start, i > start && text.charAt(i - 1) == '\r' ? i - 1 : i));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            records.add(text.substring(start));
        }
        return records;
    }

    private static int variant(String record, Location at) throws InputException {
        int comma = record.indexOf(',');
        String cell = comma < 0 ? record : record.substring(0, comma);
        try {
            int variant = Integer.parseInt(cell);
            if (variant >= 1) {
                return variant;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw refused(at, "variant", "'" + io.gigawatt.planner.input.InputLimits.excerpt(cell) + "' is not a variant"
                + " number, expected a sweep's CSV table (its first column numbers the variants from 1)");
    }

    private static InputException refused(Location at, String field, String message) {
        return new InputException(new Problem(at, field, message));
    }
}
