package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.rules.policy.Policy;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** A plan, what the rules found in it, and the policy whose thresholds they judged it against. */
public record Evaluation(CampusPlan plan, List<Finding> findings, Policy policy) {

    public Evaluation {
        findings = List.copyOf(findings);
    }

    public boolean feasible() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The phases and targets an error is about, found in one pass (a report of 1,000 phases asks for each). */
    public Set<String> blockedSubjects() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::subject)
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    public List<Finding> about(String subject) {
        return findings.stream().filter(f -> subject.equals(f.subject())).toList();
    }
}
