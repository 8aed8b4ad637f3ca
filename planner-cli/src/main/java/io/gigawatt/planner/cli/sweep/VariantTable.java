package io.gigawatt.planner.cli.sweep;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.InputLimits;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.units.Quantities;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Variants written out, one a row: a CSV file whose header names the scenario paths to set and whose rows give their
 * values ({@code equipment.generators.permitCapUnits,facility.pue} then {@code 15,1.3}). Values may be quoted
 * ({@code "a,b"}); blank lines and lines starting with {@code #} are skipped. Problems are located
 * ({@code file:line:col}).
 */
public record VariantTable(List<KeyPath> keys, List<List<Value>> rows) {

    public VariantTable {
        keys = List.copyOf(keys);
        rows = List.copyOf(rows);
    }

    public static VariantTable read(Path file) throws InputException {
        String name = file.toString();
        List<String> lines = TextFiles.read(file, "a CSV file").lines().toList();
        List<Problem> problems = new ArrayList<>();
        List<KeyPath> keys = null;
        List<List<Value>> rows = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = l == 0 && lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(l);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<Cell> cells;
            try {
                cells = cells(line);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(new Location(name, l + 1, line.length() + 1), "", e.getMessage()));
                continue;
            }
            if (keys == null) {
                keys = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Cell cell : cells) {
                    try {
                        KeyPath key = KeyPath.parse(cell.text().strip());
                        if (!seen.add(key.text())) {
                            problems.add(new Problem(new Location(name, l + 1, cell.column()), key.text(),
                                    "a second column for this key, expected each key once"));
                        }
                        keys.add(key);
                    } catch (IllegalArgumentException e) {
                        problems.add(new Problem(new Location(name, l + 1, cell.column()), "", e.getMessage()));
                    }
                }
                continue;
            }
            if (rows.size() == InputLimits.VARIANTS) {
                problems.add(new Problem(new Location(name, l + 1, 1), "", "more than "
                        + Quantities.count(InputLimits.VARIANTS) + " variants, expected at most "
                        + Quantities.count(InputLimits.VARIANTS) + ": several sweeps"));
                break;
            }
            if (cells.size() != keys.size()) {
                problems.add(new Problem(new Location(name, l + 1, 1), "", cells.size() + " values, expected "
                        + keys.size() + ", one per key of the header"));
                continue;
            }
            List<Value> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                try {
                    row.add(cells.get(c).value());
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(new Location(name, l + 1, cells.get(c).column()),
                            keys.get(c).text(), e.getMessage()));
                }
            }
            rows.add(row);
        }
        if (keys == null) {
            problems.add(new Problem(new Location(name, 1, 1), "", "no header, expected a first line naming the"
                    + " scenario paths to set, as in equipment.generators.permitCapUnits,facility.pue"));
        } else if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(new Location(name, lines.size() + 1, 1), "", "no variants, expected a row of"
                    + " values under the header for each variant"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new VariantTable(keys, rows);
    }

    /** A quoted cell is text, as YAML reads a quoted scalar; an unquoted one is read as YAML reads it. */
    private record Cell(String text, int column, boolean quoted) {
        Value value() {
            return quoted ? new Value(text, text, io.gigawatt.planner.input.Node.ScalarType.TEXT) : Value.of(text);
        }
    }

    /** The cells of one CSV line (RFC 4180 quoting: {@code "a ""b"" c"}). */
    private static List<Cell> cells(String line) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            int column = i + 1;
            StringBuilder cell = new StringBuilder();
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted value is not closed, expected a '\"' before the"
                                + " end of the line");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < n && line.charAt(i) == '"') {
                            cell.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                while (i < n && line.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new IllegalArgumentException("text after a quoted value, expected ',' or the end of the line");
                }
                cells.add(new Cell(cell.toString(), column, true));
            } else {
                while (i < n && line.charAt(i) != ',') {
                    cell.append(line.charAt(i++));
                }
                cells.add(new Cell(cell.toString().strip(), column, false));
            }
            if (i >= n) {
                return cells;
            }
            i++; // the comma
        }
    }
}
