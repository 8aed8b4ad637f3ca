package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.input.Problem;
import io.gigawatt.planner.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    private final Map<String, List<String>> files = new HashMap<>();

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
            err.println("    " + text);
            err.println("    " + indentUnder(text, location.column()) + "^");
        }
        if (hint != null && !hint.isBlank()) {
            err.println("    hint: " + hint.strip());
        }
    }

    private List<String> linesOf(String file) {
        return files.computeIfAbsent(file, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
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
