package io.gigawatt.planner.siting;

import com.google.inject.ImplementedBy;
import io.gigawatt.planner.scenario.Scenario;

/**
 * When a candidate site can first carry a phase or target. The seam for richer models: the deployment timeline
 * (equipment lead times, install rates, Monte Carlo dates) can take this one's place without the siting rules,
 * the ranking or the reports changing.
 */
@ImplementedBy(FirstSufficientDate.class)
public interface EarliestDateModel {

    /**
     * @param site   the candidate
     * @param atSite the plan composed with the candidate ({@link SiteScenarios#compose})
     */
    Readiness earliest(SiteDemand demand, CandidateSite site, Scenario atSite);
}
