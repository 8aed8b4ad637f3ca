package io.gigawatt.planner.cli.compare;

import java.util.List;

/**
 * What changed between two scenarios (JSON, schema version 1; fields may be added, never renamed): their inputs
 * (equipment, grid, build, timeline), what the planner made of each phase and target (units, dates), and the
 * findings that came, went or changed their words. Values are the reports' own, as text.
 */
public record Comparison(int schemaVersion, Side a, Side b, List<Change> changes, List<FindingChange> findings) {

    public static final int SCHEMA_VERSION = 1;

    public record Side(String scenario, String file, String verdict, String tally) {
    }

    /**
     * @param section "inputs", "phases" or "targets"
     * @param subject the phase, target, tranche or piece of equipment
     * @param a       the value in the first scenario, or null when it has none
     * @param b       the value in the second, or null
     */
    public record Change(String section, String subject, String what, String a, String b) {
    }

    /**
     * @param change  "added" (only in b), "removed" (only in a) or "reworded" (same rule and subject, other words)
     * @param message the second scenario's words (the first's for "removed")
     * @param before  the first scenario's words, for "reworded"; else null
     */
    public record FindingChange(String change, String rule, String family, String severity, String subject,
                                String message, String before) {
    }

    public boolean same() {
        return changes.isEmpty() && findings.isEmpty() && a.verdict().equals(b.verdict());
    }
}
