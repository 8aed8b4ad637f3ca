package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.CampusPlan;
import io.gigawatt.planner.rules.policy.Policy;
import java.util.List;

/** A plan, what the rules found in it, and the policy whose thresholds they judged it against. */
public record Evaluation(CampusPlan plan, List<Finding> findings, Policy policy) {

    public Evaluation {
        findings = List.copyOf(findings);
    }

    public boolean feasible() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    public List<Finding> about(String subject) {
        return findings.stream().filter(f -> subject.equals(f.subject())).toList();
    }
}
