package io.gigawatt.planner.rules;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a line of the Java class Drools generates for a rule back to the rule file, so an error in a consequence
 * (the part after {@code then}) points at its own line rather than at the {@code rule} keyword.
 *
 * <p>What Drools 10 does (checked on 10.2.0; {@code ConsequenceLinesTest} pins it): it trims the whitespace before
 * the consequence and writes the text, line for line, into the last method of a class {@code Rule_<name><hash>};
 * that method's first three lines are its signature and the {@code kcontext} and {@code drools} variables. The
 * rule's {@code RuleDescr} (compile errors) and the package's {@code LineMappings} (run time) give the line of
 * {@code then} and the number of lines of the class before that method (its "offset"). So the consequence's first
 * line is Java line {@code offset + 4}, and Java line {@code j} is rule-file line
 * {@code first + j - (offset + 4)}, where {@code first} is the line of the first non-blank character after
 * {@code then}. (Rewrites such as {@code insert(} to {@code drools.insert(} keep lines; a {@code modify} block is
 * written on as many lines as it had or fewer, so lines after a multi-line {@code modify} may come out early.)
 */
final class ConsequenceLines {

    /** Java lines of the consequence method before the consequence text, counted from the offset. */
    static final int HEADER_LINES = 4;

    private static final Pattern THEN = Pattern.compile("(?<![\\w$])then(?![\\w$])");

    private ConsequenceLines() {
    }

    /** The first Java line of the consequence text, in the class whose offset is {@code offset}. */
    static int firstJavaLine(int offset) {
        return offset + HEADER_LINES;
    }

    /**
     * The 1-based line of the first non-blank character after {@code then}, which is on {@code thenLine}; when
     * {@code then} is not on that line, the first non-blank line after it.
     */
    static int firstLine(List<String> lines, int thenLine) {
        if (thenLine < 1 || thenLine > lines.size()) {
            return Math.max(1, thenLine);
        }
        Matcher then = THEN.matcher(lines.get(thenLine - 1));
        if (then.find() && !lines.get(thenLine - 1).substring(then.end()).isBlank()) {
            return thenLine;
        }
        for (int line = thenLine + 1; line <= lines.size(); line++) {
            if (!lines.get(line - 1).isBlank()) {
                return line;
            }
        }
        return thenLine;
    }

    /** The rule-file line of Java line {@code javaLine} of the consequence whose {@code then} is on {@code thenLine}. */
    static int ruleFileLine(List<String> lines, int thenLine, int offset, int javaLine) {
        return firstLine(lines, thenLine) + javaLine - firstJavaLine(offset);
    }
}
