package io.gigawatt.planner.features;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.cucumber.guice.CucumberModules;
import io.cucumber.guice.InjectorSource;
import io.gigawatt.planner.rules.RulesModule;

/**
 * The one injector of the feature run: the planner's own modules (catalogue, loader, planner, the default rule
 * pack compiled once) plus Cucumber's scenario scope. cucumber-guice finds this class on the glue path.
 */
public final class PlannerInjectorSource implements InjectorSource {

    @Override
    public Injector getInjector() {
        // PRODUCTION compiles the rule pack up front, so a broken pack fails before the first scenario.
        return Guice.createInjector(Stage.PRODUCTION, new RulesModule(), CucumberModules.createScenarioModule());
    }
}
