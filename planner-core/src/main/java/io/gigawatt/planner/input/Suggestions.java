package io.gigawatt.planner.input;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for misspelt keys, model names and words. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest of {@code candidates} to {@code word}, if it is close enough to be a likely typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.max(2, word.length() / 3);
        return bestDistance <= tolerated ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * What is wrong with {@code written} where one of a fixed list of {@code words} belongs (a generator mode, a
     * tranche's class): "unknown generator mode 'x', did you mean 'y'? expected one of the words: a, b, c". Where a
     * scenario can add to the list (models, presets), messages say "expected one of:" instead; the schemas of the input
     * files take this wording for a list they can close (an enum).
     */
    public static String notAWord(String what, String written, Collection<String> words) {
        return "unknown " + what + " '" + InputLimits.excerpt(written) + "', "
                + closest(written, words).map(s -> "did you mean '" + s + "'? ").orElse("")
                + "expected one of the words: " + String.join(", ", words);
    }

    /** Levenshtein edit distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
