package io.gigawatt.planner.siting;

import io.gigawatt.planner.targets.TargetAssessment;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What one target asks of one candidate site, and when the site can first carry it. */
public record TargetSiting(String site, TargetAssessment target, SiteDemand demand, Readiness readiness) {

    public LocalDate earliest() {
        return readiness.date();
    }

    /** Days from the target's date to the earliest day (negative: early), or null for never. */
    public Long daysLate() {
        return earliest() == null ? null : ChronoUnit.DAYS.between(target.target().date(), earliest());
    }
}
