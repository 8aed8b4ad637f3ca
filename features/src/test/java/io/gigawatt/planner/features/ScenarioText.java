package io.gigawatt.planner.features;

import io.gigawatt.planner.units.Power;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The YAML of a scenario, changed the way a planner would change it in an editor: one value at a time, the
 * rest of the file (comments, order, other values) left as it is. Every edit must find exactly the place it
 * means, or it fails, so a change to the example file cannot make a feature quietly test something else.
 */
record ScenarioText(String yaml) {

    /** Sets the value of a key that occurs once in the file, e.g. {@code permitCapUnits}; drops its comment. */
    ScenarioText withValue(String key, Object value) {
        Pattern line = Pattern.compile("^([ \\t]*" + Pattern.quote(key) + ":)[^\\n]*$", Pattern.MULTILINE);
        return replaceOnce(line, "$1 " + Matcher.quoteReplacement(plain(value)), "the key '" + key + "'");
    }

    /**
     * Sets the value of a key that occurs once under {@code section} (a key indented below it, such as
     * {@code cooling:} then {@code rentalMarketUnits}), for keys that other sections use too.
     */
    ScenarioText withValueIn(String section, String key, Object value) {
        Pattern header = Pattern.compile("^([ \\t]*)" + Pattern.quote(section) + ":[ \\t]*(?:#[^\\n]*)?$",
                Pattern.MULTILINE);
        if (header.matcher(yaml).results().count() != 1) {
            throw new IllegalArgumentException("expected the section '" + section + "' once in the scenario");
        }
        Matcher start = header.matcher(yaml);
        start.find();
        int indent = start.group(1).length();
        int from = start.end();
        Matcher next = Pattern.compile("^[ \\t]{0," + indent + "}\\S", Pattern.MULTILINE).matcher(yaml);
        int end = next.find(from + 1) ? next.start() : yaml.length();
        String block = new ScenarioText(yaml.substring(from, end)).withValue(key, value).yaml();
        return new ScenarioText(yaml.substring(0, from) + block + yaml.substring(end));
    }

    /**
     * Moves the grid tranche of {@code firm} to {@code date}: its date, or the day a flexible tranche with no firm date
     * is delivered (its {@code flexible: date}, the tranche's first key then being {@code firmMw}).
     */
    ScenarioText withTrancheDate(Power firm, LocalDate date) {
        String level = "firmMw:\\s*" + Pattern.quote(plain(firm.mw())) + "(?:\\.0+)?\\b";
        Pattern dated = Pattern.compile("(-\\s*date:\\s*)[^\\s#]+([^\\n]*\\n\\s*" + level + ")");
        if (dated.matcher(yaml).find()) {
            return replaceOnce(dated, "$1" + date + "$2", "a grid tranche of " + firm);
        }
        // the tranche's own lines, none of them the next tranche's "- ", down to its flexible date
        Pattern flexible = Pattern.compile("(-\\s*" + level
                + "[^\\n]*\\n(?:[ \\t]+[^-\\s][^\\n]*\\n)*?[ \\t]+date:\\s*)[^\\s#]+");
        return replaceOnce(flexible, "$1" + date, "a grid tranche of " + firm);
    }

    /** Sets how many GPUs of {@code model} the {@code number}th milestone (from one) adds. */
    ScenarioText withMilestoneGpus(int number, String model, long count) {
        int milestones = yaml.indexOf("\n  milestones:");
        if (milestones < 0) {
            throw new IllegalArgumentException("the scenario has no build.milestones section");
        }
        Matcher names = Pattern.compile("^\\s*- name:", Pattern.MULTILINE).matcher(yaml);
        int start = -1;
        int end = yaml.length();
        int seen = 0;
        int from = milestones;
        while (names.find(from)) {
            seen++;
            if (seen == number) {
                start = names.start();
            } else if (seen == number + 1) {
                end = names.start();
                break;
            }
            from = names.end();
        }
        if (start < 0) {
            throw new IllegalArgumentException("the scenario has no milestone " + number);
        }
        String block = yaml.substring(start, end);
        String changed = new ScenarioText(block).withValue(model, count).yaml();
        return new ScenarioText(yaml.substring(0, start) + changed + yaml.substring(end));
    }

    /** Leaves out a top-level section: its key and everything up to the next top-level key. */
    ScenarioText without(String section) {
        Pattern block = Pattern.compile("^" + Pattern.quote(section) + ":[^\\n]*\\n(?:(?:[ \\t#][^\\n]*)?\\n)*",
                Pattern.MULTILINE);
        return replaceOnce(block, "", "the section '" + section + ":'");
    }

    /** Adds a top-level section at the end ({@code "catalogue:\n  gpus: ..."}); the scenario must not have it yet. */
    ScenarioText withSection(String sectionYaml) {
        String key = sectionYaml.substring(0, sectionYaml.indexOf(':') + 1);
        if (Pattern.compile("^" + Pattern.quote(key), Pattern.MULTILINE).matcher(yaml).find()) {
            throw new IllegalArgumentException("the scenario has a '" + key + "' section already");
        }
        return new ScenarioText(yaml + (yaml.endsWith("\n") ? "" : "\n") + sectionYaml);
    }

    /** The one flexible tranche taken firm: its class and its flexible terms gone, it arrives on its firm date. */
    ScenarioText withFlexibleTrancheTakenFirm() {
        return replaceOnce(Pattern.compile("^[ \\t]*class: flexible[^\\n]*\\n[ \\t]*flexible:[^\\n]*\\n"
                + "(?:[ \\t]{8,}[^\\n]*\\n)+", Pattern.MULTILINE), "", "a flexible tranche and its terms");
    }

    /** Replaces a piece of text that occurs exactly once. */
    ScenarioText replacing(String from, String to) {
        return replaceOnce(Pattern.compile(Pattern.quote(from)), Matcher.quoteReplacement(to), "'" + from + "'");
    }

    /** The line (from one) on which {@code fragment} first occurs. */
    int lineOf(String fragment) {
        int at = yaml.indexOf(fragment);
        if (at < 0) {
            throw new IllegalArgumentException("'" + fragment + "' does not occur in the scenario");
        }
        return (int) yaml.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private ScenarioText replaceOnce(Pattern pattern, String replacement, String what) {
        Matcher matcher = pattern.matcher(yaml);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        if (found != 1) {
            throw new IllegalArgumentException("expected " + what + " once in the scenario, found it " + found
                    + " times");
        }
        return new ScenarioText(pattern.matcher(yaml).replaceFirst(replacement));
    }

    /** 430.0 as "430", 0.25 as "0.25", 700000 as "700000": numbers as a planner types them. */
    private static String plain(Object value) {
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
