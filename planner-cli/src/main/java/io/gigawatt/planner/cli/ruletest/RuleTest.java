package io.gigawatt.planner.cli.ruletest;

import io.gigawatt.planner.input.Location;
import io.gigawatt.planner.rules.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One example-based test of a planner's rules, as a rule test file writes it: a scenario, a few changes to it (as
 * {@code planner sweep --vary} writes them), and the findings expected and not expected.
 *
 * @param policy     the policy file the rules run with, or null for the scenario's (else the default policy)
 * @param changes    dotted scenario path -> value, in the order written ({@code grid.tranches[1].date: 2025-02-01})
 * @param expected   findings that must be among the evaluation's
 * @param unexpected findings that must not be
 */
public record RuleTest(String name, Location location, Path scenario, Path policy, Map<String, Change> changes,
                       List<Expected> expected, List<Expected> unexpected) {

    /** A change's value, and where it is written (a key the scenario does not have is reported there). */
    public record Change(String value, Location location) {
    }

    /** A finding by its rule's name, and, when given, its subject (phase or target) and part of its message. */
    public record Expected(String rule, String subject, String says) {

        public boolean matches(Finding finding) {
            return finding.rule().equals(rule) && (subject == null || subject.equals(finding.subject()))
                    && (says == null || finding.message().contains(says));
        }

        @Override
        public String toString() {
            return "rule \"" + rule + "\"" + (subject == null ? "" : " on " + subject)
                    + (says == null ? "" : " saying \"" + says + "\"");
        }
    }
}
