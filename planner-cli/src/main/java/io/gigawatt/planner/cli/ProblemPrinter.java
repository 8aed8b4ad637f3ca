package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.input.TextFiles;
import io.gigawatt.planner.rules.RuleProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints located problems (in scenarios: {@code file:line:col: field: problem}; in rule files:
 * {@code file:line:col: message}), each followed by the offending line and a caret under the column, and by a hint
 * when there is one, so a planner sees the mistake without opening the file.
 */
final class ProblemPrinter {

    /** The characters of a long line shown around the column (a line of a generated file can be megabytes long). */
    static final int SHOWN_CHARS = 100;

    private final Map<String, List<String>> files = new HashMap<>();

    /** Every problem of an input that cannot be used, in file order: the run is bad input (exit 2). */
    static int printAll(InputException refused, PrintWriter err) {
        ProblemPrinter printer = new ProblemPrinter();
        refused.problems().forEach(problem -> printer.print(problem, err));
        return ExitCode.BAD_INPUT.code();
    }

    void print(Problem problem, PrintWriter err) {
        print(problem.location(), problem.toString(), null, err);
    }

    void print(RuleProblem problem, PrintWriter err) {
        print(problem.location(), problem.toString(), problem.hint(), err);
    }

    /** The message, then the line at {@code location} with a caret under its column, then {@code hint} if any. */
    void print(Location location, String message, String hint, PrintWriter err) {
        err.println(message);
        List<String> lines = location.file().isEmpty() ? List.of() : linesOf(location.file());
        int line = location.line();
        if (line >= 1 && line <= lines.size() && !lines.get(line - 1).isBlank()) {
            String text = lines.get(line - 1);
            int column = Math.max(1, Math.min(location.column(), text.length() + 1));
            int from = Math.max(0, Math.min(column - 1 - SHOWN_CHARS / 2, text.length() - SHOWN_CHARS));
            int to = Math.min(text.length(), from + SHOWN_CHARS);
            String before = from > 0 ? "..." : "";
            String shown = before + text.substring(from, to) + (to < text.length() ? "..." : "");
            err.println("    " + shown);
            err.println("    " + indentUnder(shown, before.length() + column - from) + "^");
        }
        if (hint != null && !hint.isBlank()) {
            err.println("    hint: " + hint.strip());
        }
    }

    /** The file's lines, read as the loaders read it (a device, a pipe or a huge file has none to show). */
    private List<String> linesOf(String file) {
        return files.computeIfAbsent(file, f -> {
            try {
                Path read = f.equals(TextFiles.STANDARD_INPUT_NAME) ? TextFiles.STANDARD_INPUT : Path.of(f);
                return TextFiles.read(read, "a text file").lines().toList();
            } catch (InputException | RuntimeException e) {
                return List.of();
            }
        });
    }

    /** Whitespace reaching column {@code column} (1-based), keeping tabs so the caret lines up in a terminal. */
    private static String indentUnder(String text, int column) {
        StringBuilder indent = new StringBuilder();
        for (int i = 0; i < column - 1 && i < text.length(); i++) {
            indent.append(text.charAt(i) == '\t' ? '\t' : ' ');
        }
        return indent.toString();
    }
}
