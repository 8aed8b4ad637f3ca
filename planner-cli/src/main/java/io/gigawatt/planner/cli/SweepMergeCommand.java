package io.gigawatt.planner.cli;

import io.gigawatt.planner.cli.output.OutputFiles;
import io.gigawatt.planner.input.InputException;
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
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code planner sweep merge SLICE.csv ... [--out FILE]}: the CSV tables of a sweep's slices ({@code --shard K/N}) joined
 * into the table the whole sweep writes: the header once, every row in variant order. The slices must be of one sweep
 * (the same header), disjoint and, together, every variant from the first.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        footerHeading = PlannerCommand.EXAMPLES,
        footer = {
                "  planner sweep merge slice-1.csv slice-2.csv slice-3.csv --out sweep.csv"},
        description = "Joins the CSV tables of a sweep's slices (--shard K/N) into the whole sweep's table: the rows"
                + " in variant order, each once, none missing.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged", "1:internal error",
                "2:bad usage, or tables that are not the slices of one sweep (located)"})
public final class SweepMergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SLICE.csv", arity = "1..*", description = "the slices' tables, in any order")
    List<Path> slices = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "write the table to FILE (whole or not at all);"
            + " default: standard output")
    Path out;

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
        try {
            for (Path slice : slices) {
                if (out != null && Files.exists(out) && Files.isSameFile(slice, out)) {
                    stderr.println("planner: --out " + out + ": a slice being merged, expected another file");
                    return ExitCode.BAD_INPUT.code();
                }
                List<String> records = records(TextFiles.read(slice, "a sweep's CSV table"));
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
        StringBuilder table = new StringBuilder(header).append('\n');
        rows.values().forEach(row -> table.append(row.text()).append('\n'));
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            stdout.print(table);
            stdout.flush();
        } else {
            try {
                OutputFiles.write(out, null, table.toString());
            } catch (IOException e) {
                stderr.println(e instanceof OutputFiles.Refused ? "planner: --out " + e.getMessage()
                        : "planner: cannot write " + out + ": " + e.getMessage());
                return ExitCode.BAD_INPUT.code();
            }
        }
        (out == null ? stderr : stdout).printf(Locale.ROOT, "%,d variants from %d %s%s%n", rows.size(), slices.size(),
                slices.size() == 1 ? "table" : "tables", out == null ? "" : "; table written to " + out);
        return ExitCode.FEASIBLE.code();
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
