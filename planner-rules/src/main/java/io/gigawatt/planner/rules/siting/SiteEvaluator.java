package io.gigawatt.planner.rules.siting;

import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.RuleEngine;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.siting.PlanLoader;
import io.gigawatt.planner.siting.SiteFile;
import io.gigawatt.planner.siting.SiteFileLoader;
import io.gigawatt.planner.siting.SitePlan;
import io.gigawatt.planner.siting.SitingModel;
import io.gigawatt.planner.scenario.ScenarioLoader;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole path of {@code planner sites}: load the build plan and the site file, compose the plan with each
 * candidate, compute what it asks of the site and when the site carries it, judge it with the rules (the default
 * pack's siting family sees the CandidateSite and a PhaseSiting per phase), and rank the candidates.
 */
public final class SiteEvaluator {

    private final PlanLoader plans;
    private final SitingModel siting;
    // A provider: the rule base compiles on first use, so broken files are reported without waiting for it.
    private final Provider<RuleEngine> rules;

    @Inject
    public SiteEvaluator(PlanLoader plans, SitingModel siting, Provider<RuleEngine> rules) {
        this.plans = plans;
        this.siting = siting;
        this.rules = rules;
    }

    /** This evaluator reading plans with {@code loader} (one with a planner's catalogue files, say). */
    public SiteEvaluator with(ScenarioLoader loader) {
        return new SiteEvaluator(new PlanLoader(loader), siting, rules);
    }

    /** With the default rules and the thresholds of {@code policyFile}, else the plan's policy, else the default. */
    public SiteComparison compare(Path planFile, Path sitesFile, Path policyFile) throws InputException {
        return compare(planFile, sitesFile, null, policyFile, RuleEngine.DEFAULT_TIME_LIMIT);
    }

    /**
     * With {@code engine} (a planner's rules), or the default rules when it is null, each site's evaluation stopped
     * after {@code ruleTimeLimit}.
     */
    public SiteComparison compare(Path planFile, Path sitesFile, RuleEngine engine, Path policyFile,
                                  Duration ruleTimeLimit) throws InputException {
        Scenario plan = plans.load(planFile);
        SiteFile sites = SiteFileLoader.load(sitesFile, plan);
        Policy policy = PolicyReader.chosen(policyFile, plan.policyFile());
        return compare(plan, sites, (engine == null ? rules.get() : engine).withTimeLimit(ruleTimeLimit), policy);
    }

    /** Plan and site file text, reported under their names (for variations made in memory). */
    public SiteComparison compare(String planName, String planText, String sitesName, String sitesText,
                                  Path policyFile) throws InputException {
        Scenario plan = plans.load(planName, planText);
        SiteFile sites = SiteFileLoader.load(sitesName, sitesText, plan);
        return compare(plan, sites, rules.get(), PolicyReader.chosen(policyFile, plan.policyFile()));
    }

    public SiteComparison compare(Scenario plan, SiteFile sites, RuleEngine engine, Policy policy) {
        List<SiteEvaluation> evaluations = new ArrayList<>();
        for (var site : sites.sites()) {
            SitePlan sitePlan = siting.plan(plan, site);
            evaluations.add(new SiteEvaluation(sitePlan, engine.evaluate(sitePlan.plan(), policy, sitePlan.facts())));
        }
        List<SiteEvaluation> ranked = SiteRanking.rank(evaluations);
        return new SiteComparison(plan, sites, ranked, SiteRanking.why(ranked));
    }
}
