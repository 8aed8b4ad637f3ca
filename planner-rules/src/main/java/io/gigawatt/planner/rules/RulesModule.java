package io.gigawatt.planner.rules;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gigawatt.planner.CoreModule;

/** Binds the rule engine compiled from the default pack, on top of the core module. */
public final class RulesModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new CoreModule());
    }

    @Provides
    @Singleton
    RuleEngine defaultRules() {
        try {
            // through the cache of compiled packs when the launcher names one (-Dgigawatt.planner.ruleCache=DIR)
            return RuleEngine.compile(DefaultPack.sources(), java.util.List.of(), RulePackCache.configured());
        } catch (RuleCompileException e) {
            throw new IllegalStateException("the default rule pack does not compile:\n" + e.getMessage(), e);
        }
    }
}
