package io.gigawatt.planner.rules;

import io.gigawatt.planner.catalogue.CatalogueReader;
import io.gigawatt.planner.input.InputException;
import io.gigawatt.planner.rules.policy.Policy;
import io.gigawatt.planner.rules.policy.PolicyReader;
import io.gigawatt.planner.scenario.Scenario;
import io.gigawatt.planner.scenario.ScenarioLoader;
import io.gigawatt.planner.siting.PlanLoader;
import io.gigawatt.planner.siting.SitePlan;
import io.gigawatt.planner.siting.SitingModel;

/** Runs a plan at a site through the real loaders, siting models and rules, as {@code planner sites} does. */
final class SitingHarness {

    private static final PlanLoader PLANS = new PlanLoader(new ScenarioLoader(CatalogueReader.loadDefault()));

    private SitingHarness() {
    }

    /** The plan at the site, judged with the default policy; also returns what the siting models computed. */
    static Evaluation evaluate(RuleEngine rules, ScenarioBuilder plan, SiteBuilder site) throws InputException {
        return evaluate(rules, plan, site, PolicyReader.defaultPolicy());
    }

    static Evaluation evaluate(RuleEngine rules, ScenarioBuilder plan, SiteBuilder site, Policy policy)
            throws InputException {
        SitePlan sitePlan = sitePlan(plan, site);
        return rules.evaluate(sitePlan.plan(), policy, sitePlan.facts());
    }

    static SitePlan sitePlan(ScenarioBuilder plan, SiteBuilder site) throws InputException {
        Scenario loaded = PLANS.load("plan-test.yaml", plan.yaml());
        return SitingModel.standard().plan(loaded, site.load(loaded).sites().get(0));
    }
}
