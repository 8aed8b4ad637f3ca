package io.gigawatt.planner.cli.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * What changed between two scenarios (JSON, schema version 1; fields may be added, never renamed): their inputs
 * (equipment, grid, build, timeline, prices), what the planner made of each phase and target (units, dates), what
 * the plans cost, and the findings that came, went or changed their words. Values are the reports' own, as text;
 * costs are amounts to the cent in each side's currency.
 */
public record Comparison(int schemaVersion, Side a, Side b, List<Change> changes, List<CostChange> costs,
                         List<FindingChange> findings) {

    public static final int SCHEMA_VERSION = 1;

    /** @param currency the currency of the side's costs */
    public record Side(String scenario, String file, String verdict, String tally, String currency) {
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
     * A cost that differs, discounted to the build start (present value).
     *
     * @param subject "campus" or a phase
     * @param what    "supply", "waiting" (what the waiting GPUs cost) or "total" (both)
     * @param a       the amount in the first scenario, or null when it has no such phase
     * @param b       the amount in the second, or null
     * @param change  b - a, or null when either is missing or the two price in other currencies
     */
    public record CostChange(String subject, String what, BigDecimal a, BigDecimal b, BigDecimal change) {
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
        return changes.isEmpty() && costs.isEmpty() && findings.isEmpty() && a.verdict().equals(b.verdict());
    }
}
