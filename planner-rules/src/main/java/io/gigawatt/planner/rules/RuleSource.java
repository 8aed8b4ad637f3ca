package io.gigawatt.planner.rules;

/** One rule file's text and the name it is reported under (a classpath path or a planner's file path). */
public record RuleSource(String name, String text) {
}
