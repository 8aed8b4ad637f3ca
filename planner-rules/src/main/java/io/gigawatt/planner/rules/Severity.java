package io.gigawatt.planner.rules;

/** How much a finding matters: any ERROR makes the scenario infeasible. */
public enum Severity {
    ERROR, WARNING, INFO
}
