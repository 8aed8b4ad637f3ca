package io.gigawatt.planner.rules;

import io.gigawatt.planner.input.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The thresholds a rule file reads by name, {@code Threshold( name == "maximumDailyWaterM3", ... )}: a name the policy
 * does not set matches no fact, and the rule would silently never fire, so each is checked against the policy.
 */
final class ThresholdReads {

    /** One read: the threshold's name, the rule reading it, where the name is written. */
    record Read(String name, String rule, Location location) {
    }

    private static final Pattern THRESHOLD = Pattern.compile("(?<![\\w$])Threshold\\s*\\(");
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\w$])name\\s*==\\s*\"([^\"\\\\]*)\"|\"([^\"\\\\]*)\"\\s*==\\s*name(?![\\w$])");

    private ThresholdReads() {
    }

    static List<Read> of(RuleFile file) {
        String text = file.code(); // a sentence of the vocabulary reads a threshold in what it expands to
        List<Read> reads = new ArrayList<>();
        Matcher pattern = THRESHOLD.matcher(text);
        while (pattern.find()) {
            int end = closingParenthesis(text, pattern.end());
            Matcher named = NAMED.matcher(text).region(pattern.end(), end);
            while (named.find()) {
                boolean left = named.group(1) != null;
                int at = left ? named.start(1) - 1 : named.start(2) - 1; // the opening quote
                Location location = locationOf(file, text, at);
                String rule = file.rules().stream()
                        .filter(r -> r.getLine() <= location.line() && location.line() <= r.getEndLine())
                        .map(r -> r.getName()).findFirst().orElse(null);
                reads.add(new Read(left ? named.group(1) : named.group(2), rule, location));
            }
        }
        return reads;
    }

    /** The offset of the parenthesis that closes the one before {@code from} (strings skipped), or the text's end. */
    private static int closingParenthesis(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                for (i++; i < text.length() && text.charAt(i) != '"'; i++) {
                    i += text.charAt(i) == '\\' ? 1 : 0;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return text.length();
    }

    private static Location locationOf(RuleFile file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return file.at(line, offset - lineStart + 1);
    }
}
