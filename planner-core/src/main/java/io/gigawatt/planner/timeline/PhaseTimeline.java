package io.gigawatt.planner.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * When one phase is fully installed, powered and cooled, and why not sooner.
 *
 * @param gpusArrive   the phase's date in the build plan: its last GPUs are delivered
 * @param installed    the day crews finish installing its GPUs (on or after {@code gpusArrive})
 * @param ready        the first day from which it stays installed, powered (grid, future supply and permitted,
 *                     delivered generators) and cooled; null when the supply given never gets it there
 * @param heldBy       what was met last, on {@code ready}: the critical path
 * @param alternatives changes that would make it ready sooner, earliest first
 * @param risk         the Monte Carlo's P10/P50/P90 of {@code ready}, or null without a risk section
 */
public record PhaseTimeline(int number, String name, LocalDate gpusArrive, LocalDate installed, LocalDate ready,
                            List<Hold> heldBy, List<Alternative> alternatives, DateRange risk) {

    public PhaseTimeline {
        heldBy = List.copyOf(heldBy);
        alternatives = List.copyOf(alternatives);
    }

    public boolean everReady() {
        return ready != null;
    }

    /** Days its installed GPUs wait for power or cooling: from installed to ready (0 when never ready). */
    public long waitDays() {
        return ready == null ? 0 : ChronoUnit.DAYS.between(installed, ready);
    }

    /** Days from the plan's date to ready (0 when never ready). */
    public long lateDays() {
        return ready == null ? 0 : ChronoUnit.DAYS.between(gpusArrive, ready);
    }

    /** "the 300 MW grid tranche (...)" or "A and B". */
    public String heldByText() {
        return heldBy.stream().map(Hold::what).collect(Collectors.joining(" and "));
    }

    /** Whether it waits for power or cooling rather than only for its GPUs and crews. */
    public boolean heldBySupply() {
        return heldBy.stream().anyMatch(h -> !h.constraint().equals("GPU deliveries")
                && !h.constraint().equals("installation"));
    }

    /** "with 5 more smt-130 than ... : 2025-05-15; with 12 more ...: 2024-12-01": the smallest change first. */
    public String alternativesText() {
        return alternatives.stream().sorted(java.util.Comparator.comparingInt(Alternative::more)
                        .thenComparing(Alternative::ready, java.util.Comparator.reverseOrder()))
                .map(Alternative::toString).collect(Collectors.joining("; "));
    }

    /** The alternative that changes least, or null. */
    public Alternative smallestAlternative() {
        return alternatives.stream().min(java.util.Comparator.comparingInt(Alternative::more)).orElse(null);
    }

    /** The change the smallest alternative makes, or null without one. */
    public String soonerChange() {
        Alternative sooner = smallestAlternative();
        return sooner == null ? null : sooner.change();
    }

    /** The day the smallest alternative makes it ready, or null without one. */
    public LocalDate soonerReady() {
        Alternative sooner = smallestAlternative();
        return sooner == null ? null : sooner.ready();
    }

    /** "P50 2026-10-19, P90 2026-12-23", or "" without a Monte Carlo. */
    public String riskText() {
        return risk == null ? "" : risk.toString();
    }

    public PhaseTimeline withRisk(DateRange range) {
        return new PhaseTimeline(number, name, gpusArrive, installed, ready, heldBy, alternatives, range);
    }
}
