package io.gigawatt.planner.cli;

import io.gigawatt.planner.input.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints input problems as {@code file:line:col: field: problem}, each followed by the offending line and a
 * caret under the column, so a planner sees the mistake without opening the file.
 */
final class ProblemPrinter {

    private final Map<String, List<String>> files = new HashMap<>();

    void print(Problem problem, PrintWriter err) {
        err.println(problem);
        List<String> lines = linesOf(problem.location().file());
        int line = problem.location().line();
        if (line >= 1 && line <= lines.size() && !lines.get(line - 1).isBlank()) {
            String text = lines.get(line - 1);
            err.println("    " + text);
            err.println("    " + indentUnder(text, problem.location().column()) + "^");
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
