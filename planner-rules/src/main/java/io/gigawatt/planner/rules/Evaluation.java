package io.gigawatt.planner.rules;

import io.gigawatt.planner.plan.CampusPlan;
import java.util.List;

/** A plan and what the rules found in it. */
public record Evaluation(CampusPlan plan, List<Finding> findings) {

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
