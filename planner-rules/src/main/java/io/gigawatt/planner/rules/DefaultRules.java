package io.gigawatt.planner.rules;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.List;
import java.util.Optional;

/**
 * The default pack's engine, compiled (or read from the cache of compiled packs) when asked for. {@link RulesModule}
 * binds it as a singleton, so an injector compiles once, on whichever thread asks first: {@link ScenarioEvaluator}
 * asks from a second core while the scenario loads.
 */
final class DefaultRules implements Provider<RuleEngine> {

    private final Optional<RulePackCache> cache;

    @Inject
    DefaultRules(Optional<RulePackCache> cache) {
        this.cache = cache;
    }

    @Override
    public RuleEngine get() {
        try {
            return RuleEngine.compile(DefaultPack.sources(), List.of(), cache.orElse(null));
        } catch (RuleCompileException e) {
            throw new IllegalStateException("the default rule pack does not compile:\n" + e.getMessage(), e);
        }
    }
}
